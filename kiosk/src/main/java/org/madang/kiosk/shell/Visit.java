package org.madang.kiosk.shell;

import java.util.Optional;
import java.util.UUID;
import org.madang.core.resident.Resident;

/**
 * One resident's visit to the kiosk: who they proved to be (once, for every service of the
 * visit) and an id that keeps their likes apart from the next person's. A reset forgets both.
 */
public final class Visit {
    private String id = UUID.randomUUID().toString();
    private Resident resident;

    public String id() {
        return id;
    }

    public Optional<Resident> resident() {
        return Optional.ofNullable(resident);
    }

    public void identified(Resident who) {
        resident = who;
    }

    /** A new visit: a fresh id, nobody identified. */
    public void reset() {
        id = UUID.randomUUID().toString();
        resident = null;
    }
}
