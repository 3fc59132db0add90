package org.madang.practice.lesson;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One attempt at a lesson at one level, driven by what the kiosk reports — each touch (screen
 * and control name), each screen shown, each event of the practice site — and by a clock tick.
 * It decides what a touch does (in guided practice only the next control works), when a hint
 * comes (after {@link #HINT_AFTER} without progress, or at once after a wrong touch, in hint
 * practice), and records the attempt. Plain Java: no screen, no timer of its own.
 */
public final class LessonRun {
    /** A pause this long on one step brings its hint (hint level). */
    public static final Duration HINT_AFTER = Duration.ofSeconds(8);
    /** On one's own with time pressure, this long into the task someone is waiting behind. */
    public static final Duration HURRY_AFTER = Duration.ofSeconds(30);
    private static final String BACK = "nav.back";
    private static final String HOME = "nav.home";

    /** What the learner's screen is told. */
    public interface Listener {
        /** The step to do now; {@code spotlight} in guided practice (the rest of the screen dimmed). */
        void step(Step step, int index, boolean spotlight);

        /** A hint: the current step shown and said. */
        void hint(Step step);

        /** The attempt is over (the goal met, or given up). */
        void done(Attempt attempt);

        /** Gentle time pressure (on one's own, when asked for): "뒤에 사람이 기다려요". */
        default void hurry() {
        }
    }

    /** What a touch does. */
    public enum Touch {
        /** It works (the right control, or any control when the learner acts freely). */
        GOES_ON,
        /** Guided practice: not the next control, so nothing happens. */
        BLOCKED
    }

    private final Lesson lesson;
    private final Level level;
    private final Clock clock;
    private final Listener listener;
    private final List<Duration> stepTimes = new ArrayList<>();
    private Instant started;
    private LocalDateTime startedAt;
    private Instant stepStarted;
    private Instant lastProgress;
    private int index;
    private int touches;
    private int wrong;
    private int hints;
    private int backs;
    private int homes;
    private boolean hinted;
    private boolean over;
    private final boolean pressure;
    private boolean hurried;

    public LessonRun(Lesson lesson, Level level, Clock clock, Listener listener) {
        this(lesson, level, false, clock, listener);
    }

    /** @param pressure on one's own, a gentle reminder that people are waiting after {@link #HURRY_AFTER} */
    public LessonRun(Lesson lesson, Level level, boolean pressure, Clock clock, Listener listener) {
        this.lesson = lesson;
        this.level = level;
        this.pressure = pressure && level == Level.ON_MY_OWN;
        this.clock = clock;
        this.listener = listener;
    }

    public Lesson lesson() {
        return lesson;
    }

    /** The step the learner is on (the last one once all are done). */
    public Step current() {
        return lesson.steps().get(Math.min(index, lesson.steps().size() - 1));
    }

    public boolean over() {
        return over;
    }

    public void start() {
        started = clock.instant();
        startedAt = LocalDateTime.now(clock);
        stepStarted = started;
        lastProgress = started;
        listener.step(current(), 0, level == Level.GUIDED);
    }

    /** The learner touched {@code control} on {@code screen}. */
    public Touch touched(String screen, String control) {
        if (over) {
            return Touch.GOES_ON;
        }
        touches++;
        Instant now = clock.instant();
        if (index >= lesson.steps().size()) {
            // every step done, the kiosk still at work (a certificate printing): a second tap is not a mistake
            return Touch.GOES_ON;
        }
        if (current().target().matches(screen, control)) {
            advance(now, index + 1);
            return Touch.GOES_ON;
        }
        if (level != Level.GUIDED) {
            // another way to the same place: a later step's control on another screen counts as reaching it
            // (not one on this screen: a wrong digit on a pad is wrong, not a step ahead)
            for (int k = index + 1; k < lesson.steps().size(); k++) {
                if (!lesson.steps().get(k).target().screen().equals(current().target().screen())
                        && lesson.steps().get(k).target().matches(screen, control)) {
                    advance(now, k + 1);
                    return Touch.GOES_ON;
                }
            }
        }
        boolean back = BACK.equals(control);
        boolean home = HOME.equals(control);
        if (level == Level.GUIDED) {
            wrong++;
            return Touch.BLOCKED;
        }
        if (back) {
            backs++;
        } else if (home) {
            homes++;
        } else {
            wrong++;
        }
        if (level == Level.HINT && !back && !home) {
            hint(now);
        }
        return Touch.GOES_ON;
    }

    /**
     * The kiosk showed {@code screen}: a goal that is a screen may be met; the learner may have
     * come to a later step's screen by another way, or be back on an earlier one (a touch that
     * led nowhere, Back): the lesson follows them to that screen's step.
     */
    public void screenShown(String screen) {
        if (over) {
            return;
        }
        if (lesson.goal().metByScreen(screen)) {
            finish(true);
            return;
        }
        if (index < lesson.steps().size() && current().target().screen().equals(screen)) {
            return;
        }
        for (int k = index + 1; k < lesson.steps().size(); k++) {
            if (lesson.steps().get(k).target().screen().equals(screen)) {
                advance(clock.instant(), k);
                return;
            }
        }
        for (int k = Math.min(index, lesson.steps().size()) - 1; k >= 0; k--) {
            if (lesson.steps().get(k).target().screen().equals(screen)) {
                index = k;
                stepStarted = clock.instant();
                lastProgress = stepStarted;
                hinted = false;
                listener.step(current(), index, level == Level.GUIDED);
                return;
            }
        }
    }

    /** An event of the practice site: the goal may be met. */
    public void event(String type, Map<String, Object> details) {
        if (!over && lesson.goal().metByEvent(type, details)) {
            finish(true);
        }
    }

    /** The clock moved on (the screen's timer): in hint practice, a long pause brings the hint; on one's own, maybe a hurry. */
    public void tick() {
        if (!over && pressure && !hurried && Duration.between(started, clock.instant()).compareTo(HURRY_AFTER) >= 0) {
            hurried = true;
            listener.hurry();
        }
        if (over || level != Level.HINT || hinted) {
            return;
        }
        Instant now = clock.instant();
        if (Duration.between(lastProgress, now).compareTo(HINT_AFTER) >= 0) {
            hint(now);
        }
    }

    /** "도와주세요": the current step, at any level. */
    public void askHelp() {
        if (!over) {
            hint(clock.instant());
        }
    }

    /** The learner stops before the task is done. */
    public void giveUp() {
        if (!over) {
            finish(false);
        }
    }

    private void hint(Instant now) {
        hints++;
        hinted = true;
        lastProgress = now;
        listener.hint(current());
    }

    private void advance(Instant now, int to) {
        while (index < to && index < lesson.steps().size()) {
            stepTimes.add(Duration.between(stepStarted, now));
            stepStarted = now;
            index++;
        }
        lastProgress = now;
        hinted = false;
        if (index < lesson.steps().size()) {
            listener.step(current(), index, level == Level.GUIDED);
        }
    }

    private void finish(boolean met) {
        over = true;
        Instant now = clock.instant();
        listener.done(new Attempt(lesson.id(), level, startedAt, Duration.between(started, now), touches, wrong, hints, backs, homes,
                stepTimes, met));
    }
}
