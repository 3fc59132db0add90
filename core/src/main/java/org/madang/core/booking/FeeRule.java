package org.madang.core.booking;

import org.madang.core.facility.Facility;
import org.madang.core.resident.Resident;

/**
 * The fee of a booking: the facility's fee per slot (or per person where seats are sold), with
 * the resident discount for people living in the site's county.
 *
 * @param residentDiscountPercent how much county residents save (POLICIES.md: 50)
 */
public record FeeRule(int residentDiscountPercent) {

    public int fee(Facility facility, Resident resident, int party) {
        long base = (long) facility.fee() * (facility.perSeat() ? party : 1);
        if (resident.countyResident()) {
            base = base * (100 - residentDiscountPercent) / 100;
        }
        return Math.toIntExact(base / 10 * 10);
    }
}
