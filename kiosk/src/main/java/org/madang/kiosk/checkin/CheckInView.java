package org.madang.kiosk.checkin;

import java.util.List;
import org.madang.core.Refusal;
import org.madang.core.course.Course;
import org.madang.core.booking.Booking;
import org.madang.core.facility.Facility;
import org.madang.kiosk.KioskServices;

/** The check-in screen as its presenter sees it. */
public interface CheckInView {

    /** "Hold your receipt's QR code under the scanner"; {@code practiceCodes} are what a demo kiosk's on-screen scanner offers. */
    void showWaiting(List<KioskServices.SampleCode> practiceCodes);

    /** Whether the check-in screen is on screen now: a code scanned elsewhere is not a check-in. */
    boolean showing();

    void showCheckedIn(Booking booking, Facility facility);

    /** A course class checked in: which class of how many, and how many attended ({@code already}: it had been counted before). */
    void showAttended(Course course, int session, int attended, boolean already);

    void showRefusal(Refusal refusal);
}
