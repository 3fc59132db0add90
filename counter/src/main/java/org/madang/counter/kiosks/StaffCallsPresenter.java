package org.madang.counter.kiosks;

import java.util.List;
import org.madang.core.event.Event;
import org.madang.core.event.EventType;
import org.madang.core.terminal.StaffCalls;
import org.madang.ui.Tasks;

/** Keeps every counter's staff-call alert current; answering one clears it on every counter. */
public final class StaffCallsPresenter {
    private final StaffCallsView view;
    private final StaffCalls calls;
    private final Tasks tasks;
    private final String clerk;

    public StaffCallsPresenter(StaffCallsView view, StaffCalls calls, Tasks tasks, String clerk) {
        this.view = view;
        this.calls = calls;
        this.tasks = tasks;
        this.clerk = clerk;
    }

    public void reload() {
        tasks.run(calls::open, view::showStaffCalls, e -> view.showFailure());
    }

    /** The clerk goes to help at a kiosk. */
    public void answer(long callId) {
        tasks.run(() -> calls.answer(callId, clerk), answered -> reload(), e -> view.showFailure());
    }

    /** From the follower's thread. */
    public void eventsArrived(List<Event> events) {
        if (events.stream().anyMatch(e -> e.is(EventType.STAFF_CALLED, EventType.STAFF_CALL_ANSWERED))) {
            tasks.onUiThread(this::reload);
        }
    }
}
