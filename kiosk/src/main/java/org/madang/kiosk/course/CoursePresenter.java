package org.madang.kiosk.course;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.madang.core.Refusal;
import org.madang.core.booking.Channel;
import org.madang.core.course.CourseEnrolments;
import org.madang.core.course.CourseFilter;
import org.madang.core.course.CourseListing;
import org.madang.core.course.CourseWishes;
import org.madang.core.course.EnrolOutcome;
import org.madang.core.receipt.Labels;
import org.madang.core.resident.Resident;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.identify.Identification;
import org.madang.kiosk.shell.Loading;
import org.madang.kiosk.shell.Visit;

/**
 * Lifelong-learning courses at the kiosk: the recruiting courses (narrowed by category, age
 * group, weekday, time of day, open seats), a course's page with its instructor, enrolment
 * after identification (a seat, a numbered waiting place or a lottery entry, with a receipt),
 * and "My courses" with cancelling after the §23 refund is shown.
 */
public final class CoursePresenter {
    private final CourseView view;
    private final KioskServices services;
    private final KioskServices.Courses courses;
    private final Loading loading;
    private final Supplier<? extends Labels> labels;
    private final Visit visit;
    private final Identification identification;
    private CourseFilter filter = CourseFilter.ALL;
    private CourseListing chosen;
    /** Where identification leads. */
    private enum Next { CONFIRM, MINE, HISTORY }

    private Next next = Next.CONFIRM;
    private boolean asked;
    private WishDraft wish = WishDraft.EMPTY;

    public CoursePresenter(CourseView view, KioskServices services, Loading loading, Supplier<? extends Labels> labels, Visit visit) {
        this.view = view;
        this.services = services;
        this.courses = services.courses();
        this.loading = loading;
        this.labels = labels;
        this.visit = visit;
        this.identification = new Identification(services, loading, visit, view::askingForCard, this::identified,
                view::showCardProblem);
    }

    /** From the home screen: every recruiting course. */
    public void start() {
        filter = CourseFilter.ALL;
        chosen = null;
        list();
    }

    private void list() {
        CourseFilter f = filter;
        LocalDateTime now = LocalDateTime.now(services.clock());
        loading.run(() -> courses.catalogue().recruiting(f, now), found -> view.showCatalogue(found, f));
    }

    public void openFilter() {
        view.showFilter(filter);
    }

    /** A narrower (or wider) list; the filter screen stays to change more. */
    public void narrow(CourseFilter changed) {
        filter = changed;
        view.showFilter(filter);
    }

    /** Words to find in titles, summaries and teachers' names, kept as they are typed (no screen change). */
    public void filterWords(String words) {
        filter = filter.withWords(words);
    }

    /** Back to the list with the filter as it is. */
    public void applyFilter() {
        list();
    }

    /** Every course again. */
    public void clearFilter() {
        filter = CourseFilter.ALL;
        list();
    }

    /** A course's page, with the fee this resident would pay when they are known. */
    public void chooseCourse(CourseListing course) {
        chosen = course;
        Optional<Resident> who = visit.resident();
        loading.run(() -> new Page(courses.catalogue().byId(course.course().id()).orElse(course),
                courses.catalogue().instructor(course.course()), who.map(r -> courses.enrolments().fee(course.course(), r))),
                p -> {
                    chosen = p.listing();
                    view.showCourse(p.listing(), p.instructor(), p.fee());
                });
    }

    private record Page(CourseListing listing, org.madang.core.course.Instructor instructor, Optional<CourseEnrolments.CourseFee> fee) {
    }

    /** "Enrol": who the resident is (once a visit), then the confirm step. */
    public void enrol() {
        next = Next.CONFIRM;
        identifyThen();
    }

    /** "My courses": who the resident is, then their places. */
    public void mine() {
        next = Next.MINE;
        identifyThen();
    }

    /** The learning history: who the resident is, then every course they took. */
    public void history() {
        next = Next.HISTORY;
        identifyThen();
    }

    private void identifyThen() {
        if (visit.resident().isPresent()) {
            next();
            return;
        }
        loading.run(() -> services.devices().sampleCodes(), view::askForCard);
    }

    private void identified(Identification.Known who) {
        if (who.news().isEmpty()) {
            next();
        } else {
            view.showNews(who.news());
        }
    }

    /** The news was read: marked so, then on. */
    public void newsRead() {
        identification.newsRead(this::next);
    }

    private void next() {
        if (next == Next.MINE) {
            showMine(null);
        } else if (next == Next.HISTORY) {
            Resident who = visit.resident().orElseThrow();
            loading.run(() -> courses.history().of(who.id()), taken -> view.showHistory(who, taken));
        } else {
            confirmStep(Optional.empty());
        }
    }

    private void confirmStep(Optional<Refusal> refused) {
        Resident who = visit.resident().orElseThrow();
        CourseListing course = chosen;
        asked = false;
        loading.run(() -> courses.enrolments().fee(course.course(), who), fee -> view.showConfirm(course, who, fee, refused));
    }

    /** Asks for the place; a second press while it runs asks nothing more. */
    public void confirm() {
        if (asked) {
            return;
        }
        asked = true;
        Resident who = visit.resident().orElseThrow();
        CourseListing course = chosen;
        long courseId = course.course().id();
        Labels words = labels.get();
        loading.run(() -> {
            EnrolOutcome outcome = courses.enrolments().enrol(courseId, who, Channel.KIOSK, "resident:" + who.id());
            if (outcome instanceof EnrolOutcome.Refused) {
                return new Asked(outcome, null, null, courses.enrolments().fee(course.course(), who));
            }
            Receipt receipt = receiptOf(outcome, words);
            return new Asked(outcome, receipt, services.devices().printer().print(receipt), null);
        }, a -> {
            if (a.outcome() instanceof EnrolOutcome.Refused r) {
                asked = false;
                view.showConfirm(course, who, a.fee(), Optional.of(r.refusal()));
            } else {
                view.showEnrolled(a.outcome(), a.receipt(), a.printed());
            }
        });
    }

    private Receipt receiptOf(EnrolOutcome outcome, Labels words) {
        if (outcome instanceof EnrolOutcome.Enrolled e) {
            return org.madang.kiosk.shell.ReceiptLanguages.compose(words, services.devices().printer(),
                    r -> services.receipts().course(e.enrolment(), e.course(), r));
        }
        if (outcome instanceof EnrolOutcome.Waitlisted w) {
            return org.madang.kiosk.shell.ReceiptLanguages.compose(words, services.devices().printer(),
                    r -> services.receipts().course(w.enrolment(), w.course(), r));
        }
        EnrolOutcome.Entered n = (EnrolOutcome.Entered) outcome;
        return org.madang.kiosk.shell.ReceiptLanguages.compose(words, services.devices().printer(),
                r -> services.receipts().course(n.enrolment(), n.course(), r));
    }

    /** @param fee the fee shown again with a refusal (only then) */
    private record Asked(EnrolOutcome outcome, Receipt receipt, PrintResult printed, CourseEnrolments.CourseFee fee) {
    }

    private void showMine(String noteKey) {
        Resident who = visit.resident().orElseThrow();
        loading.run(() -> courses.enrolments().active(who.id()), places -> view.showMine(who, places, noteKey));
    }

    /** What cancelling would give back now; nothing is cancelled yet. */
    public void askCancel(CourseEnrolments.ResidentEnrolment place) {
        long me = visit.resident().orElseThrow().id();
        loading.run(() -> courses.enrolments().quote(place.enrolment().id(), me), quote -> {
            if (quote.isPresent()) {
                view.showCancelQuote(quote.get());
            } else {
                showMine(null);
            }
        });
    }

    public void cancel(CourseEnrolments.ResidentEnrolment place) {
        long me = visit.resident().orElseThrow().id();
        loading.run(() -> courses.enrolments().cancel(place.enrolment().id(), me, "resident:" + me), outcome -> {
            if (outcome instanceof CourseEnrolments.CancelOutcome.Cancelled done) {
                view.showCancelled(done.quote());
            } else {
                showMine("courses.mine.notCancelled");
            }
        });
    }

    /** Back to "My courses". */
    public void backToMine() {
        next = Next.MINE;
        showMine(null);
    }

    /** "Suggest a course" (희망 강좌 신청): anyone may, identified or not. */
    public void openWish() {
        wish = WishDraft.EMPTY;
        view.showWish(wish, null);
    }

    /** A choice of the wish changed (subject, day, time of day). */
    public void changeWish(WishDraft changed) {
        wish = changed.withWords(wish.words());
        view.showWish(wish, null);
    }

    /** The own words typed so far (kept as they are typed, no screen change). */
    public void wishWords(String words) {
        wish = wish.withWords(words);
    }

    /** Sends the wish; without a subject, says so instead. */
    public void sendWish() {
        WishDraft w = wish;
        if (w.topic().isEmpty()) {
            view.showWish(w, "courses.wish.noTopic");
            return;
        }
        Optional<Long> who = visit.resident().map(Resident::id);
        loading.run(() -> courses.wishes().add(new CourseWishes.Wish(w.topic().get(), w.weekday(), w.timeOfDay(), w.words(), who)),
                count -> {
                    wish = WishDraft.EMPTY;
                    view.showWishSent(w, count);
                });
    }

    public void dispose() {
        identification.dispose();
    }

    /** The filter now shown (for the screens' summary line). */
    public CourseFilter filter() {
        return filter;
    }

    /** The categories and age groups the filter offers, in the catalogue's words. */
    public static List<String> categories() {
        return List.of("DIGITAL", "LANGUAGE", "ARTS", "HEALTH", "HUMANITIES", "CAREER");
    }

    public static List<String> ageGroups() {
        return List.of("TODDLER", "CHILD", "TEEN", "ADULT", "SENIOR");
    }
}
