package org.madang.core.booking;

import org.madang.core.facility.Localized;

/** One of a resident's own bookings, with the facility named, for "My bookings". */
public record ResidentBooking(Booking booking, Localized facility, Localized location) {
}
