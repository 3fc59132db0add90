package org.madang.counter.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.care.NeedSource;
import org.madang.core.care.WelfareRequests;
import org.madang.core.demo.DemoSeeder;
import org.madang.counter.CounterApp;
import org.madang.counter.CounterFixture;
import org.madang.counter.CounterWindow;
import org.madang.hardware.testing.Poll;

/**
 * The Cases workspace in a real window, worked by clicks and keys as an officer works it: a
 * request made at the kiosk arrives on their list, a home visit is recorded, a referral is
 * answered, an overdue follow-up shows.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CasesRobotTest {
    /** Columns of an officer's list (which has no officer column). */
    private static final int OVERDUE = 6;
    private static final int FRESH = 7;
    private CounterWindow counter;
    private CounterFixture fixture;
    private FrameFixture window;

    @BeforeAll
    static void guardTheEdt() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        counter = CounterWindow.open().signIn(DemoSeeder.DEMO_OFFICER_LOGIN, DemoSeeder.DEMO_CLERK_PASSWORD);
        fixture = counter.fixture;
        window = counter.window;
        window.toggleButton("rail." + CounterApp.CASES).click();
        Poll.until(() -> showing("screen.cases") && rows().length > 0, "the officer's residents");
    }

    @AfterEach
    void close() {
        counter.close();
    }

    private boolean showing(String name) {
        return counter.showing(name);
    }

    private String text(String label) {
        return GuiActionRunner.execute(() -> {
            javax.swing.JLabel l = window.robot().finder().findByName(window.target(), label, javax.swing.JLabel.class, false);
            return l.isShowing() ? l.getText() : "";
        });
    }

    private String[][] rows() {
        return window.table("cases.table").contents();
    }

    /** The list's row of this resident (in the view's order), -1 when not listed. */
    private int rowOf(String name) {
        String[][] rows = rows();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i][0].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void openCase(String name) {
        window.table("cases.table").cell(TableCell.row(rowOf(name)).column(0)).click();
        Poll.until(() -> text("case.header").startsWith(name), "the case of " + name);
    }

    private void tab(String title) {
        window.tabbedPane("case.tabs").selectTab(title);
    }

    @Test
    void aKioskRequestArrivesOnTheOfficersListAndAHomeVisitIsRecorded() {
        assertThat(text("cases.load")).startsWith("담당 ");
        int row = rowOf("김영희");
        assertThat(row).isNotNegative();
        assertThat(rows()[row][FRESH]).isEmpty();
        WelfareRequests kiosk = fixture.kiosk.welfareRequests();
        assertThat(kiosk.request(1, "CARE", Optional.of(kiosk.windows().get(0)), NeedSource.KIOSK, "resident:1"))
                .isInstanceOf(WelfareRequests.Outcome.Received.class);
        Poll.until(() -> rowOf("김영희") >= 0 && "1".equals(rows()[rowOf("김영희")][FRESH]), "the kiosk request on the officer's list");

        openCase("김영희");
        tab("요청·필요");
        Poll.until(() -> Arrays.stream(window.table("case.needs").contents()).anyMatch(r -> r[1].startsWith("돌봄") && r[2].equals("키오스크")),
                "the request among the case's needs");
        tab("상담·방문");
        JTableFixture talks = window.table("case.consultations");
        int before = talks.rowCount();
        window.textBox("case.consult.when").deleteText().enterText("2026-11-21 09:00");
        window.comboBox("case.consult.channel").selectItem(2);
        window.textBox("case.consult.minutes").enterText("-10");
        window.textBox("case.consult.asked").enterText("혼자 식사하기 어렵다고 하심");
        window.textBox("case.consult.done").enterText("도시락 배달 신청 도와드림");
        window.button("case.consult.save").click();
        Poll.until(() -> text("case.message").startsWith("방문 시간"), "the field that will not do");
        assertThat(talks.rowCount()).isEqualTo(before);
        window.textBox("case.consult.minutes").deleteText().enterText("50");
        window.button("case.consult.save").click();
        Poll.until(() -> text("case.message").equals("상담을 기록했습니다."), "the consultation saved");
        Poll.until(() -> talks.rowCount() == before + 1, "the consultation listed");
        assertThat(talks.contents()[0]).contains("가정 방문", "50분", "혼자 식사하기 어렵다고 하심");
        Poll.until(() -> text("cases.load").contains("방문"), "the visit hours");
    }

    @Test
    void aReferralIsMadeAndItsAnswerRecorded() {
        openCase("김영희");
        tab("외부 의뢰");
        JTableFixture referrals = window.table("case.referrals");
        int before = referrals.rowCount();
        window.textBox("case.refer.agency").enterText("마당군 치매안심센터");
        window.textBox("case.refer.reason").enterText("기억력 저하 호소, 조기검진 필요");
        window.button("case.refer.save").click();
        Poll.until(() -> referrals.rowCount() == before + 1, "the referral listed");
        int row = -1;
        String[][] contents = referrals.contents();
        for (int i = 0; i < contents.length; i++) {
            if (contents[i][1].equals("마당군 치매안심센터")) {
                row = i;
            }
        }
        assertThat(contents[row][3]).isEqualTo("회신 기다리는 중");
        referrals.cell(TableCell.row(row).column(1)).click();
        window.comboBox("case.answer.answer").selectItem("수락");
        window.textBox("case.answer.note").enterText("12월 3일 검진 예약");
        window.button("case.answer.save").click();
        Poll.until(() -> text("case.message").equals("회신을 기록했습니다."), "the answer saved");
        Poll.until(() -> Arrays.stream(referrals.contents()).anyMatch(r -> r[1].equals("마당군 치매안심센터") && r[3].startsWith("수락")
                && r[4].equals("12월 3일 검진 예약")), "the answer listed");
    }

    @Test
    void anOverdueFollowUpShowsOnTheListAndInTheCase() {
        window.checkBox("cases.overdueOnly").click();
        Poll.until(() -> rows().length > 0 && Arrays.stream(rows()).allMatch(r -> !r[OVERDUE].isEmpty()), "only residents with overdue follow-ups");
        String name = rows()[0][0];
        openCase(name);
        tab("할 일");
        assertThat(Arrays.stream(window.table("case.followUps").contents()).anyMatch(r -> r[4].equals("기한 지남"))).isTrue();
        assertThat(text("case.standing")).doesNotContain("기한 지난 할 일 0");
    }
}
