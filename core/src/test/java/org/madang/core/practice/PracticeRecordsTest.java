package org.madang.core.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.Refusal;
import org.madang.core.testing.TestSite;

/** Classes, learners signing in with a nickname and four digits, and attempts kept with their events. */
class PracticeRecordsTest {
    private final TestSite site = TestSite.empty(TestSite.tempRoot());
    private final PracticeRecords records = site.practice(new Random(7));

    @AfterEach
    void close() {
        site.close();
    }

    private static <T> T done(PracticeRecords.Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(PracticeRecords.Outcome.Done.class);
        return ((PracticeRecords.Outcome.Done<T>) outcome).value();
    }

    private static Refusal refused(PracticeRecords.Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(PracticeRecords.Outcome.Refused.class);
        return ((PracticeRecords.Outcome.Refused<?>) outcome).refusal();
    }

    @Test
    void aClassIsOpenedOnceByNameWithItsLessons() {
        long before = site.events().latestId();
        PracticeClass tuesday = done(records.createClass(" 화요반 ", "박강사", List.of("booking.court", "fastfood.burger-takeout"), "instructor"));
        assertThat(tuesday.name()).isEqualTo("화요반");
        assertThat(records.classes()).singleElement().satisfies(c -> assertThat(c.lessons()).containsExactly("booking.court",
                "fastfood.burger-takeout"));
        assertThat(refused(records.createClass("화요반", "김강사", List.of(), "instructor")).messageKey()).isEqualTo("practice.class.taken");
        assertThat(refused(records.createClass(" ", "김강사", List.of(), "instructor")).messageKey()).isEqualTo("practice.name.missing");
        assertThat(site.events().after(before, 10)).extracting(e -> e.type()).containsExactly("PracticeClassCreated");
    }

    @Test
    void learnersSignInWithNicknameAndFourDigitsWhichAreNeverLogged() {
        PracticeClass c = done(records.createClass("화요반", "박강사", List.of(), "instructor"));
        long before = site.events().latestId();
        Learner kim = done(records.addLearner(c.id(), "김영희", "instructor"));
        Learner kim2 = done(records.addLearner(c.id(), "김영희", "instructor"));
        assertThat(kim.digits()).matches("[0-9]{4}").isNotEqualTo(kim2.digits());
        assertThat(records.signIn("김영희", kim.digits())).contains(kim);
        assertThat(records.signIn("김영희", "99999")).isEmpty();
        assertThat(records.learners(c.id())).containsExactly(kim, kim2);
        assertThat(refused(records.addLearner(c.id(), "가".repeat(41), "instructor")).messageKey()).isEqualTo("practice.name.long");
        assertThat(refused(records.addLearner(c.id() + 99, "이순자", "instructor")).messageKey()).isEqualTo("practice.class.unknown");
        assertThat(site.events().after(before, 10)).extracting(e -> e.type()).containsExactly("LearnerAdded", "LearnerAdded");
        assertThat(site.events().after(before, 10)).allSatisfy(e -> assertThat(e.payload()).doesNotContain(kim.digits()));
    }

    @Test
    void anAttemptIsKeptWithItsStepTimesAndAnEvent() {
        PracticeClass c = done(records.createClass("화요반", "박강사", List.of(), "instructor"));
        Learner kim = done(records.addLearner(c.id(), "김영희", "instructor"));
        long before = site.events().latestId();
        AttemptRecord kept = records.record(new AttemptRecord(0, kim.id(), "queue.ticket", "ON_MY_OWN", Purpose.BEFORE, TestSite.NOW,
                Duration.ofMillis(41_250), 6, 2, 1, 1, 0, List.of(Duration.ofSeconds(20), Duration.ofMillis(21_250)), true));
        assertThat(kept.id()).isPositive();
        assertThat(records.attempts(kim.id())).containsExactly(kept);
        assertThat(records.classAttempts(c.id())).containsExactly(kept);
        assertThat(site.events().after(before, 10)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("AttemptRecorded");
            assertThat(e.payload()).contains("\"lesson\":\"queue.ticket\"", "\"purpose\":\"BEFORE\"");
        });
    }
}
