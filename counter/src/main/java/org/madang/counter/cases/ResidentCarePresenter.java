package org.madang.counter.cases;

import java.util.List;
import java.util.Optional;
import org.madang.core.care.CallbackWindow;
import org.madang.core.care.CaseSummary;
import org.madang.core.care.CatalogueEntry;
import org.madang.core.care.NeedSource;
import org.madang.core.care.Officer;
import org.madang.core.care.WelfareRequests;
import org.madang.core.event.Event;
import org.madang.counter.CounterServices;
import org.madang.ui.Tasks;

/**
 * The welfare part of the resident view: the officer who looks after the resident, the case
 * summary for those allowed to see it (the read is logged), and a welfare consultation asked for
 * by telephone, taken down by the clerk.
 */
public final class ResidentCarePresenter {
    private static final List<String> CASE_EVENTS = List.of("NeedRaised", "NeedClosed", "ConsultationRecorded", "WelfareRequested",
            "CaseAssigned", "FollowUpPlanned", "FollowUpDone");

    private final ResidentCareView view;
    private final CounterServices.Care care;
    private final Tasks tasks;
    private final String clerk;
    private long resident;

    public ResidentCarePresenter(ResidentCareView view, CounterServices.Care care, Tasks tasks, String clerk) {
        this.view = view;
        this.care = care;
        this.tasks = tasks;
        this.clerk = clerk;
    }

    private record Offer(List<CatalogueEntry> topics, List<CallbackWindow> windows, boolean counter) {
    }

    /** Reads what a telephone request chooses from. */
    public void reload() {
        tasks.run(() -> new Offer(care.requests().topics(), care.requests().windows(), care.requests().counterOpen()),
                o -> view.offerRequest(o.topics(), o.windows(), o.counter()), e -> view.showRequestRefused(org.madang.core.Refusal.of("counter.failure")));
    }

    private record Care(Optional<Officer> officer, Optional<CaseSummary> summary) {
    }

    /** A resident's file was opened: their officer and (for those allowed) the case summary. */
    public void open(long residentId) {
        resident = residentId;
        read(residentId);
    }

    private void read(long residentId) {
        tasks.run(() -> new Care(care.cases().officerOf(residentId), care.cases().summary(residentId, clerk)), c -> {
            if (residentId == resident) {
                view.showCare(c.officer(), c.summary());
            }
        }, e -> view.showRequestRefused(org.madang.core.Refusal.of("counter.failure")));
    }

    /** A consultation the resident asked for on the phone: to be called back in {@code window}, or at the counter (a ticket). */
    public void request(String topic, Optional<CallbackWindow> window) {
        if (resident == 0) {
            return;
        }
        long who = resident;
        tasks.run(() -> care.requests().request(who, topic, window, NeedSource.PHONE, "clerk:" + clerk), outcome -> {
            if (outcome instanceof WelfareRequests.Outcome.Received received) {
                view.showRequestReceived(received);
                read(who);
            } else if (outcome instanceof WelfareRequests.Outcome.Refused refused) {
                view.showRequestRefused(refused.refusal());
            }
        }, e -> view.showRequestRefused(org.madang.core.Refusal.of("counter.failure")));
    }

    /** From the follower's thread: the open resident's case changed elsewhere; the summary is read again. */
    public void eventsArrived(List<Event> events) {
        long open = resident;
        if (open != 0 && events.stream().anyMatch(e -> CASE_EVENTS.contains(e.type()) && e.subject().equals("resident:" + open)
                && !e.actor().equals("clerk:" + clerk))) {
            tasks.onUiThread(() -> {
                if (resident == open) {
                    read(open);
                }
            });
        }
    }
}
