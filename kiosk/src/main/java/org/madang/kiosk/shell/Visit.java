package org.madang.kiosk.shell;

import java.util.Optional;
import java.util.UUID;
import org.madang.core.resident.Resident;

/**
 * One resident's visit to the kiosk: who they proved to be (once, for every service of the
 * visit; with their PIN too for civil documents) and an id that keeps their likes apart from the next person's. A reset forgets both.
 */
public final class Visit {
    private String id = UUID.randomUUID().toString();
    private Runnable listener = () -> { };
    private Resident resident;
    private boolean card;
    private boolean secondFactor;

    public String id() {
        return id;
    }

    public Optional<Resident> resident() {
        return Optional.ofNullable(resident);
    }

    /** Identified by {@code how}: an ID card, or a receipt's QR code (which civil documents do not accept). */
    public void identified(Resident who, boolean byCard) {
        if (resident == null || resident.id() != who.id()) {
            secondFactor = false;
            card = false;
        }
        resident = who;
        card |= byCard;
        listener.run();
    }

    /** Told whenever who is being served changes (identified, or the visit ended); on the UI thread. */
    public void onChange(Runnable listener) {
        this.listener = listener;
    }

    /** The resident showed their ID card this visit (a receipt's QR code alone does not count). */
    public boolean cardShown() {
        return card && resident != null;
    }

    /** The resident also typed their document PIN this visit (civil documents need both). */
    public void confirmedPin() {
        secondFactor = resident != null;
    }

    public boolean pinConfirmed() {
        return secondFactor && resident != null;
    }

    /** A new visit: a fresh id, nobody identified. */
    public void reset() {
        id = UUID.randomUUID().toString();
        resident = null;
        secondFactor = false;
        card = false;
        listener.run();
    }
}
