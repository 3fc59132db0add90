package org.madang.counter.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.madang.core.event.Event;
import org.madang.core.event.EventType;
import org.madang.core.survey.Satisfaction;
import org.madang.ui.Tasks;

/**
 * The satisfaction counts of the Reports workspace: for the span chosen (today by default),
 * counted again whenever a kiosk keeps an answer anywhere on the site.
 */
public final class SatisfactionPresenter {
    private final SatisfactionView view;
    private final Satisfaction satisfaction;
    private final Clock clock;
    private final Tasks tasks;
    private ReportRange range = ReportRange.TODAY;

    public SatisfactionPresenter(SatisfactionView view, Satisfaction satisfaction, Clock clock, Tasks tasks) {
        this.view = view;
        this.satisfaction = satisfaction;
        this.clock = clock;
        this.tasks = tasks;
    }

    public void choose(ReportRange chosen) {
        this.range = chosen;
        reload();
    }

    public ReportRange range() {
        return range;
    }

    public void reload() {
        LocalDate today = LocalDate.now(clock);
        ReportRange of = range;
        tasks.run(() -> satisfaction.tally(of.from(today), of.to(today)), view::showTally, e -> view.showFailure());
    }

    /** From the follower's thread. */
    public void eventsArrived(List<Event> events) {
        if (events.stream().anyMatch(e -> e.is(EventType.SATISFACTION_ANSWERED))) {
            tasks.onUiThread(this::reload);
        }
    }
}
