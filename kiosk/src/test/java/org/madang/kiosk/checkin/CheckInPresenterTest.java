package org.madang.kiosk.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.Refusal;
import org.madang.core.booking.Booking;
import org.madang.core.course.Course;
import org.madang.core.facility.Facility;
import org.madang.kiosk.KioskFixtureAccess;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.shell.Loading;
import org.madang.ui.DirectTasks;

/** Check-in by QR, presenter and a recording view, no window: heard only while on screen; foreign and forged codes refused. */
class CheckInPresenterTest {
    private final KioskFixtureAccess fixture = KioskFixtureAccess.create();
    private final List<String> shown = new ArrayList<>();
    private List<KioskServices.SampleCode> codes = List.of();
    private boolean showing;
    private Refusal refusal;
    private final CheckInView view = new CheckInView() {
        @Override
        public void showWaiting(List<KioskServices.SampleCode> practiceCodes) {
            shown.add("waiting");
            codes = practiceCodes;
            showing = true;
        }

        @Override
        public boolean showing() {
            return showing;
        }

        @Override
        public void showCheckedIn(Booking booking, Facility facility) {
            shown.add("checkedIn " + booking.number());
        }

        @Override
        public void showAttended(Course course, int session, int attended, boolean already) {
            shown.add("attended " + course.code() + " " + session + (already ? " again" : ""));
        }

        @Override
        public void showRefusal(Refusal r) {
            shown.add("refused");
            refusal = r;
        }
    };
    private final CheckInPresenter presenter = new CheckInPresenter(view, fixture.services(),
            new Loading(new DirectTasks(), busy -> { }, () -> shown.add("failure")));

    @AfterEach
    void close() {
        presenter.dispose();
        fixture.close();
    }

    private String code(String labelKey) {
        return codes.stream().filter(c -> c.labelKey().equals(labelKey)).findFirst().orElseThrow().text();
    }

    @Test
    void aCodeIsHeardOnlyOnScreenAndOneFromElsewhereOrForgedIsRefusedPlainly() {
        fixture.scan("MDG1.B.B0000001-1.AAAAAAAAAAAAAAAA");
        assertThat(shown).isEmpty(); // not on screen: a scan is not a check-in

        presenter.start();
        assertThat(shown).containsExactly("waiting");
        assertThat(codes).extracting(KioskServices.SampleCode::labelKey).contains("kiosk.scan.foreign", "kiosk.scan.forged");

        fixture.scan(code("kiosk.scan.foreign"));
        assertThat(shown).last().isEqualTo("refused");
        String foreign = refusal.messageKey();
        fixture.scan(code("kiosk.scan.forged"));
        assertThat(shown).last().isEqualTo("refused");
        assertThat(List.of(foreign, refusal.messageKey())).allMatch(k -> k.startsWith("checkin.refused."));
        assertThat(shown).doesNotContain("failure");
    }
}
