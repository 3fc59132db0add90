package org.madang.kiosk.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.madang.core.site.Release;
import org.madang.core.terminal.Beat;
import org.madang.core.terminal.Fleet;
import org.madang.core.terminal.Heartbeat;
import org.madang.core.terminal.LockOrder;
import org.madang.core.terminal.SessionState;
import org.madang.core.terminal.TerminalKind;
import org.madang.hardware.device.DeviceCondition;
import org.madang.hardware.device.DeviceWatch;
import org.madang.ui.Tasks;

/**
 * The kiosk as one of the site's fleet: its heartbeat (screen, session, devices, version, disk,
 * last error) every few seconds and at once when a device changes; the lock a clerk orders,
 * shown once the resident in front has finished; and the services paused while a device they
 * cannot do without is failing (a booking's receipt, a queue ticket, a certificate, a scanned code).
 */
public final class FleetPresenter implements AutoCloseable {
    /** Which device each home-screen service cannot do without, by tile name. */
    public static final Map<String, String> NEEDS = Map.of(
            "home.booking", "receiptPrinter",
            "home.queue", "receiptPrinter",
            "home.documents", "documentPrinter",
            "home.checkin", "qrScanner");

    /** The pause's reason for a service that needs the county's database while the link to it is down. */
    public static final String COUNTY = "county";

    /**
     * The services that read or change the county's books and so stop while the link is down (SCALE.md):
     * a booking, an enrolment or a document is honoured only by the county; nothing is taken that it
     * might refuse later. What stays: notices (from the centre's cache), practice, and at a kiosk
     * with the cache {@link #KEPT_WITH_CACHE}.
     */
    public static final java.util.List<String> NEED_COUNTY = java.util.List.of(
            "home.booking", "home.mine", "home.courses", "home.documents", "home.checkin", "home.queue", "home.welfare");

    /**
     * What a kiosk with the centre's cache keeps working while the link is down
     * ({@link #following(org.madang.core.county.CountyLink, java.util.Set)}): the check-in of the
     * bookings the cache holds, and queue tickets (the centre's own queue, numbered in the cache
     * and given to the county when it answers).
     */
    public static final java.util.Set<String> KEPT_WITH_CACHE = java.util.Set.of("home.checkin", "home.queue");

    private final FleetView view;
    private final DeviceWatch devices;
    private final Tasks tasks;
    private final LongSupplier freeDiskMb;
    private final Instant startedAt;
    private final Heartbeat heartbeat;
    private Optional<LockOrder> shownLock = Optional.empty();
    private Map<String, String> shownPauses = Map.of();
    /** The link to the county (a centre of a county with a cache), or none: a site on its own database. */
    private Optional<org.madang.core.county.CountyLink> county = Optional.empty();
    /** The county's services this kiosk keeps while the link is down. */
    private java.util.Set<String> keptOffline = java.util.Set.of();

    public FleetPresenter(FleetView view, Fleet fleet, DeviceWatch devices, Tasks tasks, LongSupplier freeDiskMb, Instant startedAt) {
        this.view = view;
        this.devices = devices;
        this.tasks = tasks;
        this.freeDiskMb = freeDiskMb;
        this.startedAt = startedAt;
        this.heartbeat = new Heartbeat(fleet, this::beat, this::lockArrived);
    }

    /** Pauses what the devices cannot serve now, then beats every {@code every} and whenever a device changes. */
    public FleetPresenter start(Duration every) {
        devices.onChange(() -> {
            showPauses();
            heartbeat.beatSoon();
        });
        showPauses();
        heartbeat.start(every);
        return this;
    }

    /**
     * Follows the link to the county as well: while it is down, the services that need the county
     * are paused (their tiles say so), and they reopen by themselves when it is back. Before {@link #start}.
     */
    public FleetPresenter following(org.madang.core.county.CountyLink link) {
        return following(link, java.util.Set.of());
    }

    /**
     * As {@link #following(org.madang.core.county.CountyLink)}, {@code kept} working while the link is
     * down: a kiosk with the centre's cache checks bookings in from it ({@code home.checkin}).
     */
    public FleetPresenter following(org.madang.core.county.CountyLink link, java.util.Set<String> kept) {
        county = Optional.of(link);
        keptOffline = java.util.Set.copyOf(kept);
        link.listen(state -> {
            showPauses();
            heartbeat.beatSoon();
        });
        return this;
    }

    /**
     * The services to pause now: with the county out of reach, each that needs it ({@link #COUNTY})
     * but those {@code kept}; then each needing a device that is failing, with that device's label.
     */
    public static Map<String, String> pauses(Map<String, DeviceCondition> conditions, boolean countyUp, java.util.Set<String> kept) {
        Map<String, String> paused = new LinkedHashMap<>();
        if (!countyUp) {
            NEED_COUNTY.stream().filter(tile -> !kept.contains(tile)).forEach(tile -> paused.put(tile, COUNTY));
        }
        NEEDS.forEach((tile, device) -> {
            if (conditions.getOrDefault(device, DeviceCondition.NOT_FITTED).failing()) {
                paused.putIfAbsent(tile, device);
            }
        });
        return paused;
    }

    private boolean countyUp() {
        return county.map(org.madang.core.county.CountyLink::up).orElse(true);
    }

    /** This kiosk's beat now (on the heartbeat's thread). */
    Beat beat() {
        return beat(view.whereabouts().session());
    }

    private Beat beat(SessionState session) {
        FleetView.Whereabouts at = view.whereabouts();
        Map<String, DeviceCondition> now = devices.conditions();
        return new Beat(TerminalKind.KIOSK, at.screen(), at.language(), session, now, List.copyOf(pauses(now, countyUp(), keptOffline).keySet()),
                Release.version(), freeDiskMb.getAsLong(), devices.lastError(), startedAt);
    }

    private void showPauses() {
        Map<String, String> now = pauses(devices.conditions(), countyUp(), keptOffline);
        tasks.onUiThread(() -> {
            if (!now.equals(shownPauses)) {
                shownPauses = now;
                view.showPaused(now);
            }
        });
    }

    /** After each beat that reached the site (on the heartbeat's thread). */
    private void lockArrived(Optional<LockOrder> order) {
        tasks.onUiThread(() -> {
            if (!Objects.equals(order, shownLock)) {
                shownLock = order;
                view.showLock(order);
                // the counter sees the kiosk locked (or back) without waiting for the next beat
                heartbeat.beatSoon();
            }
        });
    }

    /** Beats once more to say the kiosk closed properly, and stops. */
    @Override
    public void close() {
        heartbeat.stop(Optional.of(beat(SessionState.OFF)));
        devices.close();
    }
}
