package org.madang.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.madang.core.booking.BookingOutcome;
import org.madang.core.booking.BookingSummary;
import org.madang.core.terminal.StaffCall;
import org.madang.core.clerk.Clerk;
import org.madang.counter.login.LoginPresenter;
import org.madang.counter.login.LoginView;
import org.madang.counter.kiosks.StaffCallsPresenter;
import org.madang.counter.kiosks.StaffCallsView;
import org.madang.counter.today.TodayPresenter;
import org.madang.counter.today.TodayView;
import org.madang.ui.DirectTasks;

@org.junit.jupiter.api.Timeout(value = 2, unit = TimeUnit.MINUTES)
class CounterPresenterTest {

    @Test
    void aKioskBookingReachesTheTodayTableThroughTheEventLog() throws InterruptedException {
        try (CounterFixture f = new CounterFixture()) {
            BlockingQueue<List<BookingSummary>> tables = new LinkedBlockingQueue<>();
            TodayView view = new RecordingTodayView(tables);
            TodayPresenter presenter = new TodayPresenter(view, f.services, new DirectTasks());
            f.follow(presenter::eventsArrived);
            presenter.reload();
            List<BookingSummary> before = tables.poll(10, TimeUnit.SECONDS);

            BookingOutcome.Booked booked = (BookingOutcome.Booked) f.kioskBooks(1);

            List<BookingSummary> after = tables.poll(10, TimeUnit.SECONDS);
            assertThat(after).hasSize(before.size() + 1);
            assertThat(after.get(0).number()).isEqualTo(booked.booking().number());
            assertThat(after.get(0).terminalId()).isEqualTo("kiosk-2");
            assertThat(after.get(0).residentName()).isEqualTo("김영희");
        }
    }

    @Test
    void aStaffCallFromAKioskShowsAtTheCounterUntilAClerkAnswers() throws InterruptedException {
        try (CounterFixture f = new CounterFixture()) {
            BlockingQueue<List<StaffCall>> calls = new LinkedBlockingQueue<>();
            StaffCallsPresenter presenter = new StaffCallsPresenter(new StaffCallsView() {
                @Override
                public void showStaffCalls(List<StaffCall> open) {
                    calls.add(open);
                }

                @Override
                public void showFailure() {
                    calls.add(List.of());
                }
            }, f.services.staffCalls(), new DirectTasks(), "tester");
            f.follow(presenter::eventsArrived);
            presenter.reload();
            assertThat(calls.poll(10, TimeUnit.SECONDS)).isEmpty();

            StaffCall call = f.kiosk.staffCalls().call("booking.confirm");

            List<StaffCall> shown = calls.poll(10, TimeUnit.SECONDS);
            assertThat(shown).singleElement().satisfies(c -> {
                assertThat(c.terminalId()).isEqualTo("kiosk-2");
                assertThat(c.screen()).isEqualTo("booking.confirm");
            });
            presenter.answer(call.id());
            assertThat(calls.poll(10, TimeUnit.SECONDS)).isEmpty();
            assertThat(f.site.count("SELECT COUNT(*) FROM staff_call WHERE answered_by = 'tester'")).isEqualTo(1);
        }
    }

    /** A today view that hands the bookings it is shown to the test thread. */
    private record RecordingTodayView(BlockingQueue<List<BookingSummary>> tables) implements TodayView {
        @Override
        public void showBookings(List<BookingSummary> bookings, LocalDateTime updatedAt) {
            tables.add(bookings);
        }

        @Override
        public void showLapsing(List<org.madang.core.payment.FeeItem> lapsing, LocalDateTime now) {
            // the bookings are what this test follows
        }

        @Override
        public void showFailure() {
            tables.add(List.of());
        }
    }
}
