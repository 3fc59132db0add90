package org.madang.core.booking;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.madang.core.facility.Facility;
import org.madang.core.resident.Exemption;
import org.madang.core.resident.Resident;

/**
 * The fee of a booking (POLICIES.md): the facility's fee per slot, or per person where seats are
 * sold; county residents save {@code residentDiscountPercent}; an exemption (65+, disability,
 * basic livelihood, national merit) takes off what the catalogue says. Reductions do not add
 * up: the largest one applies. Where seats are sold, an exemption covers the applicant's own
 * seat and the resident discount the whole party. Fees are rounded down to 10 won.
 *
 * @param exemptions percent off per exemption (100 = free); an exemption not listed takes nothing off
 */
public record FeeRule(int residentDiscountPercent, int seniorAge, Map<Exemption, Integer> exemptions) {

    public FeeRule {
        exemptions = Map.copyOf(exemptions);
    }

    /** Only the resident discount; no exemptions. */
    public static FeeRule residentDiscountOnly(int residentDiscountPercent) {
        return new FeeRule(residentDiscountPercent, BookingPolicy.DEFAULTS.seniorAge(), Map.of());
    }

    public static FeeRule of(BookingPolicy policy, Map<Exemption, Integer> exemptions) {
        return new FeeRule(policy.residentDiscountPercent(), policy.seniorAge(), new EnumMap<>(exemptions));
    }

    /** The fee for {@code resident} bringing {@code party} people to a slot on {@code day}. */
    public Quote quote(Facility facility, Resident resident, int party, LocalDate day) {
        if (facility.fee() == 0) {
            return new Quote(0, FeeBasis.FREE_FACILITY);
        }
        int residentOff = resident.countyResident() ? residentDiscountPercent : 0;
        FeeBasis best = residentOff > 0 ? FeeBasis.RESIDENT : FeeBasis.FULL;
        int bestOff = residentOff;
        for (Exemption e : resident.exemptionsOn(day, seniorAge)) {
            int off = exemptions.getOrDefault(e, 0);
            if (off > bestOff) {
                bestOff = off;
                best = FeeBasis.valueOf(e.name());
            }
        }
        int others = facility.perSeat() ? party - 1 : 0;
        long fee = (long) facility.fee() * (100 - bestOff) / 100 + (long) facility.fee() * others * (100 - residentOff) / 100;
        return new Quote(Math.toIntExact(fee / 10 * 10), best);
    }
}
