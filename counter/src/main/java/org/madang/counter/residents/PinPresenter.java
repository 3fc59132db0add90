package org.madang.counter.residents;

import java.util.Optional;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentPins;
import org.madang.core.resident.Rrn;
import org.madang.counter.CounterServices;
import org.madang.ui.Tasks;

/**
 * The document PIN (the second factor of civil documents at the kiosk), set by a clerk who has
 * seen the resident's ID card: found by the registration number on it, typed twice, 4–6 digits.
 * Setting it also clears a lock after five wrong tries.
 */
public final class PinPresenter {
    private final PinView view;
    private final CounterServices services;
    private final Tasks tasks;
    private final String clerk;
    private Resident found;

    public PinPresenter(PinView view, CounterServices services, Tasks tasks, String clerk) {
        this.view = view;
        this.services = services;
        this.tasks = tasks;
        this.clerk = clerk;
    }

    /** Finds the resident of the registration number typed from their ID card. */
    public void find(String typedRrn) {
        found = null;
        Optional<Rrn> rrn = Rrn.parse(typedRrn.strip());
        if (rrn.isEmpty()) {
            view.say("counter.pin.badRrn", false);
            return;
        }
        tasks.run(() -> services.residents().byRrn(rrn.get()).map(r -> new Found(r, services.pins().state(r.id()))), who -> {
            if (who.isEmpty()) {
                view.say("counter.pin.notFound", false);
            } else {
                found = who.get().resident();
                view.showResident(who.get().resident(), state(who.get().state()));
            }
        }, e -> view.showFailure());
    }

    private record Found(Resident resident, ResidentPins.State state) {
    }

    private static PinView.PinState state(ResidentPins.State s) {
        return s == ResidentPins.State.LOCKED ? PinView.PinState.LOCKED : s == ResidentPins.State.SET ? PinView.PinState.SET
                : PinView.PinState.NOT_SET;
    }

    /** Sets the PIN typed twice (the resident types it on the counter's keypad, out of the clerk's sight). */
    public void set(char[] pin, char[] again) {
        try {
            if (found == null) {
                view.say("counter.pin.findFirst", false);
                return;
            }
            String a = new String(pin);
            if (!a.equals(new String(again))) {
                view.say("counter.pin.differ", false);
                return;
            }
            if (!ResidentPins.wellFormed(a)) {
                view.say("counter.pin.digits", false);
                return;
            }
            Resident who = found;
            tasks.run(() -> {
                services.pins().set(who.id(), a, clerk);
                return services.pins().state(who.id());
            }, s -> {
                view.showResident(who, state(s));
                view.say("counter.pin.done", true);
            }, e -> view.showFailure());
        } finally {
            java.util.Arrays.fill(pin, '\0');
            java.util.Arrays.fill(again, '\0');
        }
    }
}
