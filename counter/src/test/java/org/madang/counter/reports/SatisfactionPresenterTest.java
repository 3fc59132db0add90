package org.madang.counter.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.survey.AccessMode;
import org.madang.core.survey.Rating;
import org.madang.core.survey.RatingCount;
import org.madang.core.survey.SatisfactionTally;
import org.madang.core.survey.Completion;
import org.madang.counter.CounterFixture;
import org.madang.ui.DirectTasks;

/** The counter's satisfaction counts, without a window: the span chosen, and a kiosk's answer arriving through the event log. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SatisfactionPresenterTest {

    @Test
    void aKioskAnswerReachesTheCountsOfTodayAndTheSpanChosenIsCounted() throws InterruptedException {
        try (CounterFixture f = new CounterFixture()) {
            BlockingQueue<SatisfactionTally> shown = new LinkedBlockingQueue<>();
            SatisfactionPresenter presenter = new SatisfactionPresenter(new SatisfactionView() {
                @Override
                public void showTally(SatisfactionTally tally) {
                    shown.add(tally);
                }

                @Override
                public void showFailure() {
                    throw new AssertionError("the counts could not be read");
                }
            }, f.services.satisfaction(), f.services.clock(), new DirectTasks());
            f.follow(presenter::eventsArrived);
            presenter.reload();
            SatisfactionTally before = shown.poll(10, TimeUnit.SECONDS);
            LocalDate today = LocalDate.now(f.services.clock());
            assertThat(before.from()).isEqualTo(today);
            assertThat(before.to()).isEqualTo(today);

            f.kiosk.satisfaction().answer("visit-9:1", Completion.WELFARE, Rating.POOR, "vi", Set.of(AccessMode.VOICE));

            SatisfactionTally after = shown.poll(10, TimeUnit.SECONDS);
            assertThat(after.total()).isEqualTo(before.total() + 1);
            RatingCount welfare = after.byService().stream().filter(c -> c.what().equals("WELFARE")).findFirst().orElseThrow();
            int welfareBefore = before.byService().stream().filter(c -> c.what().equals("WELFARE")).mapToInt(RatingCount::poor).sum();
            assertThat(welfare.poor()).isEqualTo(welfareBefore + 1);

            presenter.choose(ReportRange.THIS_MONTH);
            SatisfactionTally month = shown.poll(10, TimeUnit.SECONDS);
            assertThat(month.from()).isEqualTo(today.withDayOfMonth(1));
            // the demo's month of answers, this month's part of it
            assertThat(month.total()).isGreaterThan(after.total());
        }
    }

    @Test
    void theSpansAreCountedFromTodayInTheSitesCalendar() {
        LocalDate saturday = LocalDate.of(2026, 11, 21);
        assertThat(ReportRange.TODAY.from(saturday)).isEqualTo(saturday);
        assertThat(ReportRange.THIS_WEEK.from(saturday)).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(ReportRange.THIS_WEEK.to(saturday)).isEqualTo(saturday);
        assertThat(ReportRange.THIS_MONTH.from(saturday)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(ReportRange.LAST_MONTH.from(saturday)).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(ReportRange.LAST_MONTH.to(saturday)).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(ReportRange.LAST_MONTH.from(LocalDate.of(2027, 1, 5))).isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
