package org.madang.practice.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.madang.core.facility.Localized;
import org.madang.core.testing.TestClock;

/** The lesson engine without AWT: what a touch does at each level, when hints come, what an attempt records. */
class LessonRunTest {
    private final TestClock clock = new TestClock(LocalDateTime.of(2026, 12, 1, 10, 0), ZoneId.of("Asia/Seoul"));
    private final Seen seen = new Seen();

    /** Book the tennis court: home → sports → the court → its days → a day → a time → card → book. */
    private static final Lesson BOOKING = new Lesson("booking.tennis", new Localized("테니스장 예약", "Book the tennis court"),
            new Localized("테니스장을 예약해 보세요", "Book the tennis court"),
            List.of(step("home", "home.booking"), step("booking.categories", "category.sports"), step("booking.facilities", "facility.tennis-1"),
                    step("booking.facility", "facility.days"), step("booking.days", "day.*"), step("booking.slots", "slot.*"),
                    step("booking.card", "card.0"), step("booking.confirm", "confirm.book")),
            new Goal.Event("BookingCreated", Map.of("facility", "tennis-1")));

    private static Step step(String screen, String control) {
        return new Step(new Localized(control + " 누르기", "Press " + control), new Target(screen, control));
    }

    static final class Seen implements LessonRun.Listener {
        final List<String> said = new ArrayList<>();
        Attempt attempt;

        @Override
        public void step(Step step, int index, boolean spotlight) {
            said.add((spotlight ? "spot " : "step ") + step.target().control());
        }

        @Override
        public void hint(Step step) {
            said.add("hint " + step.target().control());
        }

        @Override
        public void done(Attempt a) {
            attempt = a;
        }
    }

    @Test
    void guidedPracticeLetsOnlyTheNextControlWorkAndCountsTheOthers() {
        LessonRun run = new LessonRun(BOOKING, Level.GUIDED, clock, seen);
        run.start();
        assertThat(seen.said).containsExactly("spot home.booking");
        assertThat(run.touched("home", "home.notices")).isEqualTo(LessonRun.Touch.BLOCKED);
        assertThat(run.touched("home", "nav.back")).isEqualTo(LessonRun.Touch.BLOCKED);
        clock.advance(Duration.ofSeconds(3));
        assertThat(run.touched("home", "home.booking")).isEqualTo(LessonRun.Touch.GOES_ON);
        assertThat(run.touched("booking.categories", "category.sports")).isEqualTo(LessonRun.Touch.GOES_ON);
        run.touched("booking.facilities", "facility.tennis-1");
        run.touched("booking.facility", "facility.days");
        assertThat(run.touched("booking.days", "day.2026-12-05")).isEqualTo(LessonRun.Touch.GOES_ON);
        run.touched("booking.slots", "slot.10:00");
        run.touched("booking.card", "card.0");
        clock.advance(Duration.ofSeconds(5));
        run.touched("booking.confirm", "confirm.book");
        assertThat(run.over()).isFalse();
        // the booking made in the sandbox is what says the task is done, not the last touch
        run.event("BookingCreated", Map.of("facility", "tennis-1", "party", 2));
        assertThat(run.over()).isTrue();
        Attempt a = seen.attempt;
        assertThat(a.goalMet()).isTrue();
        assertThat(a.touches()).isEqualTo(10);
        assertThat(a.wrongTouches()).isEqualTo(2);
        assertThat(a.took()).isEqualTo(Duration.ofSeconds(8));
        assertThat(a.stepTimes()).hasSize(8).first().isEqualTo(Duration.ofSeconds(3));
        assertThat(a.stepTimes().get(7)).isEqualTo(Duration.ofSeconds(5));
        assertThat(seen.said).contains("spot slot.*", "spot confirm.book").doesNotContain("hint home.booking");
    }

    @Test
    void hintPracticeHintsAfterEightQuietSecondsOrAtOnceAfterAWrongTouchAndOncePerPause() {
        LessonRun run = new LessonRun(BOOKING, Level.HINT, clock, seen);
        run.start();
        clock.advance(Duration.ofSeconds(7));
        run.tick();
        assertThat(seen.said).containsExactly("step home.booking");
        clock.advance(Duration.ofSeconds(1));
        run.tick();
        run.tick();
        assertThat(seen.said).containsExactly("step home.booking", "hint home.booking");
        run.touched("home", "home.booking");
        // a wrong touch works (the learner acts freely) and brings the hint at once
        assertThat(run.touched("booking.categories", "category.room")).isEqualTo(LessonRun.Touch.GOES_ON);
        assertThat(seen.said).endsWith("hint category.sports");
        run.touched("booking.facilities", "nav.back");
        run.giveUp();
        assertThat(seen.attempt.goalMet()).isFalse();
        assertThat(seen.attempt.hints()).isEqualTo(2);
        assertThat(seen.attempt.wrongTouches()).isEqualTo(1);
        assertThat(seen.attempt.backs()).isEqualTo(1);
    }

    @Test
    void onMyOwnNoHelpUnlessAskedAndAnotherRouteStillCounts() {
        LessonRun run = new LessonRun(BOOKING, Level.ON_MY_OWN, clock, seen);
        run.start();
        clock.advance(Duration.ofSeconds(30));
        run.tick();
        assertThat(seen.said).containsExactly("step home.booking");
        run.askHelp();
        assertThat(seen.said).endsWith("hint home.booking");
        // the learner reached the days another way (a shortcut of the kiosk): the steps before are passed
        run.screenShown("booking.days");
        assertThat(run.current().target().control()).isEqualTo("day.*");
        run.touched("booking.days", "day.2026-12-05");
        run.event("BookingCancelled", Map.of("facility", "tennis-1"));
        assertThat(run.over()).isFalse();
        run.event("BookingCreated", Map.of("facility", "tennis-1"));
        assertThat(seen.attempt.goalMet()).isTrue();
        assertThat(seen.attempt.hints()).isEqualTo(1);
    }

    @Test
    void aScreenGoalIsMetByShowingTheScreen() {
        Lesson notices = new Lesson("notices.read", new Localized("알림 보기", "Read the notices"), new Localized("센터 소식을 읽어 보세요", "Read"),
                List.of(step("home", "home.notices")), new Goal.Screen(java.util.Set.of("notices")));
        LessonRun run = new LessonRun(notices, Level.HINT, clock, seen);
        run.start();
        run.touched("home", "home.notices");
        run.screenShown("notices");
        assertThat(seen.attempt.goalMet()).isTrue();
    }

    @Test
    void aWrongKeyOnADigitPadIsWrongNotAStepAhead() {
        Lesson pin = new Lesson("atm.pin", new Localized("비밀번호", "PIN"), new Localized("1204를 누르세요", "Type 1204"),
                List.of(step("pin", "key.1"), step("pin", "key.2"), step("pin", "key.0"), step("pin", "key.4"), step("pin", "key.ok"),
                        step("amount", "choice.50000")),
                new Goal.Event("ScenarioDone", Map.of("pin", "****")));
        LessonRun run = new LessonRun(pin, Level.HINT, clock, seen);
        run.start();
        run.touched("pin", "key.1");
        run.touched("pin", "key.4");
        assertThat(seen.said).as("4 is a later key on the same pad: a wrong touch, with the hint").endsWith("hint key.2");
        assertThat(run.current().target().control()).isEqualTo("key.2");
        // on another screen, a later step's control still counts as the way there
        run.touched("amount", "choice.50000");
        assertThat(run.over()).isFalse();
        run.event("ScenarioDone", Map.of("pin", "****"));
        assertThat(seen.attempt.wrongTouches()).isEqualTo(1);
        assertThat(seen.attempt.goalMet()).isTrue();
    }

    @Test
    void aSecondTapOnTheLastControlWhileTheKioskWorksIsNotAMistake() {
        Lesson ticket = new Lesson("queue", new Localized("번호표", "Ticket"), new Localized("번호표를 뽑으세요", "Take a ticket"),
                List.of(step("home", "home.queue"), step("queue.lines", "line.civil")), new Goal.Event("TicketIssued", Map.of()));
        LessonRun run = new LessonRun(ticket, Level.GUIDED, clock, seen);
        run.start();
        run.touched("home", "home.queue");
        run.touched("queue.lines", "line.civil");
        assertThat(run.touched("queue.lines", "line.civil")).isEqualTo(LessonRun.Touch.GOES_ON);
        run.event("TicketIssued", Map.of());
        assertThat(seen.attempt.wrongTouches()).isZero();
        assertThat(seen.attempt.touches()).isEqualTo(3);
    }

    @Test
    void onMyOwnWithTimePressureSomeoneIsWaitingOnceAfterHalfAMinute() {
        List<String> hurried = new ArrayList<>();
        LessonRun.Listener listener = new LessonRun.Listener() {
            @Override
            public void step(Step step, int index, boolean spotlight) {
            }

            @Override
            public void hint(Step step) {
            }

            @Override
            public void done(Attempt attempt) {
            }

            @Override
            public void hurry() {
                hurried.add("hurry");
            }
        };
        LessonRun run = new LessonRun(BOOKING, Level.ON_MY_OWN, true, clock, listener);
        run.start();
        clock.advance(Duration.ofSeconds(29));
        run.tick();
        assertThat(hurried).isEmpty();
        clock.advance(Duration.ofSeconds(2));
        run.tick();
        clock.advance(Duration.ofSeconds(60));
        run.tick();
        assertThat(hurried).containsExactly("hurry");
        LessonRun guided = new LessonRun(BOOKING, Level.GUIDED, true, clock, listener);
        guided.start();
        clock.advance(Duration.ofMinutes(5));
        guided.tick();
        assertThat(hurried).as("only on one's own").hasSize(1);
    }
}
