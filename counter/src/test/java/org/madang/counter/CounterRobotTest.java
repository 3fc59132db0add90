package org.madang.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.concurrent.TimeUnit;
import javax.swing.JFrame;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.booking.Booking;
import org.madang.core.booking.BookingOutcome;
import org.madang.core.booking.BookingStatus;
import org.madang.core.booking.Channel;
import org.madang.hardware.testing.Poll;
import org.madang.ui.HangulFonts;
import org.madang.ui.Messages;
import org.madang.ui.Theme;
import org.madang.ui.UiExecutor;

/**
 * The counter in a real window, driven by clicks and keys as a clerk works it: sign-in, the
 * bookings a kiosk makes, the queue (call, recall, no-show, next, redirect), payments against
 * the sweeper, courses and the document PIN.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CounterRobotTest {
    private CounterFixture fixture;
    private UiExecutor tasks;
    private CounterApp app;
    private FrameFixture window;

    @BeforeAll
    static void guardTheEdt() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        start(new CounterFixture());
    }

    private void start(CounterFixture site) {
        fixture = site;
        tasks = new UiExecutor();
        JFrame frame = GuiActionRunner.execute(() -> {
            Theme.installDesk(HangulFonts.find(java.util.Optional.empty()).orElseThrow());
            app = new CounterApp(fixture.services, tasks, Messages.forLanguage("ko"));
            JFrame f = new JFrame("counter");
            f.setContentPane(app.root());
            return f;
        });
        window = new FrameFixture(frame);
        // the robot packs the window: the counter's own preferred size (the smallest desk it is made for) holds
        window.show();
    }

    @AfterEach
    void close() {
        window.cleanUp();
        app.stop();
        tasks.close();
        fixture.close();
    }

    /** A label's words while it shows; empty while it does not (yet), so a poll waits rather than fails. */
    private String text(String label) {
        return GuiActionRunner.execute(() -> {
            javax.swing.JLabel l = window.robot().finder().findByName(window.target(), label, javax.swing.JLabel.class, false);
            return l.isShowing() ? l.getText() : "";
        });
    }

    private boolean showing(String name) {
        return GuiActionRunner.execute(() -> !window.robot().finder().findAll(window.target(),
                c -> name.equals(c.getName()) && c.isShowing()).isEmpty());
    }

    private void signIn() {
        signIn("tester", "secret-pass");
    }

    /** Signs in as the demo's supervisor (the full registration number, revoking a document). */
    private void signInAsSupervisor() {
        signIn(org.madang.core.demo.DemoSeeder.DEMO_SUPERVISOR_LOGIN, org.madang.core.demo.DemoSeeder.DEMO_CLERK_PASSWORD);
    }

    private void signIn(String login, String password) {
        window.textBox("login.user").deleteText().enterText(login);
        window.textBox("login.password").enterText(password);
        window.button("login.submit").click();
        Poll.until(() -> showing("counter.rail"), "the counter's rail");
    }

    private void workspace(String id) {
        window.toggleButton("rail." + id).click();
        Poll.until(() -> showing("screen." + id), "the " + id + " workspace");
    }

    @Test
    void theCountysLinkDownShowsOnEveryWorkspaceWithSinceWhenAndItsReturnTooThenGoes() {
        assertThat(showing("login.county.linkStrip")).as("a site of its own, or a county that answers: no strip").isFalse();
        java.time.Instant downAt = java.time.LocalDateTime.of(2026, 11, 21, 14, 2).atZone(fixture.site.clock.getZone()).toInstant();
        GuiActionRunner.execute(() -> app.showCountyLink(new org.madang.core.county.CountyLink.State(false, downAt,
                "Connection to county.example:5432 refused")));
        Poll.until(() -> showing("login.county.linkStrip"), "the strip above the sign-in");
        assertThat(text("login.county.linkText")).contains("군 데이터베이스가 응답하지 않습니다", "14:02", "연결이 돌아오면 로그인할 수 있습니다");
        GuiActionRunner.execute(() -> app.showCountyLink(new org.madang.core.county.CountyLink.State(true, downAt.plusSeconds(60), "")));
        signIn();
        GuiActionRunner.execute(() -> app.showCountyLink(new org.madang.core.county.CountyLink.State(false, downAt,
                "Connection to county.example:5432 refused")));
        Poll.until(() -> showing("county.linkStrip"), "the strip");
        assertThat(text("county.linkText")).contains("군 데이터베이스가 응답하지 않습니다", "14:02", "저장할 수 없으니");
        workspace(CounterApp.KIOSKS);
        assertThat(showing("county.linkStrip")).as("on every workspace").isTrue();
        GuiActionRunner.execute(() -> app.showCountyLink(new org.madang.core.county.CountyLink.State(true, downAt.plusSeconds(420), "")));
        assertThat(text("county.linkText")).contains("다시 연결되었습니다", "14:09");
    }

    @Test
    void aWrongPasswordIsRefusedAndAKioskBookingAppearsAfterSignIn() {
        assertThat(GuiActionRunner.execute(() -> window.target().getWidth())).isGreaterThanOrEqualTo(CounterApp.MIN_WIDTH);
        window.textBox("login.user").enterText("tester");
        window.textBox("login.password").enterText("nope");
        window.button("login.submit").click();
        Poll.until(() -> !text("login.problem").isBlank(), "the refusal");
        assertThat(text("login.problem")).isEqualTo("아이디 또는 비밀번호가 맞지 않습니다.");

        window.textBox("login.password").enterText("secret-pass");
        window.button("login.submit").click();
        Poll.until(() -> showing("counter.rail"), "the counter");
        workspace(CounterApp.BOOKINGS);
        Poll.until(() -> !text("today.count").isEmpty(), "the first load");
        int rows = window.table("today.table").rowCount();

        BookingOutcome.Booked booked = (BookingOutcome.Booked) fixture.kioskBooks(2);

        Poll.until(() -> GuiActionRunner.execute(() -> window.table("today.table").target().getRowCount()) == rows + 1, "the new booking");
        assertThat(window.table("today.table").valueAt(TableCell.row(0).column(0))).isEqualTo(booked.booking().number());
        // a fee booking the kiosk just made lapses unpaid in two days: it is listed with its deadline
        Poll.until(() -> GuiActionRunner.execute(() -> {
            javax.swing.JTable lapsing = window.table("bookings.lapsing").target();
            for (int r = 0; r < lapsing.getRowCount(); r++) {
                if (booked.booking().number().equals(lapsing.getValueAt(r, 0))) {
                    return true;
                }
            }
            return false;
        }), () -> "the booking in the lapsing list: " + text("bookings.lapsingTitle") + " fee " + booked.booking().fee()
                + " pay by " + booked.booking().payBy());
    }

    /** The answers column of a counts table's row named {@code name}; 0 when there is no such row. */
    private int answersIn(String table, String name) {
        return GuiActionRunner.execute(() -> {
            javax.swing.JTable t = window.table(table).target();
            for (int r = 0; r < t.getRowCount(); r++) {
                if (name.equals(t.getValueAt(r, 0))) {
                    return (Integer) t.getValueAt(r, 4);
                }
            }
            return 0;
        });
    }

    @Test
    void theReportsCountHowTheKiosksServicesWentAndFollowANewAnswer() {
        signIn();
        workspace(CounterApp.REPORTS);
        window.tabbedPane("screen.reports").selectTab(1);
        Poll.until(() -> !text("satisfaction.summary").isEmpty(), "the first count");
        assertThat(text("satisfaction.summary")).startsWith("2026-11-21:");
        int checkIns = answersIn("satisfaction.services", "입장 확인");
        int english = answersIn("satisfaction.languages", "영어");

        fixture.kiosk.satisfaction().answer("visit-robot:1", org.madang.core.survey.Completion.CHECK_IN,
                org.madang.core.survey.Rating.GOOD, "en", java.util.Set.of(org.madang.core.survey.AccessMode.HIGH_CONTRAST));

        Poll.until(() -> answersIn("satisfaction.services", "입장 확인") == checkIns + 1, "the kiosk's answer counted");
        assertThat(answersIn("satisfaction.languages", "영어")).isEqualTo(english + 1);
        assertThat(answersIn("satisfaction.modes", "고대비 화면")).isGreaterThanOrEqualTo(1);

        window.comboBox("satisfaction.range").selectItem(2);
        Poll.until(() -> text("satisfaction.summary").startsWith("2026-11-01 – 2026-11-21"), "this month's count");
        assertThat(answersIn("satisfaction.services", "시설 예약")).isGreaterThan(0);
    }

    @Test
    void aKioskOutOfPaperIsRaisedOnTheTopBarAndASupervisorLocksItFromTheKiosksWorkspace() {
        org.madang.core.terminal.Beat beat = new org.madang.core.terminal.Beat(org.madang.core.terminal.TerminalKind.KIOSK, "booking.confirm",
                "en", org.madang.core.terminal.SessionState.IN_USE,
                java.util.Map.of("receiptPrinter", org.madang.hardware.device.DeviceCondition.PAPER_OUT), java.util.List.of("home.booking"),
                "0.1.0", 12_000, java.util.Optional.empty(), fixture.kiosk.clock.instant());
        fixture.kiosk.fleet().beat(beat);
        signInAsSupervisor();
        Poll.until(() -> showing("fleet.alertStrip"), "the alert on the top bar");
        assertThat(GuiActionRunner.execute(() -> window.label("fleet.alertText").target().getText()))
                .isEqualTo("kiosk-2: 영수증 프린터 용지 없음");
        window.button("fleet.alertOpen").click();
        Poll.until(() -> showing("screen.kiosks"), "the Kiosks workspace");
        Poll.until(() -> GuiActionRunner.execute(() -> window.table("fleet.table").target().getRowCount()) == 1, "the kiosk listed");
        assertThat(GuiActionRunner.execute(() -> window.table("fleet.table").target().getValueAt(0, 2))).isEqualTo("예약 내용 확인");
        assertThat(GuiActionRunner.execute(() -> window.table("fleet.table").target().getValueAt(0, 4))).isEqualTo("시설 예약");
        window.table("fleet.table").selectRows(0);
        window.textBox("fleet.message").deleteText().enterText("용지 교체 중");
        window.button("fleet.lock").click();
        Poll.until(() -> text("fleet.answer").contains("kiosk-2"), "the lock ordered");
        Poll.until(() -> String.valueOf(GuiActionRunner.execute(() -> window.table("fleet.table").target().getValueAt(0, 1)))
                .equals("이용이 끝나면 잠김"), "waiting for the resident");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM terminal_lock WHERE terminal_id = 'kiosk-2' AND message = '용지 교체 중' "
                + "AND locked_by = 'lead'")).isEqualTo(1);
        // paper loaded: the kiosk's next beat clears the alert
        fixture.kiosk.clock.advance(java.time.Duration.ofSeconds(5));
        fixture.kiosk.fleet().beat(new org.madang.core.terminal.Beat(beat.kind(), "locked", "ko", org.madang.core.terminal.SessionState.LOCKED,
                java.util.Map.of("receiptPrinter", org.madang.hardware.device.DeviceCondition.READY), java.util.List.of(), "0.1.0", 12_000,
                java.util.Optional.empty(), beat.startedAt()));
        Poll.until(() -> !showing("fleet.alertStrip"), "the alert gone");
        window.button("fleet.unlock").click();
        Poll.until(() -> fixture.site.count("SELECT COUNT(*) FROM terminal_lock") == 0, "unlocked");
    }

    @Test
    void theMonthsReportIsMadeWithChartsAndSavedAsCsvAndAWrongMonthIsSaid(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out) throws Exception {
        signIn();
        workspace(CounterApp.REPORTS);
        Poll.until(() -> showing("reports.site"), "the report maker");
        GuiActionRunner.execute(() -> window.robot().finder().findByName(window.target(), "reports.site",
                org.madang.counter.reports.ReportsPanel.class).saveTo((name, ext) -> java.util.Optional.of(out.resolve(name))));
        window.textBox("report.period").deleteText().enterText("2026-13");
        window.button("report.make").click();
        Poll.until(() -> text("report.status").equals("달은 2026-11처럼 써 주세요."), "the month refused plainly");
        assertThat(window.button("report.csv").isEnabled()).isFalse();
        window.textBox("report.period").deleteText().enterText("2026-11");
        window.button("report.make").click();
        Poll.until(() -> GuiActionRunner.execute(() -> window.tabbedPane("report.sections").target().getTabCount()) == 9, "the report's tabs");
        assertThat(text("report.status")).startsWith("시험 센터 · 2026-11 보고서");
        window.tabbedPane("report.sections").selectTab("시설");
        Poll.until(() -> GuiActionRunner.execute(() -> !window.robot().finder().findAll(window.target(),
                c -> c instanceof org.jfree.chart.ChartPanel && c.isShowing()).isEmpty()), "the facilities' charts");
        assertThat(GuiActionRunner.execute(() -> window.table("report.table.counter.report.facilities").target().getRowCount())).isPositive();
        window.button("report.csv").click();
        java.nio.file.Path csv = out.resolve("madang-report-2026-11.csv");
        Poll.until(() -> java.nio.file.Files.exists(csv) && text("report.status").startsWith("저장했습니다"), "the CSV saved");
        assertThat(java.nio.file.Files.readString(csv)).startsWith("\uFEFF시험 센터 · 2026-11 보고서");
    }

    @Test
    void anAdministratorChangesAPolicyFigureAfterSeeingWhatChangesAndAFigureOutOfRangeSavesNothing() {
        signIn(org.madang.core.demo.DemoSeeder.DEMO_ADMIN_LOGIN, org.madang.core.demo.DemoSeeder.DEMO_CLERK_PASSWORD);
        Poll.until(() -> showing("screen.settings"), "Settings");
        window.tabbedPane("settings.tabs").selectTab("정책 수치");
        Poll.until(() -> GuiActionRunner.execute(() -> window.table("policy.table").target().getRowCount()) == 27, "the figures");
        org.madang.counter.settings.PolicyPanel panel = GuiActionRunner.execute(() -> window.robot().finder().findByName(window.target(),
                "settings.policy", org.madang.counter.settings.PolicyPanel.class));
        GuiActionRunner.execute(() -> panel.type("perWeek", "40"));
        window.button("policy.save").click();
        Poll.until(() -> GuiActionRunner.execute(() -> window.textBox("policy.answer").text()).startsWith("저장하지 않았습니다"), "refused");
        assertThat(GuiActionRunner.execute(() -> window.textBox("policy.answer").text())).contains("주당 예약 수", "1부터 21까지");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM policy_setting WHERE name = 'perWeek'")).isZero();
        GuiActionRunner.execute(() -> panel.type("perWeek", "4"));
        window.button("policy.preview").click();
        Poll.until(() -> GuiActionRunner.execute(() -> window.textBox("policy.answer").text()).equals("저장하면 바뀝니다: 주당 예약 수 2 → 4"),
                "the preview");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM policy_setting WHERE name = 'perWeek'")).isZero();
        window.button("policy.save").click();
        Poll.until(() -> fixture.site.count("SELECT COUNT(*) FROM policy_setting WHERE name = 'perWeek' AND setting_value = '4'") == 1, "saved");
        Poll.until(() -> GuiActionRunner.execute(() -> String.valueOf(window.table("policy.table").target().getValueAt(5, 0))).endsWith("*"),
                "marked changed from the default");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'PolicyChanged'")).isEqualTo(1);
    }

    @Test
    void anAdministratorClosesACourtForTomorrowSeeingTheBookingsItHitsAndReopensIt() {
        org.madang.core.booking.Booking booked = ((org.madang.core.booking.BookingOutcome.Booked) fixture.kioskBooks(3)).booking();
        java.time.LocalDate tomorrow = fixture.site.clock.localNow().toLocalDate().plusDays(1);
        signIn(org.madang.core.demo.DemoSeeder.DEMO_ADMIN_LOGIN, org.madang.core.demo.DemoSeeder.DEMO_CLERK_PASSWORD);
        Poll.until(() -> showing("screen.settings"), "Settings");
        window.tabbedPane("settings.tabs").selectTab("휴관");
        org.madang.counter.settings.ClosuresPanel panel = GuiActionRunner.execute(() -> window.robot().finder().findByName(window.target(),
                "settings.closures", org.madang.counter.settings.ClosuresPanel.class));
        Poll.until(() -> GuiActionRunner.execute(() -> window.comboBox("closure.facility").target().getItemCount()) > 1, "the facilities");
        GuiActionRunner.execute(() -> panel.type(java.util.Optional.of(booked.facilityId()), tomorrow.toString(), tomorrow.minusDays(1).toString(),
                "코트 바닥 보수", "Court floor repair"));
        window.button("closure.preview").click();
        Poll.until(() -> GuiActionRunner.execute(() -> window.textBox("closure.answer").text()).equals("마지막 날이 첫날보다 앞섭니다."),
                "the days refused");
        GuiActionRunner.execute(() -> panel.type(java.util.Optional.of(booked.facilityId()), tomorrow.toString(), tomorrow.toString(),
                "코트 바닥 보수", "Court floor repair"));
        window.button("closure.preview").click();
        Poll.until(() -> GuiActionRunner.execute(() -> window.table("closure.hit").target().getRowCount()) > 0, "the bookings it hits");
        int hit = GuiActionRunner.execute(() -> window.table("closure.hit").target().getRowCount());
        assertThat(fixture.site.count("SELECT COUNT(*) FROM booking WHERE cancel_reason = 'CLOSURE'")).isZero();
        window.button("closure.close").click();
        Poll.until(() -> fixture.site.count("SELECT COUNT(*) FROM booking WHERE cancel_reason = 'CLOSURE'") == hit, "closed");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM booking WHERE id = " + booked.id() + " AND status = 'CANCELLED'")).isEqualTo(1);
        Poll.until(() -> GuiActionRunner.execute(() -> window.table("closure.current").target().getRowCount()) == 1, "the closure in force");
        assertThat(fixture.kiosk.facilities().slots(booked.facilityId(), tomorrow, fixture.kiosk.clock.localNow())).isEmpty();
        window.table("closure.current").selectRows(0);
        window.button("closure.reopen").click();
        Poll.until(() -> GuiActionRunner.execute(() -> window.table("closure.current").target().getRowCount()) == 0, "reopened");
        assertThat(fixture.kiosk.facilities().slots(booked.facilityId(), tomorrow, fixture.kiosk.clock.localNow())).isNotEmpty();
    }

    @Test
    void anAdministratorRenamesAFacilityAndAFieldThatWillNotDoIsNamedFirst() {
        signIn(org.madang.core.demo.DemoSeeder.DEMO_ADMIN_LOGIN, org.madang.core.demo.DemoSeeder.DEMO_CLERK_PASSWORD);
        Poll.until(() -> showing("screen.settings"), "Settings");
        window.tabbedPane("settings.tabs").selectTab("시설");
        Poll.until(() -> GuiActionRunner.execute(() -> window.list("facility.list").target().getModel().getSize()) > 0, "the facilities");
        window.list("facility.list").selectItem(0);
        org.madang.core.facility.Facility first = (org.madang.core.facility.Facility) GuiActionRunner.execute(
                () -> (Object) window.list("facility.list").target().getModel().getElementAt(0));
        window.textBox("facility.nameKo").deleteText();
        window.textBox("facility.fee").deleteText().enterText("천원");
        window.button("facility.save").click();
        Poll.until(() -> GuiActionRunner.execute(() -> window.textBox("facility.answer").text()).startsWith("저장하지 않았습니다"), "refused");
        assertThat(GuiActionRunner.execute(() -> window.textBox("facility.answer").text())).contains("이용료(원): 정수로");
        window.textBox("facility.fee").deleteText().enterText("1000");
        window.button("facility.save").click();
        Poll.until(() -> GuiActionRunner.execute(() -> window.textBox("facility.answer").text()).contains("이름 (한국어): 채워 주세요"),
                "the empty name named");
        assertThat(fixture.site.facilities().byId(first.id()).orElseThrow().name().ko()).isEqualTo(first.name().ko());
        window.textBox("facility.nameKo").enterText("새 이름 시설");
        window.button("facility.save").click();
        Poll.until(() -> fixture.site.facilities().byId(first.id()).orElseThrow().name().ko().equals("새 이름 시설"), "saved");
        assertThat(fixture.site.facilities().byId(first.id()).orElseThrow().fee()).isEqualTo(1000);
        assertThat(fixture.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'FacilitySaved'")).isEqualTo(1);
    }

    @Test
    void anAdministratorWritesANoticeThatTheKioskShowsPinsItFirstAndHidesIt() {
        signIn(org.madang.core.demo.DemoSeeder.DEMO_ADMIN_LOGIN, org.madang.core.demo.DemoSeeder.DEMO_CLERK_PASSWORD);
        Poll.until(() -> showing("screen.settings"), "Settings");
        window.tabbedPane("settings.tabs").selectTab("알림");
        Poll.until(() -> GuiActionRunner.execute(() -> window.table("notice.table").target().getRowCount()) > 0, "the notices");
        org.madang.counter.settings.NoticesPanel panel = GuiActionRunner.execute(() -> window.robot().finder().findByName(window.target(),
                "settings.notices", org.madang.counter.settings.NoticesPanel.class));
        java.time.LocalDate today = fixture.site.clock.localNow().toLocalDate();
        GuiActionRunner.execute(() -> panel.type("", "본문", today.toString(), today.plusDays(7).toString()));
        window.button("notice.save").click();
        Poll.until(() -> GuiActionRunner.execute(() -> window.textBox("notice.answer").text()).contains("제목 (한국어): 채워 주세요"), "named");
        GuiActionRunner.execute(() -> panel.type("김장 나눔 행사", "12월 5일 마당에서 김장을 나눕니다.", today.toString(), today.plusDays(7).toString()));
        window.button("notice.save").click();
        Poll.until(() -> fixture.kiosk.notices().current().stream().anyMatch(n -> n.title().ko().equals("김장 나눔 행사")), "on the kiosk");
        long id = fixture.kiosk.notices().current().stream().filter(n -> n.title().ko().equals("김장 나눔 행사")).findFirst().orElseThrow().id();
        Poll.until(() -> GuiActionRunner.execute(() -> window.table("notice.table").target().getRowCount()) > 0
                && "김장 나눔 행사".equals(GuiActionRunner.execute(() -> window.table("notice.table").target().getValueAt(0, 0))), "listed first");
        window.table("notice.table").selectRows(0);
        window.button("notice.pin").click();
        Poll.until(() -> fixture.kiosk.notices().current().get(0).id() == id, "pinned first on the kiosk");
        window.table("notice.table").selectRows(0);
        window.button("notice.hide").click();
        Poll.until(() -> fixture.kiosk.notices().current().stream().noneMatch(n -> n.id() == id), "hidden from the kiosk");
    }

    @Test
    void callRecallNoShowThenTheNextOneAndARedirect() {
        fixture.site.execute("UPDATE queue_ticket SET status = 'DONE' WHERE status = 'WAITING'");
        String first = fixture.kiosk.queue().take(1, null).ticket().label();
        String second = fixture.kiosk.queue().take(1, null).ticket().label();
        signIn();
        Poll.until(() -> GuiActionRunner.execute(() -> window.table("queue.waiting").target().getRowCount()) == 2, "two waiting");
        assertThat(window.button("desk.noShow").isEnabled()).isFalse();

        // the menu bar names each act with its key, and does it
        assertThat(GuiActionRunner.execute(() -> window.menuItem("menu.desk.next").target().getText())).isEqualTo("다음 번호 (F5)");
        window.menuItem("menu.desk.next").click();
        Poll.until(() -> text("desk.ticket").equals(first), "the first called");
        window.button("desk.recall").click();
        Poll.until(() -> GuiActionRunner.execute(() -> window.button("desk.noShow").target().isEnabled()), "no-show after the recall");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'TicketRecalled'")).isEqualTo(1);
        window.button("desk.noShow").click();
        Poll.until(() -> text("desk.ticket").equals("응대 중인 번호 없음"), "the desk free");

        // F5 calls the next one from anywhere in the window
        workspace(CounterApp.PAYMENTS);
        window.pressAndReleaseKeys(KeyEvent.VK_F5);
        Poll.until(() -> text("desk.ticket").equals(second), "the second called by F5");

        // redirect it to welfare, any desk: it leaves this desk and keeps its place
        workspace(CounterApp.QUEUE);
        window.comboBox("queue.redirect.service").selectItem(java.util.regex.Pattern.compile("B · .*"));
        window.button("queue.redirect").click();
        Poll.until(() -> text("desk.ticket").equals("응대 중인 번호 없음"), "the desk free again");
        assertThat(text("desk.message")).contains("이관");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM queue_ticket t JOIN queue_service q ON q.id = t.serve_service_id "
                + "WHERE q.code = 'welfare' AND t.status = 'WAITING'")).isEqualTo(1);
        assertThat(fixture.site.count("SELECT COUNT(*) FROM queue_ticket WHERE status = 'NO_SHOW'")).isEqualTo(1);
    }

    @Test
    void aFeeBookingPaidAtTheCounterIsKeptByTheSweeperPastItsDeadline() {
        Booking booking = ((BookingOutcome.Booked) fixture.kioskBooks(2, 5)).booking();
        Booking unpaid = ((BookingOutcome.Booked) fixture.kioskBooks(3, 6)).booking();
        signIn();
        workspace(CounterApp.PAYMENTS);
        window.textBox("payments.filter").enterText(booking.number());
        Poll.until(() -> GuiActionRunner.execute(() -> window.table("payments.due").target().getRowCount()) == 1, "the booking's fee");
        window.table("payments.due").cell(TableCell.row(0).column(2)).click();
        window.button("payments.card").click();
        Poll.until(() -> text("payments.message").contains(booking.number()), "recorded");
        assertThat(fixture.printer.lastPrinted()).hasValueSatisfying(p -> assertThat(p.receipt().plainText()).contains(booking.number()));

        // the deadline passes: the paid booking stays, the unpaid one beside it is cancelled
        fixture.site.clock.set(booking.createdAt().plusDays(2).plusMinutes(1));
        fixture.site.sweeper().sweep();
        assertThat(fixture.site.bookingStore().byId(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(fixture.site.bookingStore().byId(unpaid.id()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(fixture.site.count("SELECT COUNT(*) FROM payment WHERE method = 'CARD' AND clerk = 'tester'")).isEqualTo(1);
    }

    @Test
    void theSearchFindsAResidentWhoseFileOpensWithTheNumberRevealedForAReason() {
        signInAsSupervisor();
        pressCtrl(KeyEvent.VK_K);
        window.textBox("search.field").enterText("김영희 1952");
        Poll.until(() -> showing("screen.residents")
                && GuiActionRunner.execute(() -> window.table("residents.hits").target().getRowCount()) == 1, "the resident found");
        window.table("residents.hits").cell(TableCell.row(0).column(0)).click();
        Poll.until(() -> text("resident.name").startsWith("김영희"), "her file");
        assertThat(text("resident.rrn")).endsWith("******");
        window.textBox("resident.revealReason").enterText("신분증 대조");
        window.button("resident.reveal").click();
        Poll.until(() -> !text("resident.rrn").contains("*"), "the full number");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'RrnRevealed' AND actor = 'clerk:lead'")).isEqualTo(1);
        window.tabbedPane("resident.tabs").selectTab(1);
        assertThat(GuiActionRunner.execute(() -> window.table("resident.bookings").target().getRowCount())).isPositive();

        // someone new: registered in place, then their file is open
        window.button("residents.new").click();
        window.textBox("register.name").enterText("한겨울");
        window.textBox("register.rrn").enterText("991224-1123456");
        window.textBox("register.address").enterText("마당군 마당읍 겨울길 3");
        window.button("register.save").click();
        Poll.until(() -> text("resident.name").startsWith("한겨울"), () -> "the new resident's file; shown: " + text("resident.name")
                + " / " + text("residents.message"));
        assertThat(fixture.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'ResidentRegistered' AND actor = 'clerk:lead'"))
                .isEqualTo(1);
    }

    @Test
    void aClerkBooksACourtAndEnrolsInACourseForAResidentWhoPhoned() {
        var services = fixture.services.behalf();
        var now = java.time.LocalDateTime.now(fixture.site.clock);
        java.util.List<org.madang.core.facility.Facility> facilities = services.facilities().all();
        int courtIndex = 0;
        while (facilities.get(courtIndex).perSeat() || facilities.get(courtIndex).popular() || facilities.get(courtIndex).fee() == 0) {
            courtIndex++;
        }
        var court = facilities.get(courtIndex);
        var days = services.bookings().calendar(court, now);
        int dayIndex = 0;
        while (!(days.get(dayIndex).phase() instanceof org.madang.core.booking.BookingCalendar.Phase.Open) || days.get(dayIndex).freeSlots() == 0) {
            dayIndex++;
        }
        var slots = services.facilities().slots(court.id(), days.get(dayIndex).day(), now);
        int slotIndex = 0;
        while (slots.get(slotIndex).isFull()) {
            slotIndex++;
        }
        signIn();
        pressCtrl(KeyEvent.VK_K);
        window.textBox("search.field").enterText(org.madang.core.demo.DemoCards.RESIDENTS.get(1).card().nationalId());
        Poll.until(() -> showing("resident.name") && text("resident.name").startsWith("이철수"), "his file, opened by his registration number");
        window.button("resident.act").click();
        Poll.until(() -> showing("behalf"), "booking for him");
        window.radioButton("behalf.phone").click();
        window.comboBox("behalf.facility").selectItem(courtIndex);
        int day = dayIndex;
        Poll.until(() -> GuiActionRunner.execute(() -> window.list("behalf.days").target().getModel().getSize()) > day, "the days");
        window.list("behalf.days").clickItem(dayIndex);
        int slot = slotIndex;
        Poll.until(() -> GuiActionRunner.execute(() -> window.list("behalf.slots").target().getModel().getSize()) > slot, "the times");
        window.list("behalf.slots").clickItem(slotIndex);
        Poll.until(() -> GuiActionRunner.execute(() -> window.button("behalf.book").target().isEnabled()), "Book");
        window.button("behalf.book").click();
        Poll.until(() -> text("behalf.message").contains("B0"), "the booking number to tell the caller");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM booking WHERE resident_id = 2 AND channel = 'PHONE' AND slot_id = "
                + slots.get(slotIndex).id())).isEqualTo(1);

        var courses = services.catalogue().recruiting(org.madang.core.course.CourseFilter.ALL, now);
        int courseIndex = 0;
        while (courses.get(courseIndex).course().lottery() || courses.get(courseIndex).course().capacity() <= courses.get(courseIndex).course().enrolled()) {
            courseIndex++;
        }
        long courseId = courses.get(courseIndex).course().id();
        window.tabbedPane("behalf.tabs").selectTab(1);
        window.list("behalf.courses").clickItem(courseIndex);
        Poll.until(() -> GuiActionRunner.execute(() -> window.button("behalf.enrol").target().isEnabled()), "Enrol");
        window.button("behalf.enrol").click();
        Poll.until(() -> fixture.site.count("SELECT COUNT(*) FROM course_enrolment WHERE resident_id = 2 AND channel = 'PHONE' AND course_id = "
                + courseId) == 1, "the phone enrolment");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CourseEnrolled' AND actor = 'clerk:tester'")).isEqualTo(1);
    }

    @Test
    void aRevokedDocumentIsRefusedWhenCheckedAtTheDesk() {
        var ready = (org.madang.core.document.DocumentIssuing.Ready) fixture.site.documents().prepare(1, 1,
                org.madang.core.document.DocumentComposer.LEARNING_HISTORY, org.madang.core.document.DocumentOptions.DEFAULTS,
                org.madang.core.booking.Channel.KIOSK);
        String number = fixture.site.documents().issue(ready, "resident:1").issue().number();
        signInAsSupervisor();
        workspace(CounterApp.DOCUMENTS);
        Poll.until(() -> GuiActionRunner.execute(() -> window.table("documents.issued").target().getRowCount()) > 0, "the issued documents");
        int row = GuiActionRunner.execute(() -> {
            javax.swing.JTable t = window.table("documents.issued").target();
            for (int r = 0; r < t.getRowCount(); r++) {
                if (org.madang.core.document.DocumentNumber.grouped(number).equals(t.getValueAt(r, 0))) {
                    return r;
                }
            }
            return -1;
        });
        window.table("documents.issued").cell(TableCell.row(row).column(1)).click();
        window.textBox("documents.reason").enterText("잘못 발급함");
        window.button("documents.revoke").click();
        Poll.until(() -> text("documents.message").contains("취소"), "revoked");
        window.textBox("documents.check").enterText(number);
        window.button("documents.verify").click();
        Poll.until(() -> !text("documents.verdict").isBlank(), "the verdict");
        assertThat(text("documents.verdict")).contains("효력이 없습니다").contains("잘못 발급함");
        assertThat(fixture.services.documents().orElseThrow().verifier().code(number).verdict())
                .isEqualTo(org.madang.core.document.Verification.Verdict.REVOKED);
    }

    @Test
    void anAdminKeepsAccountsOnlyAndANewClerkChoosesTheirOwnPasswordAtFirstSignIn() {
        signIn(org.madang.core.demo.DemoSeeder.DEMO_ADMIN_LOGIN, org.madang.core.demo.DemoSeeder.DEMO_CLERK_PASSWORD);
        Poll.until(() -> showing("screen.settings"), "the staff accounts");
        // no window work for an admin: the rail has Reports and Settings (open first), the bar no desk
        assertThat(showing("rail.queue")).isFalse();
        assertThat(showing("desk.next")).isFalse();
        Poll.until(() -> GuiActionRunner.execute(() -> window.table("clerks.table").target().getRowCount()) >= 5, "the accounts");
        window.textBox("clerks.newLogin").enterText("jung.clerk");
        window.textBox("clerks.newName").enterText("정창구");
        window.button("clerks.create").click();
        Poll.until(() -> GuiActionRunner.execute(() -> window.textBox("clerks.temporary").target().isShowing()), "the temporary password");
        String temporary = GuiActionRunner.execute(() -> window.textBox("clerks.temporary").target().getText());
        assertThat(temporary).hasSize(10);
        assertThat(text("clerks.message")).contains("정창구").contains("한 번만");

        window.button("desk.signOut").click();
        signInExpecting("jung.clerk", temporary, "login.changeTitle");
        window.textBox("login.newPassword").enterText("jung-own-pw");
        window.textBox("login.repeatPassword").enterText("jung-own-px");
        window.button("login.change").click();
        Poll.until(() -> text("login.changeProblem").contains("서로 다릅니다"), "the mismatch");
        window.textBox("login.newPassword").enterText("jung-own-pw");
        window.textBox("login.repeatPassword").enterText("jung-own-pw");
        window.button("login.change").click();
        Poll.until(() -> showing("counter.rail") && showing("desk.next"), "the clerk's window");
        assertThat(text("desk.clerk")).contains("정창구");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'ClerkAdded' AND actor = 'clerk:admin' "
                + "AND subject = 'clerk:jung.clerk'")).isEqualTo(1);
    }

    @Test
    void aClerkCannotRevealTheFullNumberAndTheLockedWindowOpensOnlyForTheirPassword() {
        signIn();
        window.textBox("search.field").enterText("김영희 1952");
        Poll.until(() -> showing("screen.residents")
                && GuiActionRunner.execute(() -> window.table("residents.hits").target().getRowCount()) == 1, "the resident found");
        window.table("residents.hits").cell(TableCell.row(0).column(0)).click();
        Poll.until(() -> text("resident.name").startsWith("김영희"), "her file");
        window.button("resident.reveal").requireDisabled();

        pressCtrl(KeyEvent.VK_L);
        Poll.until(() -> showing("screen.locked"), "the locked window");
        assertThat(showing("resident.name")).isFalse();
        window.textBox("lock.password").enterText("not-mine");
        window.button("lock.unlock").click();
        Poll.until(() -> text("lock.problem").contains("맞지 않습니다"), "the wrong password");
        window.textBox("lock.password").enterText("secret-pass");
        window.button("lock.unlock").click();
        Poll.until(() -> showing("resident.name"), "the window as it was");
        assertThat(app.isLocked()).isFalse();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCounterLeftUntouchedLocksItselfAndAnotherClerkMaySignInInstead() {
        close();
        start(new CounterFixture("counter.lockAfterSeconds=2"));
        signIn();
        Poll.until(() -> showing("screen.locked"), "the window locked after idle");
        window.button("lock.other").click();
        Poll.until(() -> showing("screen.login"), "the sign-in");
        signIn(org.madang.core.demo.DemoSeeder.DEMO_CLERK_LOGIN, org.madang.core.demo.DemoSeeder.DEMO_CLERK_PASSWORD);
        assertThat(text("desk.clerk")).contains("김민원");
    }

    @Test
    void aDocumentIsIssuedAtTheDeskForTheResidentOpenAndItsFeeWaitsInPayments() {
        signIn();
        window.textBox("search.field").enterText("김영희 1952");
        Poll.until(() -> showing("screen.residents")
                && GuiActionRunner.execute(() -> window.table("residents.hits").target().getRowCount()) == 1, "the resident found");
        window.table("residents.hits").cell(TableCell.row(0).column(0)).click();
        Poll.until(() -> text("resident.name").startsWith("김영희"), "her file");
        window.button("resident.issue").click();
        Poll.until(() -> showing("issue.type") && GuiActionRunner.execute(() -> window.comboBox("issue.type").target().getItemCount()) > 0,
                "the document types");
        int copy = GuiActionRunner.execute(() -> {
            javax.swing.JComboBox<?> box = window.comboBox("issue.type").target();
            for (int i = 0; i < box.getItemCount(); i++) {
                if (((org.madang.core.document.DocumentType) box.getItemAt(i)).code().equals("rr-copy")) {
                    return i;
                }
            }
            return -1;
        });
        window.comboBox("issue.type").selectItem(copy);
        window.button("issue.check").click();
        Poll.until(() -> text("issue.fee").contains("400"), "the counter fee");
        window.button("issue.issue").click();
        Poll.until(() -> text("issue.message").contains("수납"), "issued, the fee to take");
        assertThat(fixture.documentPrinter.lastPrinted()).isPresent();
        assertThat(fixture.site.count("SELECT COUNT(*) FROM document_issue WHERE channel = 'COUNTER' AND type_code = 'rr-copy' AND fee = 400"))
                .isEqualTo(1);
    }

    @Test
    void aClerkTicksWhoCameToAClassAndSavesTheRegister() {
        signIn();
        workspace(CounterApp.COURSES);
        window.tabbedPane("courses.tabs").selectTab(1);
        Poll.until(() -> GuiActionRunner.execute(() -> window.list("attendance.courses").target().getModel().getSize()) > 0, "the courses");
        window.list("attendance.courses").clickItem(0);
        Poll.until(() -> GuiActionRunner.execute(() -> window.table("attendance.register").target().getRowCount()) > 0, "the register");
        int absent = GuiActionRunner.execute(() -> {
            javax.swing.JTable t = window.table("attendance.register").target();
            for (int r = 0; r < t.getRowCount(); r++) {
                if (Boolean.FALSE.equals(t.getValueAt(r, 0))) {
                    return r;
                }
            }
            return -1;
        });
        assertThat(absent).as("someone missed the latest class in the demo").isNotNegative();
        window.table("attendance.register").cell(TableCell.row(absent).column(0)).click();
        window.button("attendance.save").click();
        Poll.until(() -> text("attendance.message").contains("저장"), () -> "saved; shown: " + text("attendance.message"));
        assertThat(fixture.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CourseCheckedIn' AND actor = 'clerk:tester'")).isEqualTo(1);
    }

    /**
     * Ctrl with a key, as the clerk presses it. AssertJ-Swing reads the old modifier masks
     * ({@code CTRL_MASK}); with {@code CTRL_DOWN_MASK} it presses no Ctrl at all.
     */
    @SuppressWarnings("deprecation")
    private void pressCtrl(int key) {
        window.pressAndReleaseKey(org.assertj.swing.core.KeyPressInfo.keyCode(key).modifiers(java.awt.event.InputEvent.CTRL_MASK));
    }

    private void signInExpecting(String login, String password, String shown) {
        window.textBox("login.user").deleteText().enterText(login);
        window.textBox("login.password").enterText(password);
        window.button("login.submit").click();
        Poll.until(() -> showing(shown), shown);
    }

    private int rowOf(String topic) {
        return GuiActionRunner.execute(() -> {
            javax.swing.JTable t = window.table("courses.wishes").target();
            for (int r = 0; r < t.getRowCount(); r++) {
                if (topic.equals(t.getValueAt(r, 0))) {
                    return r;
                }
            }
            return -1;
        });
    }

    @Test
    void theCoursesWorkspaceShowsPromotionsAndWishesByCountAsKiosksMakeThem() {
        signIn();
        workspace(CounterApp.COURSES);
        // a kiosk (another terminal) takes a wish and promotes a waiting resident
        fixture.kiosk.courseWishes().add(new org.madang.core.course.CourseWishes.Wish("CAREER", java.util.Optional.of(2),
                java.util.Optional.empty(), "스마트폰 사진", java.util.Optional.empty()));
        long course = fixture.site.database.jdbi().withHandle(h -> h.createUpdate("INSERT INTO course (site, code, title_ko, title_en, category, "
                        + "age_group, term, starts_on, ends_on, weekday, start_time, minutes, capacity, fee, instructor, status, residents_only, "
                        + "lottery, enrol_from, enrol_until, sessions) VALUES ('main', 'T-ONE', '요가 교실', 'Yoga', 'HEALTH', 'ADULT', 'TEST', "
                        + "DATE '2027-01-04', DATE '2027-03-08', 1, TIME '10:00:00', 120, 1, 0, '윤혜진', 'RECRUITING', FALSE, FALSE, "
                        + "TIMESTAMP '2026-11-01 09:00:00', TIMESTAMP '2027-01-03 18:00:00', 10)").executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class).one());
        var enrolments = fixture.kiosk.courses();
        var seat = (org.madang.core.course.EnrolOutcome.Enrolled) enrolments.enrol(course, fixture.kiosk.residents().byId(1).orElseThrow(),
                Channel.KIOSK, "resident:1");
        enrolments.enrol(course, fixture.kiosk.residents().byId(2).orElseThrow(), Channel.KIOSK, "resident:2");
        enrolments.cancel(seat.enrolment().id(), 1, "resident:1");

        Poll.until(() -> GuiActionRunner.execute(() -> window.table("courses.promoted").target().getRowCount()) == 1, "the promotion");
        assertThat(window.table("courses.promoted").valueAt(TableCell.row(0).column(0))).isEqualTo("이*수");
        assertThat(window.table("courses.promoted").valueAt(TableCell.row(0).column(1))).isEqualTo("요가 교실");
        // the demo's wishes are there already; the kiosk's new subject appears with its count
        Poll.until(() -> rowOf("직업능력") >= 0, "the wish");
        int row = rowOf("직업능력");
        assertThat(window.table("courses.wishes").valueAt(TableCell.row(row).column(1))).isEqualTo("1");
        window.table("courses.wishes").cell(TableCell.row(row).column(0)).click();
        Poll.until(() -> GuiActionRunner.execute(() -> window.table("courses.latest").target().getRowCount()) == 1, "the wish's words");
        assertThat(window.table("courses.latest").valueAt(TableCell.row(0).column(2))).isEqualTo("스마트폰 사진");
    }

    @Test
    void aClerkSetsALockedResidentsPinAfterFindingThemByTheirCard() {
        var pins = fixture.services.pins();
        for (int i = 0; i < org.madang.core.resident.ResidentPins.MAX_FAILURES; i++) {
            pins.check(2, "0000");
        }
        signIn();
        workspace(CounterApp.DOCUMENTS);
        window.button("pin.set").click();
        Poll.until(() -> text("pin.message").contains("먼저"), "find first");
        window.textBox("pin.rrn").enterText("12345");
        window.button("pin.find").click();
        Poll.until(() -> text("pin.message").contains("형식"), "a bad number");
        window.textBox("pin.rrn").deleteText().enterText(org.madang.core.demo.DemoCards.RESIDENTS.get(1).card().nationalId());
        window.button("pin.find").click();
        Poll.until(() -> text("pin.who").contains("이철수"), "the resident");
        assertThat(text("pin.who")).contains("잠김");
        window.textBox("pin.new").enterText("5678");
        window.textBox("pin.again").enterText("5679");
        window.button("pin.set").click();
        Poll.until(() -> text("pin.message").contains("다릅니다"), "differ");
        window.textBox("pin.new").enterText("5678");
        window.textBox("pin.again").enterText("5678");
        window.button("pin.set").click();
        Poll.until(() -> text("pin.message").contains("설정되었습니다"), "done");
        assertThat(text("pin.who")).contains("비밀번호 설정됨");
        assertThat(pins.check(2, "5678").check()).isEqualTo(org.madang.core.resident.ResidentPins.Check.RIGHT);
        assertThat(fixture.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'PinSet' AND actor = 'clerk:tester'")).isEqualTo(1);
    }
}
