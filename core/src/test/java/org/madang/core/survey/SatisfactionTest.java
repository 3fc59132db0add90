package org.madang.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.site.Terminal;
import org.madang.core.testing.TestSite;

/** The one-touch question after a service: one anonymous answer per completion, an event each, counted per service, mode and language. */
class SatisfactionTest {
    private final TestSite site = TestSite.empty(TestSite.tempRoot());

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void anAnswerIsStoredWithItsEventAndNothingOfWhoGaveIt() {
        long before = site.events().latestId();
        assertThat(site.satisfaction().answer("visit-1:B-0001", Completion.BOOKING, Rating.GOOD, "ko",
                EnumSet.of(AccessMode.ZOOM, AccessMode.VOICE))).isTrue();
        var events = site.events().after(before, 10);
        assertThat(events).extracting(e -> e.type()).containsExactly("SatisfactionAnswered");
        assertThat(events.get(0).payload()).contains("BOOKING", "GOOD", "kiosk-test", "VOICE,ZOOM").doesNotContain("B-0001");
        assertThat(site.count("SELECT COUNT(*) FROM satisfaction WHERE modes = 'VOICE,ZOOM' AND terminal_id = 'kiosk-test' "
                + "AND language = 'ko'")).isEqualTo(1);
    }

    @Test
    void theSameCompletionAnsweredAgainRecordsNothingNew() {
        assertThat(site.satisfaction().answer("visit-1:T-101", Completion.QUEUE_TICKET, Rating.OKAY, "en", Set.of())).isTrue();
        long before = site.events().latestId();
        assertThat(site.satisfaction().answer("visit-1:T-101", Completion.QUEUE_TICKET, Rating.GOOD, "en", Set.of())).isFalse();
        assertThat(site.events().after(before, 10)).isEmpty();
        assertThat(site.count("SELECT COUNT(*) FROM satisfaction")).isEqualTo(1);
        assertThat(site.count("SELECT COUNT(*) FROM satisfaction WHERE rating = 'OKAY'")).isEqualTo(1);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void twoTerminalsTouchingTheSameKeyAtOnceStoreOneAnswer() throws Exception {
        TestSite other = TestSite.open(site.dir.root(), new Terminal("kiosk-2"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String key = "visit-" + round + ":D-1";
                CountDownLatch start = new CountDownLatch(1);
                Callable<Boolean> here = () -> {
                    start.await();
                    return site.satisfaction().answer(key, Completion.DOCUMENT, Rating.GOOD, "ko", Set.of());
                };
                Callable<Boolean> there = () -> {
                    start.await();
                    return other.satisfaction().answer(key, Completion.DOCUMENT, Rating.POOR, "ko", Set.of());
                };
                Future<Boolean> a = pool.submit(here);
                Future<Boolean> b = pool.submit(there);
                start.countDown();
                assertThat(List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS))).containsExactlyInAnyOrder(true, false);
            }
        } finally {
            pool.shutdownNow();
            other.close();
        }
        assertThat(site.count("SELECT COUNT(*) FROM satisfaction")).isEqualTo(20);
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'SatisfactionAnswered'")).isEqualTo(20);
    }

    @Test
    void aBadLanguageOrKeyIsRefusedAndNothingIsWritten() {
        long before = site.events().latestId();
        assertThatThrownBy(() -> site.satisfaction().answer("k", Completion.BOOKING, Rating.GOOD, "Korean", Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two lower-case letters");
        assertThatThrownBy(() -> site.satisfaction().answer(" ", Completion.BOOKING, Rating.GOOD, "ko", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> site.satisfaction().answer("x".repeat(121), Completion.BOOKING, Rating.GOOD, "ko", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(site.events().after(before, 10)).isEmpty();
        assertThat(site.count("SELECT COUNT(*) FROM satisfaction")).isZero();
    }

    @Test
    void theTallyCountsEachServiceModeAndLanguageOfTheRangeOnly() {
        Satisfaction answers = site.satisfaction();
        answers.answer("v1:a", Completion.BOOKING, Rating.GOOD, "ko", Set.of());
        answers.answer("v2:a", Completion.BOOKING, Rating.POOR, "en", EnumSet.of(AccessMode.ZOOM));
        answers.answer("v3:a", Completion.DOCUMENT, Rating.OKAY, "ko", EnumSet.of(AccessMode.ZOOM, AccessMode.VOICE));
        answers.answer("v4:a", Completion.BOOKING, Rating.GOOD, "vi", Set.of());
        LocalDate today = site.clock.localNow().toLocalDate();
        site.clock.advance(Duration.ofDays(1));
        answers.answer("v5:a", Completion.WELFARE, Rating.GOOD, "ko", Set.of());

        SatisfactionTally day = answers.tally(today, today);
        assertThat(day.total()).isEqualTo(4);
        assertThat(day.byService()).containsExactly(new RatingCount("BOOKING", 2, 0, 1), new RatingCount("DOCUMENT", 0, 1, 0));
        assertThat(day.byService().get(0).goodPercent()).isEqualTo(67);
        assertThat(day.byMode()).containsExactly(new RatingCount("VOICE", 0, 1, 0), new RatingCount("ZOOM", 0, 1, 1),
                new RatingCount(SatisfactionTally.NO_MODE, 2, 0, 0));
        assertThat(day.byLanguage()).containsExactly(new RatingCount("en", 0, 0, 1), new RatingCount("ko", 1, 1, 0),
                new RatingCount("vi", 1, 0, 0));

        SatisfactionTally twoDays = answers.tally(today, today.plusDays(1));
        assertThat(twoDays.total()).isEqualTo(5);
        assertThat(twoDays.byService()).extracting(RatingCount::what).containsExactly("BOOKING", "DOCUMENT", "WELFARE");
        assertThat(answers.tally(today.minusDays(3), today.minusDays(1)).total()).isZero();
        assertThatThrownBy(() -> answers.tally(today, today.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
