package org.madang.counter.kiosks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.Refusal;
import org.madang.core.demo.DemoSeeder;
import org.madang.core.terminal.Beat;
import org.madang.core.terminal.FleetAlert;
import org.madang.core.terminal.SessionState;
import org.madang.core.terminal.TerminalKind;
import org.madang.core.terminal.TerminalStatus;
import org.madang.counter.CounterFixture;
import org.madang.hardware.device.DeviceCondition;
import org.madang.ui.DirectTasks;

/** The Kiosks workspace without a window: a kiosk's paper out through the event log, its silence on the clock, and the lock by role. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class KiosksPresenterTest {
    private final BlockingQueue<List<TerminalStatus>> fleets = new LinkedBlockingQueue<>();
    private final BlockingQueue<List<FleetAlert>> alerts = new LinkedBlockingQueue<>();
    private final BlockingQueue<Object> answers = new LinkedBlockingQueue<>();

    private KiosksPresenter presenter(CounterFixture f, String clerk) {
        return new KiosksPresenter(new KiosksView() {
            @Override
            public void showFleet(List<TerminalStatus> terminals, List<FleetAlert> found, LocalDateTime now) {
                fleets.add(terminals);
            }

            @Override
            public void showRefusal(Refusal refusal) {
                answers.add(refusal);
            }

            @Override
            public void showFailure() {
                throw new AssertionError("the fleet could not be read");
            }

            @Override
            public void lockOrdered(String terminalId) {
                answers.add("locked " + terminalId);
            }
        }, alerts::add, f.services.fleet(), f.services.clock(), new DirectTasks(), clerk);
    }

    /** The first list shown that matches (reloads may come twice for one batch of events), within ten seconds. */
    private static <T> T until(BlockingQueue<T> shown, java.util.function.Predicate<T> wanted) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            T next = shown.poll(100, TimeUnit.MILLISECONDS);
            if (next != null && wanted.test(next)) {
                return next;
            }
        }
        throw new AssertionError("nothing wanted was shown within ten seconds");
    }

    private static Beat kiosk(CounterFixture f, DeviceCondition printer) {
        return new Beat(TerminalKind.KIOSK, "home", "ko", SessionState.IN_USE, Map.of("receiptPrinter", printer), List.of(), "0.1.0", 8000,
                Optional.empty(), f.kiosk.clock.instant().minusSeconds(60));
    }

    @Test
    void aKioskOutOfPaperArrivesThroughTheEventLogAndItsSilenceWithTime() throws InterruptedException {
        try (CounterFixture f = new CounterFixture()) {
            KiosksPresenter presenter = presenter(f, "tester");
            f.follow(presenter::eventsArrived);
            presenter.reload();
            assertThat(fleets.poll(10, TimeUnit.SECONDS)).isEmpty();
            assertThat(alerts.poll(10, TimeUnit.SECONDS)).isEmpty();

            f.kiosk.fleet().beat(kiosk(f, DeviceCondition.PAPER_OUT));
            assertThat(until(fleets, l -> !l.isEmpty())).extracting(TerminalStatus::terminalId).containsExactly("kiosk-2");
            assertThat(until(alerts, l -> !l.isEmpty())).singleElement().satisfies(a -> {
                assertThat(a.kind()).isEqualTo(FleetAlert.Kind.DEVICE);
                assertThat(a.device()).contains("receiptPrinter");
            });

            f.kiosk.clock.advance(Duration.ofSeconds(5));
            f.kiosk.fleet().beat(kiosk(f, DeviceCondition.READY));
            until(fleets, l -> l.get(0).devices().get("receiptPrinter") == DeviceCondition.READY);
            until(alerts, List::isEmpty);

            // nothing is heard for two minutes: no event says so, the next tick does
            f.site.clock.advance(Duration.ofMinutes(3));
            presenter.tick();
            assertThat(until(alerts, l -> !l.isEmpty())).singleElement().extracting(FleetAlert::kind).isEqualTo(FleetAlert.Kind.SILENT);
        }
    }

    @Test
    void aClerkIsToldWhoLocksKiosksAndASupervisorsLockIsShown() throws InterruptedException {
        try (CounterFixture f = new CounterFixture()) {
            f.kiosk.fleet().beat(kiosk(f, DeviceCondition.READY));
            KiosksPresenter clerk = presenter(f, "tester");
            clerk.lock("kiosk-2", "점검 중");
            assertThat(answers.poll(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(Refusal.class,
                    r -> assertThat(r.messageKey()).isEqualTo("clerk.refused.kiosks"));
            fleets.clear();
            KiosksPresenter supervisor = presenter(f, DemoSeeder.DEMO_SUPERVISOR_LOGIN);
            supervisor.lock("kiosk-2", "점검 중");
            assertThat(answers.poll(10, TimeUnit.SECONDS)).isEqualTo("locked kiosk-2");
            assertThat(fleets.poll(10, TimeUnit.SECONDS)).singleElement().satisfies(t -> {
                assertThat(t.lock()).get().extracting(l -> l.message()).isEqualTo("점검 중");
                assertThat(t.lockPending()).isTrue();
            });
            assertThat(supervisor.shown("kiosk-2")).isPresent();
        }
    }
}
