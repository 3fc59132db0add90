package org.madang.core.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.site.Terminal;
import org.madang.core.testing.TestSite;
import org.madang.hardware.device.DeviceCondition;
import org.madang.hardware.device.DeviceWatch;

/** The fleet: beats overwrite a row and write events only for what changed; alerts; the lock and who may order it. */
class FleetTest {
    private final TestSite site = TestSite.empty(TestSite.tempRoot()).staff("clerk1", "boss=SUPERVISOR", "root=ADMIN");
    private final Instant started = site.clock.instant();

    @AfterEach
    void close() {
        site.close();
    }

    private Beat beat(SessionState session, DeviceCondition printer) {
        Map<String, DeviceCondition> devices = new LinkedHashMap<>();
        devices.put("receiptPrinter", printer);
        devices.put("qrScanner", DeviceCondition.READY);
        return new Beat(TerminalKind.KIOSK, "home", "ko", session, devices, List.of(), "0.1.0", 20_000,
                Optional.empty(), started);
    }

    private List<String> eventsAfter(long id) {
        return site.events().after(id, 50).stream().map(e -> e.type() + (e.payload().contains("\"to\"") ? ":" + e.payload() : "")).toList();
    }

    @Test
    void aFirstBeatIsAStartAndLaterBeatsWriteOnlyWhatChanged() {
        long before = site.events().latestId();
        assertThat(site.fleet().beat(beat(SessionState.IDLE, DeviceCondition.READY))).isEmpty();
        assertThat(eventsAfter(before)).singleElement().asString().startsWith("TerminalStarted");
        long afterStart = site.events().latestId();
        site.clock.advance(Duration.ofSeconds(5));
        site.fleet().beat(beat(SessionState.IN_USE, DeviceCondition.READY));
        assertThat(site.events().latestId()).as("a beat that changes no device is no event").isEqualTo(afterStart);
        site.clock.advance(Duration.ofSeconds(5));
        site.fleet().beat(beat(SessionState.IN_USE, DeviceCondition.PAPER_OUT));
        assertThat(eventsAfter(afterStart)).singleElement().asString()
                .contains("DeviceConditionChanged", "receiptPrinter", "\"from\":\"READY\"", "\"to\":\"PAPER_OUT\"");
        TerminalStatus row = site.fleet().terminal("kiosk-test").orElseThrow();
        assertThat(row.session()).isEqualTo(SessionState.IN_USE);
        assertThat(row.devices()).containsEntry("receiptPrinter", DeviceCondition.PAPER_OUT);
        assertThat(row.beatAt()).isEqualTo(site.clock.localNow());
        assertThat(site.count("SELECT COUNT(*) FROM terminal_status")).isEqualTo(1);
        assertThat(site.fleet().uptime(LocalDate.from(site.clock.localNow()), LocalDate.from(site.clock.localNow()), java.util.Optional.empty()))
                .containsEntry("kiosk-test", new Fleet.Uptime(10, 1, 1));
    }

    @Test
    void aPrinterOutOfPaperAndAKioskSilentForTwoMinutesAreAlerts() {
        TestSite kiosk2 = TestSite.open(site.dir.root(), new Terminal("kiosk-2"));
        try {
            site.fleet().beat(beat(SessionState.IDLE, DeviceCondition.PAPER_OUT));
            kiosk2.fleet().beat(beat(SessionState.IDLE, DeviceCondition.PAPER_NEAR_END));
            assertThat(site.fleet().alerts()).singleElement().satisfies(a -> {
                assertThat(a.terminalId()).isEqualTo("kiosk-test");
                assertThat(a.kind()).isEqualTo(FleetAlert.Kind.DEVICE);
                assertThat(a.condition()).contains(DeviceCondition.PAPER_OUT);
            });
            // kiosk-2 keeps beating; kiosk-test falls silent (its clock is the site's: both move)
            site.clock.advance(Duration.ofSeconds(110));
            kiosk2.clock.set(site.clock.localNow());
            kiosk2.fleet().beat(beat(SessionState.IDLE, DeviceCondition.READY));
            assertThat(site.fleet().alerts()).extracting(FleetAlert::kind).containsExactly(FleetAlert.Kind.DEVICE);
            site.clock.advance(Duration.ofSeconds(11));
            assertThat(site.fleet().alerts()).singleElement().satisfies(a -> {
                assertThat(a.terminalId()).isEqualTo("kiosk-test");
                assertThat(a.kind()).isEqualTo(FleetAlert.Kind.SILENT);
            });
            // a kiosk closed properly is not missed
            site.fleet().beat(beat(SessionState.OFF, DeviceCondition.READY));
            site.clock.advance(Duration.ofMinutes(10));
            kiosk2.clock.set(site.clock.localNow());
            kiosk2.fleet().beat(beat(SessionState.IDLE, DeviceCondition.READY));
            assertThat(site.fleet().alerts()).isEmpty();
        } finally {
            kiosk2.close();
        }
    }

    @Test
    void aRestartIsAnotherStartAndALowDiskIsAnAlert() {
        site.fleet().beat(beat(SessionState.IDLE, DeviceCondition.READY));
        long before = site.events().latestId();
        Beat again = new Beat(TerminalKind.KIOSK, "idle", "ko", SessionState.IDLE, Map.of("receiptPrinter", DeviceCondition.READY),
                List.of("home.booking"), "0.1.1", 120, Optional.of(new DeviceWatch.LastError("receiptPrinter", "cutter jammed",
                site.clock.instant())), started.plusSeconds(60));
        site.fleet().beat(again);
        assertThat(eventsAfter(before)).singleElement().asString().startsWith("TerminalStarted");
        TerminalStatus row = site.fleet().terminal("kiosk-test").orElseThrow();
        assertThat(row.version()).isEqualTo("0.1.1");
        assertThat(row.paused()).containsExactly("home.booking");
        assertThat(row.lastError()).contains("receiptPrinter: cutter jammed");
        assertThat(site.fleet().alerts()).extracting(FleetAlert::kind).containsExactly(FleetAlert.Kind.DISK_LOW);
    }

    @Test
    void aSupervisorLocksAKioskWithWordsTheKioskReadsAtItsNextBeatAndUnlocksIt() {
        site.fleet().beat(beat(SessionState.IDLE, DeviceCondition.READY));
        long before = site.events().latestId();
        assertThat(site.fleet().lock("kiosk-test", "  점검 중입니다 ", "boss")).isEmpty();
        assertThat(eventsAfter(before)).containsExactly("KioskLocked");
        Optional<LockOrder> order = site.fleet().beat(beat(SessionState.IDLE, DeviceCondition.READY));
        assertThat(order).get().extracting(LockOrder::message, LockOrder::lockedBy).containsExactly("점검 중입니다", "boss");
        assertThat(site.fleet().terminal("kiosk-test").orElseThrow().lockPending()).isTrue();
        site.fleet().beat(beat(SessionState.LOCKED, DeviceCondition.READY));
        assertThat(site.fleet().terminal("kiosk-test").orElseThrow().lockPending()).isFalse();
        assertThat(site.fleet().unlock("kiosk-test", "root")).isEmpty();
        assertThat(site.fleet().unlock("kiosk-test", "root")).get().extracting(r -> r.messageKey()).isEqualTo("counter.fleet.unlock.notLocked");
        assertThat(site.fleet().beat(beat(SessionState.LOCKED, DeviceCondition.READY))).isEmpty();
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'KioskUnlocked'")).isEqualTo(1);
    }

    /** Two centres' terminals given one id, both started at once (past the check at start): the first's row stays its own. */
    @Test
    void aTerminalOfAnotherCentreWithTheSameIdDoesNotOverwriteItsRow() {
        site.execute("INSERT INTO centre (code, name) VALUES ('haneul', '하늘면')");
        // opened before the first beat: the check at start finds no row of this id yet
        TestSite other = TestSite.open(site.dir.root(), new Terminal("kiosk-test", "haneul"));
        site.fleet().beat(beat(SessionState.IDLE, DeviceCondition.READY));
        try {
            long before = site.events().latestId();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> other.fleet().beat(beat(SessionState.IN_USE, DeviceCondition.PAPER_OUT)))
                    .hasMessageContaining("terminal id kiosk-test is a terminal of centre " + site.terminal.site()
                            + " already: give this terminal of haneul another terminal.id");
            TerminalStatus row = site.fleet().terminal("kiosk-test").orElseThrow();
            assertThat(row.session()).isEqualTo(SessionState.IDLE);
            assertThat(row.devices()).containsEntry("receiptPrinter", DeviceCondition.READY);
            assertThat(site.events().latestId()).as("its events rolled back with it").isEqualTo(before);
        } finally {
            other.close();
        }
    }

    @Test
    void aLockIsRefusedWithoutWordsOrRightsAndForNoKioskAndNothingIsWritten() {
        site.fleet().beat(beat(SessionState.IDLE, DeviceCondition.READY));
        TestSite counter = TestSite.open(site.dir.root(), new Terminal("counter-1"));
        try {
            counter.fleet().beat(new Beat(TerminalKind.COUNTER, "queue", "ko", SessionState.IN_USE, Map.of(), List.of(), "0.1.0", 9000,
                    Optional.empty(), started));
            long before = site.events().latestId();
            assertThat(site.fleet().lock("kiosk-test", "   ", "boss")).get().extracting(r -> r.messageKey()).isEqualTo("counter.fleet.lock.noMessage");
            assertThat(site.fleet().lock("kiosk-test", "x".repeat(81), "boss")).get().extracting(r -> r.messageKey())
                    .isEqualTo("counter.fleet.lock.tooLong");
            assertThat(site.fleet().lock("kiosk-test", "점검", "clerk1")).get().extracting(r -> r.messageKey())
                    .isEqualTo("clerk.refused.kiosks");
            assertThat(site.fleet().lock("counter-1", "점검", "boss")).get().extracting(r -> r.messageKey())
                    .isEqualTo("counter.fleet.lock.onlyKiosks");
            assertThat(site.fleet().lock("kiosk-9", "점검", "boss")).get().extracting(r -> r.messageKey()).isEqualTo("counter.fleet.unknown");
            assertThat(site.events().latestId()).isEqualTo(before);
            assertThat(site.count("SELECT COUNT(*) FROM terminal_lock")).isZero();
        } finally {
            counter.close();
        }
    }

    @Test
    void onlyASilentOrClosedTerminalIsTakenOffTheList() {
        site.fleet().beat(beat(SessionState.IDLE, DeviceCondition.READY));
        assertThat(site.fleet().forget("kiosk-test", "root")).get().extracting(r -> r.messageKey()).isEqualTo("counter.fleet.forget.running");
        site.clock.advance(Duration.ofMinutes(3));
        assertThat(site.fleet().forget("kiosk-test", "root")).isEmpty();
        assertThat(site.fleet().terminals()).isEmpty();
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'TerminalForgotten'")).isEqualTo(1);
    }
}
