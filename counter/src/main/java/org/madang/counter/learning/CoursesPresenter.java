package org.madang.counter.learning;

import java.time.LocalDateTime;
import java.util.List;
import org.madang.core.event.Event;
import org.madang.core.event.EventType;
import org.madang.counter.CounterServices;
import org.madang.ui.Tasks;

/**
 * Keeps the counter's course screen current: promotions from waiting lists of the last
 * {@value #PROMOTED_DAYS} days and the course wishes by subject, reloaded when a kiosk or another
 * counter promotes someone or takes a wish.
 */
public final class CoursesPresenter {
    static final int PROMOTED_DAYS = 14;
    private static final int WORDS_SHOWN = 20;

    private final CoursesView view;
    private final CounterServices services;
    private final Tasks tasks;

    public CoursesPresenter(CoursesView view, CounterServices services, Tasks tasks) {
        this.view = view;
        this.services = services;
        this.tasks = tasks;
    }

    public void reload() {
        LocalDateTime since = LocalDateTime.now(services.clock()).minusDays(PROMOTED_DAYS);
        tasks.run(() -> services.courses().promotedSince(since), view::showPromoted, e -> view.showFailure());
        tasks.run(() -> services.wishes().counts(), view::showWishes, e -> view.showFailure());
    }

    /** The latest words of a subject's wishes. */
    public void chooseTopic(String topic) {
        tasks.run(() -> services.wishes().latest(topic, WORDS_SHOWN), latest -> view.showWords(topic, latest), e -> view.showFailure());
    }

    /** From the event follower's thread: reload when a course event touches what is shown. */
    public void eventsArrived(List<Event> events) {
        boolean changed = events.stream().anyMatch(e -> e.is(EventType.COURSE_PROMOTED, EventType.COURSE_WISHED));
        if (changed) {
            tasks.onUiThread(this::reload);
        }
    }
}
