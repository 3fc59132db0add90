package org.madang.core.facility;

import java.time.LocalTime;

/**
 * A bookable public facility.
 *
 * @param capacity bookings per slot (a court: 1), or seats per slot when {@code perSeat}
 * @param perSeat  whether a booking's party size counts against the slot's seats and the fee is per person
 * @param fee      won per slot, or per person when {@code perSeat}
 * @param popular  whether its slots are drawn by lottery before they go first-come
 * @param rules    the facility's house rules in plain words
 * @param centre   the centre it belongs to (every centre's facilities are bookable from every centre of a county)
 */
public record Facility(long id, String code, FacilityCategory category, Localized name, Localized summary,
                       Localized location, int capacity, boolean perSeat, int fee, LocalTime opensAt,
                       LocalTime closesAt, int slotMinutes, boolean popular, Localized rules,
                       org.madang.core.county.Centre centre) {
}
