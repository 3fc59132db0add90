package org.madang.counter.kiosks;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.madang.core.Refusal;
import org.madang.core.event.Event;
import org.madang.core.event.EventType;
import org.madang.core.terminal.Fleet;
import org.madang.core.terminal.FleetAlert;
import org.madang.core.terminal.TerminalStatus;
import org.madang.ui.Tasks;

/**
 * The Kiosks workspace and the fleet's alerts on the top bar: read again whenever a terminal
 * starts or stops, a device changes or a lock is ordered anywhere on the site, and on every
 * {@link #tick()} (the panel's clock), so a kiosk that falls silent is noticed.
 */
public final class KiosksPresenter {
    private static final Set<String> FLEET_EVENTS = Set.of(EventType.TERMINAL_STARTED.wireName(), EventType.TERMINAL_STOPPED.wireName(),
            EventType.DEVICE_CONDITION_CHANGED.wireName(), EventType.KIOSK_LOCKED.wireName(), EventType.KIOSK_UNLOCKED.wireName(),
            EventType.TERMINAL_FORGOTTEN.wireName());

    private final KiosksView view;
    private final FleetAlertsView alerts;
    private final Fleet fleet;
    private final Clock clock;
    private final Tasks tasks;
    private final String clerk;
    private List<TerminalStatus> shown = List.of();

    public KiosksPresenter(KiosksView view, FleetAlertsView alerts, Fleet fleet, Clock clock, Tasks tasks, String clerk) {
        this.view = view;
        this.alerts = alerts;
        this.fleet = fleet;
        this.clock = clock;
        this.tasks = tasks;
        this.clerk = clerk;
    }

    public void reload() {
        tasks.run(fleet::terminals, terminals -> {
            shown = terminals;
            LocalDateTime now = LocalDateTime.now(clock);
            List<FleetAlert> found = Fleet.alerts(terminals, now);
            view.showFleet(terminals, found, now);
            alerts.showAlerts(found);
        }, e -> view.showFailure());
    }

    /** Time passed: beats are read again (a kiosk not heard from becomes an alert). */
    public void tick() {
        reload();
    }

    /** The terminal in the list now, if shown. */
    public Optional<TerminalStatus> shown(String terminalId) {
        return shown.stream().filter(t -> t.terminalId().equals(terminalId)).findFirst();
    }

    public void lock(String terminalId, String message) {
        act(() -> fleet.lock(terminalId, message, clerk), () -> view.lockOrdered(terminalId));
    }

    public void unlock(String terminalId) {
        act(() -> fleet.unlock(terminalId, clerk), () -> { });
    }

    /** Takes a retired terminal off the list. */
    public void forget(String terminalId) {
        act(() -> fleet.forget(terminalId, clerk), () -> { });
    }

    private void act(java.util.concurrent.Callable<Optional<Refusal>> change, Runnable done) {
        tasks.run(change, refused -> {
            if (refused.isPresent()) {
                view.showRefusal(refused.get());
            } else {
                done.run();
            }
            reload();
        }, e -> view.showFailure());
    }

    /** From the follower's thread. */
    public void eventsArrived(List<Event> events) {
        if (events.stream().anyMatch(e -> FLEET_EVENTS.contains(e.type()))) {
            tasks.onUiThread(this::reload);
        }
    }
}
