package org.madang.kiosk.identify;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.madang.core.booking.BookingNumber;
import org.madang.core.booking.BookingStore;
import org.madang.core.course.CourseEnrolments;
import org.madang.core.booking.ResidentBooking;
import org.madang.core.receipt.Receipts;
import org.madang.kiosk.KioskServices.SampleCode;

/**
 * The codes a demo kiosk's scan simulator offers: receipts of today's bookings (to check in
 * with, or to identify by), one of tomorrow's, course receipts of classes meeting today, a code from another system and a forged one,
 * so every answer of check-in can be seen.
 */
public final class SampleCodes {
    /** How many of today's receipts are offered. */
    static final int TODAY = 4;
    /** How many course receipts of classes meeting today are offered. */
    static final int COURSES = 2;

    private SampleCodes() {
    }

    public static Supplier<List<SampleCode>> of(BookingStore bookings, CourseEnrolments courses, Receipts receipts, Clock clock) {
        return () -> {
            LocalDate today = LocalDate.now(clock);
            List<SampleCode> codes = new ArrayList<>();
            // the receipts nearest now first: the ones a resident at the kiosk would be checking in with
            java.time.LocalDateTime now = java.time.LocalDateTime.now(clock);
            bookings.startingOn(today).stream()
                    .sorted(java.util.Comparator.comparingLong(b -> Math.abs(java.time.Duration.between(now, b.booking().startsAt()).toMinutes())))
                    .limit(TODAY).forEach(b -> codes.add(receipt(b, receipts)));
            try {
                courses.seatsMeetingOn(today, COURSES).forEach(c -> codes.add(new SampleCode("kiosk.scan.course",
                        List.of(c.course().title(), c.course().startTime()), receipts.courseCode(c.enrolment().id()))));
            } catch (org.jdbi.v3.core.JdbiException countyNotAnswering) {
                // a centre's kiosk while the county does not answer: the course receipts (read from the county) are not
                // offered, the booking receipts (from the centre's cache) still are
            }
            bookings.startingOn(today.plusDays(1)).stream().limit(1).forEach(b -> codes.add(receipt(b, receipts)));
            codes.add(new SampleCode("kiosk.scan.foreign", List.of(), "https://coupon.example.com/c/88123"));
            // a well-formed booking number with a signature that was never issued: made up, or altered
            codes.add(new SampleCode("kiosk.scan.forged", List.of(), "MDG1.B." + BookingNumber.of(1) + ".AAAAAAAAAAAAAAAA"));
            return codes;
        };
    }

    private static SampleCode receipt(ResidentBooking b, Receipts receipts) {
        return new SampleCode("kiosk.scan.receipt", List.of(b.facility(), b.booking().startsAt()),
                receipts.checkInCode(b.booking()));
    }
}
