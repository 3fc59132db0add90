package org.madang.core.facility;

import java.time.LocalDateTime;

/** A bookable period of a facility, with how much of it is taken. */
public record Slot(long id, long facilityId, LocalDateTime startsAt, LocalDateTime endsAt, int capacity, int booked) {
    public int free() {
        return capacity - booked;
    }

    public boolean isFull() {
        return booked >= capacity;
    }
}
