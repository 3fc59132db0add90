package org.madang.core.facility;

import java.time.LocalDate;

/** How many slots of a facility are still free on a day, out of how many. */
public record DayAvailability(LocalDate day, int freeSlots, int slots) {
}
