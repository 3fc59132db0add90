package org.madang.counter.behalf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.Refusal;
import org.madang.core.booking.CalendarDay;
import org.madang.core.booking.CancelQuote;
import org.madang.core.booking.Channel;
import org.madang.core.booking.Quote;
import org.madang.core.course.CourseCancelQuote;
import org.madang.core.course.CourseEnrolments;
import org.madang.core.course.CourseListing;
import org.madang.core.facility.Facility;
import org.madang.core.facility.Slot;
import org.madang.counter.CounterFixture;
import org.madang.ui.DirectTasks;
import org.madang.ui.Messages;

/** Acting for a resident without AWT: a phone booking with the clerk in the audit trail, a refusal in the kiosk's words, enrolment, cancelling. */
class BehalfPresenterTest {
    private final CounterFixture f = new CounterFixture();
    private final Recording view = new Recording();
    private final BehalfPresenter presenter = new BehalfPresenter(view, f.services, new DirectTasks(), "tester",
            () -> Messages.forLanguage("ko"));

    @AfterEach
    void close() {
        f.close();
    }

    /** The first free time of an ordinary court (one booking a time, not drawn by lottery, with a fee) on an open day with two free. */
    private Slot chooseAFreeCourtTime() {
        for (Facility court : view.facilities.stream().filter(x -> !x.perSeat() && !x.popular() && x.fee() > 0).toList()) {
            presenter.chooseFacility(court);
            Optional<CalendarDay> day = view.days.stream().filter(d -> d.choosable() && d.freeSlots() > 1
                    && d.phase() instanceof org.madang.core.booking.BookingCalendar.Phase.Open).findFirst();
            if (day.isPresent()) {
                presenter.chooseDay(day.get().day());
                Slot slot = view.slots.stream().filter(s -> !s.isFull()).findFirst().orElseThrow();
                presenter.chooseSlot(slot, 1);
                return slot;
            }
        }
        throw new AssertionError("the demo has no court with two free times on one open day");
    }

    @Test
    void aPhoneBookingIsMadeWithTheClerkInTheAuditTrailAndNoReceiptPrinted() {
        presenter.forResident(2);
        Slot slot = chooseAFreeCourtTime();
        assertThat(view.wish).isEqualTo(BehalfView.Wish.BOOK);
        assertThat(view.refusal).isEmpty();
        presenter.book(Channel.PHONE);
        assertThat(view.said).last().isEqualTo("counter.behalf.bookedPhone");
        assertThat(f.site.count("SELECT COUNT(*) FROM booking WHERE slot_id = " + slot.id() + " AND channel = 'PHONE' AND resident_id = 2"))
                .isEqualTo(1);
        assertThat(f.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'BookingCreated' AND actor = 'clerk:tester'")).isEqualTo(1);
        assertThat(f.printer.lastPrinted()).isEmpty();
        // pressing again (a double click) books nothing more
        presenter.book(Channel.PHONE);
        assertThat(f.site.count("SELECT COUNT(*) FROM booking WHERE slot_id = " + slot.id() + " AND resident_id = 2")).isEqualTo(1);
    }

    @Test
    void aResidentWithoutTheirReceiptIsCheckedInAtTheDeskByTheKiosksRules() {
        var booked = (org.madang.core.booking.BookingOutcome.Booked) f.kioskBooks(2);
        presenter.forResident(2);
        f.site.clock.set(booked.booking().startsAt().minusMinutes(5));
        if (booked.booking().fee() > 0) {
            presenter.checkIn(booked.booking().id());
            assertThat(view.refusals).last().extracting(Refusal::messageKey).isEqualTo("checkin.refused.unpaid");
            f.services.cashier().payments().record(org.madang.core.payment.ItemKind.BOOKING, booked.booking().id(),
                    org.madang.core.payment.PayMethod.CASH, "tester");
        }
        presenter.checkIn(booked.booking().id());
        assertThat(view.said).last().isEqualTo("counter.behalf.checkedIn");
        presenter.checkIn(booked.booking().id());
        assertThat(view.refusals).last().extracting(Refusal::messageKey).isEqualTo("checkin.refused.already");
        assertThat(f.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'BookingCheckedIn' AND actor = 'clerk:tester'")).isEqualTo(1);
    }

    @Test
    void aBanIsLiftedOnlyByASupervisorForAReason() {
        f.site.execute("INSERT INTO booking_ban (resident_id, starts_at, ends_at) VALUES (2, TIMESTAMP '2026-11-20 00:00:00', "
                + "TIMESTAMP '2026-12-20 00:00:00')");
        presenter.forResident(2);
        presenter.changeBan("", "착오로 부과됨");
        assertThat(view.refusals).last().extracting(Refusal::messageKey).isEqualTo("clerk.refused.lift_ban");
        BehalfPresenter lead = new BehalfPresenter(view, f.services, new DirectTasks(), org.madang.core.demo.DemoSeeder.DEMO_SUPERVISOR_LOGIN,
                () -> Messages.forLanguage("ko"));
        lead.forResident(2);
        lead.changeBan("12월 1일", "착오로 부과됨");
        assertThat(view.refusals).last().extracting(Refusal::messageKey).isEqualTo("counter.ban.badDay");
        lead.changeBan("2026-12-01", "");
        assertThat(view.refusals).last().extracting(Refusal::messageKey).isEqualTo("ban.refused.reasonNeeded");
        lead.changeBan("2026-12-01", "착오로 부과됨");
        assertThat(view.said).last().isEqualTo("counter.ban.changed");
        assertThat(f.site.count("SELECT COUNT(*) FROM booking_ban WHERE resident_id = 2 AND ends_at = TIMESTAMP '2026-12-01 00:00:00'"))
                .isEqualTo(1);
    }

    @Test
    void whenAKioskTakesTheLastSeatWhileTheClerkIsOnThePhoneTheClerkReadsJustTaken() {
        presenter.forResident(2);
        Slot slot = chooseAFreeCourtTime();
        // a resident at a kiosk books the very same time first
        var kiosk = f.kiosk.bookings().book(new org.madang.core.booking.BookingRequest(slot.id(), 3, 1, Channel.KIOSK));
        assertThat(kiosk).isInstanceOf(org.madang.core.booking.BookingOutcome.Booked.class);
        presenter.book(Channel.PHONE);
        assertThat(view.refusals).last().extracting(Refusal::messageKey).isEqualTo("booking.refused.justTaken");
        assertThat(f.site.count("SELECT COUNT(*) FROM booking WHERE slot_id = " + slot.id() + " AND status <> 'CANCELLED'")).isEqualTo(1);
    }

    @Test
    void aWalkInBookingPrintsItsReceiptAndTheSameDayRuleRefusesInTheKiosksWords() {
        presenter.forResident(2);
        Slot first = chooseAFreeCourtTime();
        presenter.book(Channel.COUNTER);
        assertThat(f.printer.lastPrinted()).isPresent();
        Slot second = view.slots.stream().filter(s -> !s.isFull() && s.id() != first.id()).findFirst().orElseThrow();
        presenter.chooseSlot(second, 1);
        assertThat(view.refusal).hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("booking.refused.sameDay"));
    }

    @Test
    void aBookingIsCancelledWithTheRefundShownFirst() {
        presenter.forResident(2);
        chooseAFreeCourtTime();
        presenter.book(Channel.COUNTER);
        long booking = f.site.database.jdbi().withHandle(h -> h.createQuery("SELECT MAX(id) FROM booking WHERE resident_id = 2")
                .mapTo(Long.class).one());
        presenter.quoteCancel(booking);
        assertThat(view.cancelQuote.booking().id()).isEqualTo(booking);
        presenter.cancel(booking);
        assertThat(view.said).last().isEqualTo("counter.behalf.cancelled");
        assertThat(f.site.count("SELECT COUNT(*) FROM booking WHERE id = " + booking + " AND status = 'CANCELLED'")).isEqualTo(1);
    }

    @Test
    void aCallerIsEnrolledInACourseAndThePlaceCancelledWithTheSection23Refund() {
        presenter.forResident(3);
        CourseListing course = view.courses.stream().filter(c -> c.course().capacity() > c.course().enrolled() && !c.course().lottery()
                && !c.course().residentsOnly()).findFirst().orElseThrow();
        presenter.chooseCourse(course);
        assertThat(view.courseFee).as("the fee, after %s", view.said).isNotNull();
        presenter.enrol(course.course().id(), Channel.PHONE);
        assertThat(view.said).as("refused: %s", view.refusals).last().isEqualTo("counter.behalf.enrolled");
        long enrolment = f.site.database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM course_enrolment WHERE resident_id = 3 "
                + "AND course_id = :c AND channel = 'PHONE'").bind("c", course.course().id()).mapTo(Long.class).one());
        assertThat(f.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CourseEnrolled' AND actor = 'clerk:tester'")).isEqualTo(1);
        presenter.quoteCourseCancel(enrolment);
        assertThat(view.courseCancelQuote.enrolment().id()).isEqualTo(enrolment);
        presenter.cancelCourse(enrolment);
        assertThat(view.said).last().isEqualTo("counter.behalf.courseCancelled");
    }

    private static final class Recording implements BehalfView {
        List<Facility> facilities = List.of();
        List<CalendarDay> days = List.of();
        List<Slot> slots = List.of();
        List<CourseListing> courses = List.of();
        Wish wish;
        Optional<Refusal> refusal = Optional.empty();
        CourseEnrolments.CourseFee courseFee;
        CancelQuote cancelQuote;
        CourseCancelQuote courseCancelQuote;
        final List<String> said = new ArrayList<>();
        final List<Refusal> refusals = new ArrayList<>();

        @Override
        public void showFacilities(List<Facility> list) {
            facilities = list;
        }

        @Override
        public void showDays(Facility facility, List<CalendarDay> list) {
            days = list;
        }

        @Override
        public void showSlots(List<Slot> list) {
            slots = list;
        }

        @Override
        public void showQuote(Slot slot, int party, Quote quote, Wish what, Optional<Refusal> refused) {
            wish = what;
            refusal = refused;
        }

        @Override
        public void showCourses(List<CourseListing> list) {
            courses = list;
        }

        @Override
        public void showCourseQuote(CourseListing course, CourseEnrolments.CourseFee fee) {
            courseFee = fee;
        }

        @Override
        public void showCancelQuote(CancelQuote quote) {
            cancelQuote = quote;
        }

        @Override
        public void showCourseCancelQuote(CourseCancelQuote quote) {
            courseCancelQuote = quote;
        }

        @Override
        public void showDone(String messageKey, Object... args) {
            said.add(messageKey);
        }

        @Override
        public void showRefusal(Refusal r) {
            refusals.add(r);
        }

        @Override
        public void showFailure() {
            said.add("failure");
        }
    }
}
