package org.madang.kiosk.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.Refusal;
import org.madang.core.course.CourseCancelQuote;
import org.madang.core.course.CourseEnrolments;
import org.madang.core.course.CourseFilter;
import org.madang.core.course.CourseListing;
import org.madang.core.course.EnrolOutcome;
import org.madang.core.course.Instructor;
import org.madang.core.course.LearningRecord;
import org.madang.core.demo.DemoCards;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentMessage;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.kiosk.KioskFixtureAccess;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.shell.Loading;
import org.madang.kiosk.shell.Visit;
import org.madang.ui.DirectTasks;
import org.madang.ui.Messages;

/**
 * A course asked for and given back, presenter and a recording view, no window: the catalogue,
 * the course, the card once a visit, the seat with its printed receipt, a second press asking
 * nothing more, "my courses", the refund shown before cancelling, and the seat gone after.
 */
class CoursePresenterTest {
    private final KioskFixtureAccess fixture = KioskFixtureAccess.create();
    private final List<String> shown = new ArrayList<>();
    private List<CourseListing> catalogue = List.of();
    private EnrolOutcome outcome;
    private Receipt receipt;
    private PrintResult printed;
    private List<CourseEnrolments.ResidentEnrolment> places = List.of();
    private CourseCancelQuote quote;
    private boolean askingForCard;

    private final CourseView view = new CourseView() {
        @Override
        public void showCatalogue(List<CourseListing> courses, CourseFilter filter) {
            shown.add("catalogue");
            catalogue = courses;
        }

        @Override
        public void showFilter(CourseFilter filter) {
            shown.add("filter");
        }

        @Override
        public void showCourse(CourseListing course, Instructor instructor, Optional<CourseEnrolments.CourseFee> fee) {
            shown.add("course " + course.course().code());
        }

        @Override
        public void askForCard(List<KioskServices.SampleCode> practiceCodes) {
            shown.add("card");
            askingForCard = true;
        }

        @Override
        public boolean askingForCard() {
            return askingForCard;
        }

        @Override
        public void showCardProblem(Refusal refusal) {
            shown.add("cardProblem " + refusal.messageKey());
        }

        @Override
        public void showNews(List<ResidentMessage> messages) {
            askingForCard = false;
            shown.add("news");
        }

        @Override
        public void showConfirm(CourseListing course, Resident resident, CourseEnrolments.CourseFee fee, Optional<Refusal> refused) {
            askingForCard = false;
            shown.add("confirm" + refused.map(r -> " " + r.messageKey()).orElse(""));
        }

        @Override
        public void showEnrolled(EnrolOutcome o, Receipt r, PrintResult p) {
            shown.add("enrolled");
            outcome = o;
            receipt = r;
            printed = p;
        }

        @Override
        public void showMine(Resident resident, List<CourseEnrolments.ResidentEnrolment> p, String noteKey) {
            shown.add("mine");
            places = p;
        }

        @Override
        public void showHistory(Resident resident, List<LearningRecord> courses) {
            shown.add("history");
        }

        @Override
        public void showWish(WishDraft draft, String noteKey) {
            shown.add("wish");
        }

        @Override
        public void showWishSent(WishDraft draft, int sameSubject) {
            shown.add("wishSent");
        }

        @Override
        public void showCancelQuote(CourseCancelQuote q) {
            shown.add("quote");
            quote = q;
        }

        @Override
        public void showCancelled(CourseCancelQuote q) {
            shown.add("cancelled");
        }
    };
    private final CoursePresenter presenter = new CoursePresenter(view, fixture.services(),
            new Loading(new DirectTasks(), busy -> { }, () -> shown.add("failure")), () -> Messages.forLanguage("ko"), new Visit());

    @AfterEach
    void close() {
        presenter.dispose();
        fixture.close();
    }

    private long seats(long courseId) {
        return fixture.site().count("SELECT enrolled FROM course WHERE id = " + courseId);
    }

    @Test
    void aSeatIsAskedForOnceShownInMyCoursesAndGivenBackWithItsRefundShownFirst() {
        presenter.start();
        assertThat(shown).containsExactly("catalogue");
        long resident = 1;
        CourseListing open = catalogue.stream().filter(l -> l.ask() == CourseListing.Ask.SEAT)
                .filter(l -> fixture.site().count("SELECT COUNT(*) FROM course_enrolment WHERE resident_id = " + resident
                        + " AND course_id = " + l.course().id()) == 0)
                .findFirst().orElseThrow();
        long before = seats(open.course().id());

        presenter.chooseCourse(open);
        assertThat(shown).last().isEqualTo("course " + open.course().code());
        presenter.enrol();
        assertThat(shown).last().isEqualTo("card");
        fixture.insert(DemoCards.RESIDENTS.get(0).card());
        if (shown.get(shown.size() - 1).equals("news")) {
            presenter.newsRead();
        }
        assertThat(shown).last().asString().startsWith("confirm");

        presenter.confirm();
        presenter.confirm(); // a second press while (or after) the first one asks nothing more
        assertThat(shown).filteredOn("enrolled"::equals).hasSize(1);
        assertThat(outcome).isInstanceOf(EnrolOutcome.Enrolled.class);
        assertThat(printed.printed()).isTrue();
        assertThat(receipt.plainText()).contains(open.course().title().ko());
        assertThat(seats(open.course().id())).isEqualTo(before + 1);

        presenter.mine();
        assertThat(shown).last().isEqualTo("mine"); // the card is not asked for again in the same visit
        CourseEnrolments.ResidentEnrolment place = places.stream().filter(p -> p.course().id() == open.course().id())
                .findFirst().orElseThrow();
        presenter.askCancel(place);
        assertThat(shown).last().isEqualTo("quote");
        assertThat(seats(open.course().id())).isEqualTo(before + 1); // nothing cancelled by asking
        assertThat(quote.refund()).isBetween(0, open.course().fee());
        presenter.cancel(place);
        assertThat(shown).last().isEqualTo("cancelled");
        assertThat(seats(open.course().id())).isEqualTo(before);
        presenter.backToMine();
        assertThat(places).noneMatch(p -> p.course().id() == open.course().id());
        assertThat(shown).doesNotContain("failure");
    }
}
