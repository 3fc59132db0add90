package org.madang.counter.settings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.madang.core.Refusal;
import org.madang.core.booking.Closures;
import org.madang.core.event.Event;
import org.madang.core.event.EventType;
import org.madang.core.facility.FacilityStore;
import org.madang.ui.Tasks;

/**
 * Settings → closures: the bookings a holiday or a repair hits are shown before anything is
 * done; closing cancels them (full refund of what was paid) and tells the residents; a closure
 * in force can be reopened.
 */
public final class ClosuresPresenter {
    private final ClosuresView view;
    private final Closures closures;
    private final FacilityStore facilities;
    private final Tasks tasks;
    private final String admin;

    public ClosuresPresenter(ClosuresView view, Closures closures, FacilityStore facilities, Tasks tasks, String admin) {
        this.view = view;
        this.closures = closures;
        this.facilities = facilities;
        this.tasks = tasks;
        this.admin = admin;
    }

    private record Lists(List<org.madang.core.facility.Facility> facilities, List<Closures.Closure> current) {
    }

    public void reload() {
        tasks.run(() -> new Lists(facilities.all(), closures.current()), l -> view.showClosures(l.facilities(), l.current()),
                e -> view.showFailure());
    }

    /** The draft the form holds; days typed as 2026-12-24 (a day typed otherwise is refused in the preview's words). */
    public static Optional<Closures.Draft> draft(Optional<Long> facility, String first, String last, String reasonKo, String reasonEn,
                                                 java.util.function.Consumer<Refusal> refused) {
        try {
            return Optional.of(new Closures.Draft(facility, LocalDate.parse(first.strip()), LocalDate.parse(last.strip()), reasonKo, reasonEn));
        } catch (DateTimeException e) {
            refused.accept(Refusal.of("counter.closure.days"));
            return Optional.empty();
        }
    }

    public void preview(Optional<Long> facility, String first, String last, String reasonKo, String reasonEn) {
        draft(facility, first, last, reasonKo, reasonEn, view::showRefusal)
                .ifPresent(d -> tasks.run(() -> closures.preview(d), view::showPreview, e -> view.showFailure()));
    }

    public void close(Optional<Long> facility, String first, String last, String reasonKo, String reasonEn) {
        draft(facility, first, last, reasonKo, reasonEn, view::showRefusal).ifPresent(d -> tasks.run(() -> closures.close(d, admin), done -> {
            if (done.valid()) {
                view.showClosed(done);
                reload();
            } else {
                view.showPreview(done);
            }
        }, e -> view.showFailure()));
    }

    public void reopen(long closureId) {
        tasks.run(() -> closures.reopen(closureId, admin), refused -> {
            if (refused.isPresent()) {
                view.showRefusal(refused.get());
            } else {
                view.showReopened();
            }
            reload();
        }, e -> view.showFailure());
    }

    /** From the follower's thread: another administrator's closure shows here too. */
    public void eventsArrived(List<Event> events) {
        if (events.stream().anyMatch(e -> e.is(EventType.CLOSURE_MADE, EventType.CLOSURE_REOPENED))) {
            tasks.onUiThread(this::reload);
        }
    }
}
