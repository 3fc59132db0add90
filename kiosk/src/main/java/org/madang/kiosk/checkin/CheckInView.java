package org.madang.kiosk.checkin;

import org.madang.core.Refusal;
import org.madang.core.booking.Booking;
import org.madang.core.facility.Facility;

/** The check-in screen as its presenter sees it. */
public interface CheckInView {

    /** "Hold your receipt's QR code under the scanner." */
    void showWaiting();

    /** Whether the check-in screen is on screen now: a code scanned elsewhere is not a check-in. */
    boolean showing();

    void showCheckedIn(Booking booking, Facility facility);

    void showRefusal(Refusal refusal);

    void showFailure();

    void setBusy(boolean busy);
}
