package org.madang.counter.behalf;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.madang.core.Refusal;
import org.madang.core.booking.BookingCalendar;
import org.madang.core.booking.BookingOutcome;
import org.madang.core.booking.BookingRequest;
import org.madang.core.booking.CancelOutcome;
import org.madang.core.booking.Channel;
import org.madang.core.booking.LotteryOutcome;
import org.madang.core.booking.Quote;
import org.madang.core.booking.WaitlistOutcome;
import org.madang.core.course.CourseFilter;
import org.madang.core.course.CourseListing;
import org.madang.core.course.EnrolOutcome;
import org.madang.core.facility.Facility;
import org.madang.core.facility.Slot;
import org.madang.core.receipt.Labels;
import org.madang.core.resident.Resident;
import org.madang.counter.CounterServices;
import org.madang.hardware.receipt.Receipt;
import org.madang.ui.Tasks;

/**
 * The counter acting for one resident, at the desk (channel COUNTER) or on the phone (PHONE):
 * booking a facility on the same calendar and rules as the kiosk (a full time offers the waiting
 * list, a popular day in its entry week the lottery), enrolling in a course, and cancelling
 * either with the refund shown first. Every act goes through the kiosk's services with the
 * clerk in the audit trail; a refusal reads as it does at the kiosk. A walk-in's receipt prints
 * at the desk; a caller is told the number.
 */
public final class BehalfPresenter {
    private final BehalfView view;
    private final CounterServices services;
    private final Tasks tasks;
    private final String clerk;
    private final Supplier<? extends Labels> labels;
    private Resident resident;
    private Facility facility;
    private Slot slot;
    private int party = 1;
    private BehalfView.Wish wish = BehalfView.Wish.BOOK;
    /** One id per chosen time: pressing Book twice books once. */
    private String requestId;
    private boolean acting;

    public BehalfPresenter(BehalfView view, CounterServices services, Tasks tasks, String clerk, Supplier<? extends Labels> labels) {
        this.view = view;
        this.services = services;
        this.tasks = tasks;
        this.clerk = clerk;
        this.labels = labels;
    }

    private String actor() {
        return "clerk:" + clerk;
    }

    private Clock clock() {
        return services.clock();
    }

    /** Starts acting for a resident: the facilities and the courses recruiting now. */
    public void forResident(long residentId) {
        facility = null;
        slot = null;
        LocalDateTime now = LocalDateTime.now(clock());
        tasks.run(() -> new Start(services.residents().byId(residentId).orElseThrow(), services.behalf().facilities().all(),
                services.behalf().catalogue().recruiting(CourseFilter.ALL, now)), s -> {
                    resident = s.resident();
                    view.showFacilities(s.facilities());
                    view.showCourses(s.courses());
                }, e -> view.showFailure());
    }

    public void chooseFacility(Facility chosen) {
        facility = chosen;
        slot = null;
        LocalDateTime now = LocalDateTime.now(clock());
        tasks.run(() -> services.behalf().bookings().calendar(chosen, now), days -> view.showDays(chosen, days), e -> view.showFailure());
    }

    public void chooseDay(LocalDate day) {
        Facility f = facility;
        LocalDateTime now = LocalDateTime.now(clock());
        tasks.run(() -> services.behalf().facilities().slots(f.id(), day, now), view::showSlots, e -> view.showFailure());
    }

    /** A time, for a party of {@code people}: what it would be and cost, and any rule that refuses it already. */
    public void chooseSlot(Slot chosen, int people) {
        slot = chosen;
        party = Math.max(1, people);
        requestId = UUID.randomUUID().toString();
        BookingCalendar calendar = services.behalf().bookings().rules().calendar();
        boolean lottery = calendar.phase(chosen.startsAt().toLocalDate(), facility.popular(), LocalDateTime.now(clock()))
                instanceof BookingCalendar.Phase.LotteryEntry;
        wish = lottery ? BehalfView.Wish.LOTTERY : chosen.isFull() ? BehalfView.Wish.WAIT : BehalfView.Wish.BOOK;
        Resident who = resident;
        Facility f = facility;
        BehalfView.Wish w = wish;
        int p = party;
        tasks.run(() -> new Checked(services.behalf().bookings().quote(f, who, p, chosen),
                        w == BehalfView.Wish.BOOK ? services.behalf().bookings().check(chosen.id(), who.id(), p) : Optional.empty()),
                c -> view.showQuote(chosen, p, c.quote(), w, c.refusal()), e -> view.showFailure());
    }

    /** Books the chosen time (or joins its waiting list, or enters its lottery) for the resident. */
    public void book(Channel channel) {
        if (slot == null || acting) {
            return;
        }
        acting = true;
        Resident who = resident;
        Facility f = facility;
        Slot s = slot;
        int p = party;
        BehalfView.Wish w = wish;
        String request = requestId;
        Labels words = labels.get();
        tasks.run(() -> switch (w) {
            case BOOK -> {
                BookingOutcome outcome = services.behalf().bookings().book(new BookingRequest(s.id(), who.id(), p, channel, request, actor()));
                if (outcome instanceof BookingOutcome.Booked booked && channel == Channel.COUNTER) {
                    Receipt receipt = services.cashier().receipts().booking(booked.booking(), f, org.madang.core.receipt.ReceiptWords.in(words));
                    services.cashier().printer().print(receipt);
                }
                yield outcome;
            }
            case WAIT -> services.behalf().waitlist().join(s.id(), who.id(), p, actor());
            case LOTTERY -> services.behalf().lottery().enter(s.id(), who.id(), p, actor());
        }, outcome -> {
            acting = false;
            if (outcome instanceof BookingOutcome.Booked b) {
                view.showDone(channel == Channel.PHONE ? "counter.behalf.bookedPhone" : "counter.behalf.booked", b.booking().number(),
                        b.booking().fee());
            } else if (outcome instanceof BookingOutcome.Refused r) {
                view.showRefusal(r.refusal());
            } else if (outcome instanceof WaitlistOutcome.Joined j) {
                view.showDone("counter.behalf.waiting", j.position());
            } else if (outcome instanceof WaitlistOutcome.Refused r) {
                view.showRefusal(r.refusal());
            } else if (outcome instanceof LotteryOutcome.Entered en) {
                view.showDone("counter.behalf.entered", en.drawAt(), en.entries());
            } else if (outcome instanceof LotteryOutcome.Refused r) {
                view.showRefusal(r.refusal());
            }
            chooseDay(s.startsAt().toLocalDate());
        }, e -> {
            acting = false;
            view.showFailure();
        });
    }

    /** What cancelling one of the resident's bookings gives back, shown before confirming. */
    public void quoteCancel(long bookingId) {
        tasks.run(() -> services.behalf().cancellations().quote(bookingId), q -> q.ifPresentOrElse(view::showCancelQuote,
                () -> view.showRefusal(Refusal.of("counter.behalf.notTheirs"))), e -> view.showFailure());
    }

    /** Cancels one of the resident's bookings, with the refund of the schedule. */
    public void cancel(long bookingId) {
        long who = resident.id();
        tasks.run(() -> services.behalf().cancellations().cancel(bookingId, who, actor()), outcome -> {
            if (outcome instanceof CancelOutcome.Cancelled c) {
                view.showDone("counter.behalf.cancelled", c.refund());
            } else if (outcome instanceof CancelOutcome.Refused r) {
                view.showRefusal(r.refusal());
            }
        }, e -> view.showFailure());
    }

    /** Checks the resident in for one of their bookings at the desk: the kiosk's rules, the clerk in the event. */
    public void checkIn(long bookingId) {
        tasks.run(() -> services.behalf().checkIns().checkInAtDesk(bookingId, clerk), outcome -> {
            if (outcome instanceof org.madang.core.booking.CheckInOutcome.CheckedIn in) {
                view.showDone("counter.behalf.checkedIn", in.facility().name(), in.booking().checkedInAt().toLocalTime());
            } else if (outcome instanceof org.madang.core.booking.CheckInOutcome.Refused r) {
                view.showRefusal(r.refusal());
            }
        }, org.madang.counter.shell.Failures.shown(view::showRefusal, view::showFailure));
    }

    /**
     * Lifts (no day typed) or shortens the resident's booking ban, for a reason; a supervisor's act.
     *
     * @param lastDayTyped the new end as {@code 2026-12-24}, or blank to lift it now
     */
    public void changeBan(String lastDayTyped, String reason) {
        if (resident == null) {
            return;
        }
        java.time.LocalDate end = null;
        String typed = lastDayTyped == null ? "" : lastDayTyped.strip();
        if (!typed.isEmpty()) {
            try {
                end = java.time.LocalDate.parse(typed);
            } catch (java.time.format.DateTimeParseException e) {
                view.showRefusal(Refusal.of("counter.ban.badDay"));
                return;
            }
        }
        long who = resident.id();
        java.time.LocalDate newEnd = end;
        tasks.run(() -> services.behalf().bans().change(who, newEnd, reason, clerk), refused -> {
            if (refused.isPresent()) {
                view.showRefusal(refused.get());
            } else {
                view.showDone("counter.ban.changed");
            }
        }, org.madang.counter.shell.Failures.shown(view::showRefusal, view::showFailure));
    }

    /** A course: the fee this resident would pay. */
    public void chooseCourse(CourseListing course) {
        Resident who = resident;
        tasks.run(() -> services.courses().fee(course.course(), who), fee -> view.showCourseQuote(course, fee), e -> view.showFailure());
    }

    /** Enrols the resident (a seat, a waiting number or a lottery entry, as the course takes them). */
    public void enrol(long courseId, Channel channel) {
        if (acting) {
            return;
        }
        acting = true;
        Resident who = resident;
        tasks.run(() -> services.courses().enrol(courseId, who, channel, actor()), outcome -> {
            acting = false;
            if (outcome instanceof EnrolOutcome.Enrolled en) {
                view.showDone("counter.behalf.enrolled", en.course().title());
            } else if (outcome instanceof EnrolOutcome.Waitlisted w) {
                view.showDone("counter.behalf.courseWaiting", w.course().title(), w.enrolment().waitlistNo().orElse(0));
            } else if (outcome instanceof EnrolOutcome.Entered en) {
                view.showDone("counter.behalf.courseEntered", en.course().title());
            } else if (outcome instanceof EnrolOutcome.Refused r) {
                view.showRefusal(r.refusal());
            }
        }, e -> {
            acting = false;
            view.showFailure();
        });
    }

    /** What cancelling a course place gives back (§23), shown before confirming. */
    public void quoteCourseCancel(long enrolmentId) {
        long who = resident.id();
        tasks.run(() -> services.courses().quote(enrolmentId, who), q -> q.ifPresentOrElse(view::showCourseCancelQuote,
                () -> view.showRefusal(Refusal.of("counter.behalf.notTheirs"))), e -> view.showFailure());
    }

    public void cancelCourse(long enrolmentId) {
        long who = resident.id();
        tasks.run(() -> services.courses().cancel(enrolmentId, who, actor()), outcome -> {
            if (outcome instanceof org.madang.core.course.CourseEnrolments.CancelOutcome.Cancelled c) {
                view.showDone("counter.behalf.courseCancelled", c.quote().refund());
            } else if (outcome instanceof org.madang.core.course.CourseEnrolments.CancelOutcome.Refused r) {
                view.showRefusal(r.refusal());
            }
        }, e -> view.showFailure());
    }

    private record Start(Resident resident, List<Facility> facilities, List<CourseListing> courses) {
    }

    private record Checked(Quote quote, Optional<Refusal> refusal) {
    }
}
