package org.madang.practice.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.madang.core.event.Event;
import org.madang.practice.lesson.Attempt;
import org.madang.practice.lesson.Lesson;
import org.madang.practice.lesson.LessonRun;
import org.madang.practice.lesson.Level;
import org.madang.practice.lesson.Step;

/**
 * Runs one lesson on the practice kiosk: passes the learner's touches, the screens shown and the
 * practice site's events to the lesson engine, and the engine's steps, hints and result to the
 * view. Plain Java.
 */
public final class LessonPresenter implements LessonRun.Listener {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LessonView view;
    private final Clock clock;
    private Optional<LessonRun> run = Optional.empty();

    public LessonPresenter(LessonView view, Clock clock) {
        this.view = view;
        this.clock = clock;
    }

    public void start(Lesson lesson, Level level) {
        start(lesson, level, false);
    }

    /** @param pressure on one's own: after a while, "뒤에 사람이 기다려요" */
    public void start(Lesson lesson, Level level, boolean pressure) {
        LessonRun r = new LessonRun(lesson, level, pressure, clock, this);
        run = Optional.of(r);
        view.showTask(lesson, level);
        r.start();
    }

    /** What a touch does: in guided practice only the spotlighted control works. */
    public LessonRun.Touch touched(String screen, String control) {
        return run.map(r -> r.touched(screen, control)).orElse(LessonRun.Touch.GOES_ON);
    }

    public void screenShown(String screen) {
        run.ifPresent(r -> r.screenShown(screen));
    }

    /** The practice site's new events (from its follower). */
    public void eventsArrived(List<Event> events) {
        run.ifPresent(r -> events.forEach(e -> r.event(e.type(), details(e.payload()))));
    }

    /** Something the machine reports (a scenario's finished order: its facts). */
    public void happened(String type, java.util.Map<String, String> details) {
        run.ifPresent(r -> r.event(type, java.util.Map.copyOf(details)));
    }

    public void tick() {
        run.ifPresent(LessonRun::tick);
    }

    public void askHelp() {
        run.ifPresent(LessonRun::askHelp);
    }

    public void stop() {
        run.ifPresent(LessonRun::giveUp);
    }

    private static Map<String, Object> details(String payload) {
        try {
            return payload == null || payload.isBlank() ? Map.of() : JSON.readValue(payload, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    @Override
    public void step(Step step, int index, boolean spotlight) {
        run.ifPresent(r -> view.showStep(step, index, r.lesson().steps().size(), spotlight));
    }

    @Override
    public void hint(Step step) {
        view.showHint(step);
    }

    @Override
    public void hurry() {
        view.showHurry();
    }

    @Override
    public void done(Attempt attempt) {
        view.showDone(attempt);
    }
}
