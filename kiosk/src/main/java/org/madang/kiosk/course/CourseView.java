package org.madang.kiosk.course;

import java.util.List;
import java.util.Optional;
import org.madang.core.Refusal;
import org.madang.core.course.CourseCancelQuote;
import org.madang.core.course.CourseEnrolments;
import org.madang.core.course.CourseFilter;
import org.madang.core.course.CourseListing;
import org.madang.core.course.EnrolOutcome;
import org.madang.core.course.Instructor;
import org.madang.core.course.LearningRecord;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentMessage;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.kiosk.KioskServices;

/** The course screens as their presenter sees them. */
public interface CourseView {

    /** The recruiting courses that pass the filter, soonest weekday first. */
    void showCatalogue(List<CourseListing> courses, CourseFilter filter);

    /** The choices that narrow the list, the current ones marked. */
    void showFilter(CourseFilter filter);

    /** A course: schedule, place, fee (for this resident when known), seats, waiting list and the instructor. */
    void showCourse(CourseListing course, Instructor instructor, Optional<CourseEnrolments.CourseFee> fee);

    /** Asks for an ID card or a receipt's QR code (the first time in a visit). */
    void askForCard(List<KioskServices.SampleCode> practiceCodes);

    boolean askingForCard();

    void showCardProblem(Refusal refusal);

    void showNews(List<ResidentMessage> messages);

    /** Everything about to be asked for, with the fee and what the resident will get; a refusal in words. */
    void showConfirm(CourseListing course, Resident resident, CourseEnrolments.CourseFee fee, Optional<Refusal> refused);

    /** A seat, a waiting number or a lottery entry, with the receipt as printed. */
    void showEnrolled(EnrolOutcome outcome, Receipt receipt, PrintResult printed);

    /** The resident's places that hold, with cancel buttons. */
    void showMine(Resident resident, List<CourseEnrolments.ResidentEnrolment> places, String noteKey);

    /** Every course the resident took or is taking, with attendance and completion (평생학습 이력). */
    void showHistory(Resident resident, List<LearningRecord> courses);

    /** The course wish being written: subject, day, time of day, own words; {@code noteKey} names what is missing, or is null. */
    void showWish(WishDraft draft, String noteKey);

    /** The wish is kept: how many have wished for the same subject so far. */
    void showWishSent(WishDraft draft, int sameSubject);

    /** The refund cancelling gives now, before the resident confirms. */
    void showCancelQuote(CourseCancelQuote quote);

    void showCancelled(CourseCancelQuote quote);
}
