package org.madang.kiosk.checkin;

import org.madang.core.booking.CheckInOutcome;
import org.madang.core.course.CourseAttendance;
import org.madang.hardware.qr.QrListener;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.shell.Loading;

/**
 * Check-in by a receipt's QR code: a booking's is checked by {@link org.madang.core.booking.CheckIns},
 * a course place's counts the day's class ({@link CourseAttendance}). Every code scanned while the screen shows is checked; the answer stays on screen until the next
 * scan, so a family can check in one receipt after another.
 */
public final class CheckInPresenter implements QrListener {
    private final CheckInView view;
    private final KioskServices services;
    private final Loading loading;

    public CheckInPresenter(CheckInView view, KioskServices services, Loading loading) {
        this.view = view;
        this.services = services;
        this.loading = loading;
        services.devices().qrScanner().addListener(this);
    }

    public void start() {
        loading.run(() -> services.devices().sampleCodes(), view::showWaiting);
    }

    @Override
    public void scanned(String text) {
        loading.tasks().onUiThread(() -> {
            if (view.showing()) {
                checkIn(text);
            }
        });
    }

    private void checkIn(String text) {
        if (CourseAttendance.recognises(text)) {
            loading.run(() -> services.courses().attendance().checkIn(text), outcome -> {
                if (outcome instanceof CourseAttendance.Outcome.CheckedIn in) {
                    view.showAttended(in.course(), in.session(), in.attended(), in.already());
                } else if (outcome instanceof CourseAttendance.Outcome.Refused refused) {
                    view.showRefusal(refused.refusal());
                }
            });
            return;
        }
        loading.run(() -> services.checkIns().checkIn(text), outcome -> {
            if (outcome instanceof CheckInOutcome.CheckedIn in) {
                view.showCheckedIn(in.booking(), in.facility());
            } else if (outcome instanceof CheckInOutcome.Refused refused) {
                view.showRefusal(refused.refusal());
            }
        });
    }

    /** Stops listening to the scanner; not used again. */
    public void dispose() {
        services.devices().qrScanner().removeListener(this);
    }
}
