package org.madang.kiosk.booking;

import org.madang.core.facility.Facility;
import org.madang.kiosk.shell.Look;

/** Where a facility is, as the kiosk says it: a facility of another centre of the county names that centre first. */
final class Places {
    private Places() {
    }

    /** The facility's name, and its centre's when that is another centre: what a resident confirms. */
    static String named(Look look, Facility facility) {
        String name = facility.name().in(look.words().language());
        return facility.centre().code().equals(look.centre()) ? name
                : look.words().get("booking.facility.atCentre", facility.centre().name(), name);
    }

    /** The centre a facility of another centre belongs to ("At 하늘면 행정복지센터"); empty for one of this centre. */
    static java.util.Optional<String> elsewhere(Look look, Facility facility) {
        return facility.centre().code().equals(look.centre()) ? java.util.Optional.empty()
                : java.util.Optional.of(look.words().get("booking.facility.ofCentre", facility.centre().name()));
    }

    static String of(Look look, Facility facility) {
        String where = facility.location().in(look.words().language());
        if (facility.centre().code().equals(look.centre())) {
            return where;
        }
        return where.isBlank() ? facility.centre().name() : look.words().get("booking.facility.atCentre", facility.centre().name(), where);
    }
}
