package org.madang.practice.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.madang.core.practice.AttemptRecord;
import org.madang.core.practice.Learner;
import org.madang.core.practice.PracticeRecords;
import org.madang.core.practice.Purpose;
import org.madang.practice.lesson.Attempt;
import org.madang.practice.lesson.Goal;
import org.madang.practice.lesson.Lesson;
import org.madang.practice.lesson.LessonRun;
import org.madang.practice.lesson.Level;
import org.madang.practice.lesson.Step;

/**
 * Simulated learners for the practice benchmark and the demo's instructor view: each takes
 * lessons through the real lesson engine on a clock of its own, hesitating before each step and
 * sometimes touching the wrong thing — less so with every attempt, as learners do with practice.
 * Their attempts are kept like any learner's, so what the instructor sees of them is read from
 * real records.
 */
public final class LearnerSimulation {
    /** Seconds a first-time learner hesitates before a step, on average. */
    private static final double FIRST_HESITATION_S = 9;
    /** The chance of a wrong touch before a step on a first attempt. */
    private static final double FIRST_SLIP = 0.35;
    /** How much each attempt keeps of the hesitation and slips of the one before. */
    private static final double LEARNING = 0.6;

    private final PracticeRecords records;
    private final Random random;
    private final MovingClock clock;

    /** @param start when the first simulated attempt begins */
    public LearnerSimulation(PracticeRecords records, long seed, LocalDateTime start, ZoneId zone) {
        this.records = records;
        this.random = new Random(seed);
        this.clock = new MovingClock(start.atZone(zone).toInstant(), zone);
    }

    /**
     * One learner's {@code attempts} attempts at a lesson: guided, then with hints, then on their
     * own; each kept. {@code skill} (about 0.5 to 1.5) scales how much they hesitate and slip.
     */
    public List<AttemptRecord> practise(Learner learner, Lesson lesson, int attempts, double skill) {
        List<AttemptRecord> kept = new ArrayList<>();
        for (int n = 0; n < attempts; n++) {
            Level level = n == 0 ? Level.GUIDED : n == 1 ? Level.HINT : Level.ON_MY_OWN;
            double keep = Math.pow(LEARNING, n);
            kept.add(records.record(record(learner, Purpose.PRACTICE, attempt(lesson, level, skill * keep))));
            clock.advance(Duration.ofMinutes(3 + random.nextInt(5)));
        }
        return kept;
    }

    /** One attempt on one's own, kept as a skill check's task ({@code BEFORE} or {@code AFTER}). */
    public AttemptRecord check(Learner learner, Lesson lesson, Purpose purpose, double skill) {
        AttemptRecord kept = records.record(record(learner, purpose, attempt(lesson, Level.ON_MY_OWN, skill)));
        clock.advance(Duration.ofMinutes(2));
        return kept;
    }

    /**
     * A class's course simulated: each learner's skill check before, three attempts at each of
     * {@code lessons}, then the skill check after, a few weeks later.
     *
     * @param skillCheck the skill check's tasks
     */
    public void course(List<Learner> learners, List<Lesson> lessons, List<Lesson> skillCheck) {
        for (Learner l : learners) {
            double skill = 0.8 + random.nextDouble() * 0.7;
            skillCheck.forEach(t -> check(l, t, Purpose.BEFORE, skill));
            for (Lesson lesson : lessons) {
                practise(l, lesson, 3, skill);
                nextSessionWhenLate();
            }
        }
        later(Duration.ofDays(21));
        for (Learner l : learners) {
            double skill = 0.25 + random.nextDouble() * 0.3;
            skillCheck.forEach(t -> check(l, t, Purpose.AFTER, skill));
        }
    }

    /** Classes meet in the morning: past noon, the next attempt is the next day at ten. */
    private void nextSessionWhenLate() {
        LocalDateTime now = LocalDateTime.now(clock);
        if (now.getHour() >= 12) {
            clock.advance(Duration.between(now, now.toLocalDate().plusDays(1).atTime(10, random.nextInt(30))));
        }
    }

    /** Moves the simulated days on (the course's last week after its first). */
    public void later(Duration by) {
        clock.advance(by);
    }

    private AttemptRecord record(Learner learner, Purpose purpose, Attempt a) {
        return new AttemptRecord(0, learner.id(), a.lessonId(), a.level().name(), purpose, a.startedAt(), a.took(), a.touches(),
                a.wrongTouches(), a.hints(), a.backs(), a.homes(), a.stepTimes(), a.goalMet());
    }

    private Attempt attempt(Lesson lesson, Level level, double difficulty) {
        Attempt[] done = new Attempt[1];
        LessonRun run = new LessonRun(lesson, level, clock, new LessonRun.Listener() {
            @Override
            public void step(Step step, int index, boolean spotlight) {
                // the learner reads the step: the time is in the hesitation below
            }

            @Override
            public void hint(Step step) {
                // a hint shown: the learner finds the control afterwards
            }

            @Override
            public void done(Attempt attempt) {
                done[0] = attempt;
            }
        });
        run.start();
        for (Step step : lesson.steps()) {
            String screen = step.target().screen();
            run.screenShown(screen);
            // a later step on a screen already passed is still to do: the learner hesitates and maybe slips
            double hesitation = FIRST_HESITATION_S * difficulty * (0.5 + random.nextDouble());
            clock.advance(Duration.ofMillis((long) (hesitation * 1000 * (level == Level.GUIDED ? 0.6 : 1.0))));
            if (random.nextDouble() < FIRST_SLIP * difficulty) {
                run.touched(screen, "wrong." + random.nextInt(3));
                clock.advance(Duration.ofMillis((long) (2000 * difficulty)));
            }
            if (level == Level.HINT && hesitation > 8) {
                run.tick();
            }
            run.touched(screen, concrete(step));
        }
        reach(run, lesson.goal());
        if (done[0] == null) {
            run.giveUp();
        }
        return done[0];
    }

    /** What the kiosk or the pack's machine reports when the task is done. */
    private static void reach(LessonRun run, Goal goal) {
        if (goal instanceof Goal.Event e) {
            run.event(e.type(), Map.copyOf(e.details()));
        } else if (goal instanceof Goal.AnyOf any) {
            reach(run, any.goals().get(0));
        } else if (goal instanceof Goal.Screen s) {
            run.screenShown(s.screens().iterator().next());
        }
    }

    /** A control a step's target names ({@code day.*}: a day). */
    private static String concrete(Step step) {
        String c = step.target().control();
        return c.endsWith("*") ? c.substring(0, c.length() - 1) + "1" : c;
    }

    /** A clock the simulation moves on itself. */
    private static final class MovingClock extends Clock {
        private Instant now;
        private final ZoneId zone;

        MovingClock(Instant start, ZoneId zone) {
            this.now = start;
            this.zone = zone;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new MovingClock(now, z);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
