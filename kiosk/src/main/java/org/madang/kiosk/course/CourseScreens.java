package org.madang.kiosk.course;

import java.util.function.Function;
import com.formdev.flatlaf.FlatClientProperties;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.course.Course;
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
import org.madang.kiosk.identify.NewsPage;
import org.madang.kiosk.identify.CardPage;
import org.madang.kiosk.shell.Blocks;
import org.madang.ui.Formats;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.kiosk.shell.Navigator;
import org.madang.ui.CourseWords;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/** The Swing side of courses: the list, the filter, a course, who you are, confirm, done, my courses, cancel. */
public final class CourseScreens implements CourseView {
    public static final String LIST = "courses.list";
    public static final String FILTER = "courses.filter";
    public static final String COURSE = "courses.course";
    public static final String IDENTIFY = "courses.identify";
    public static final String CONFIRM = "courses.confirm";
    public static final String DONE = "courses.done";
    public static final String MINE = "courses.mine";
    public static final String HISTORY = "courses.history";
    public static final String WISH = "courses.wish";
    public static final String WISHED = "courses.wished";
    public static final String CANCEL = "courses.cancel";
    public static final String CANCELLED = "courses.cancelled";

    private final Look look;
    private final Navigator navigator;
    private final KioskServices.Devices devices;
    private final NewsPage news;
    private final Runnable finish;
    private final CoursePresenter presenter;
    private final KioskPage list;
    private final KioskPage course;
    private final CardPage identify;
    private final KioskPage confirm;
    private final DonePage done;
    private final ChoicePages choices;
    private final MyCoursesPages mineAndHistory;

    public CourseScreens(Look look, Navigator navigator, KioskServices.Devices devices, Function<CourseView, CoursePresenter> presenters,
                         NewsPage news, Consumer<Boolean> busy, Runnable failure, Runnable finish, Optional<Runnable> printHistory) {
        this.look = look;
        this.navigator = navigator;
        this.devices = devices;
        this.news = news;
        this.finish = finish;
        this.presenter = navigator.replay().presenter(CourseView.class, this, presenters);
        list = page(LIST, "courses.list.title");
        course = page(COURSE, "courses.course.title");
        identify = new CardPage(look, IDENTIFY, "courses.identify.title", "courses.identify.hint", "courses.cardProblem", devices);
        navigator.register(IDENTIFY, identify);
        confirm = page(CONFIRM, "courses.confirm.title");
        done = new DonePage(look, devices.receiptRenderer(), finish, presenter::start);
        navigator.register(DONE, done);
        choices = new ChoicePages(look, navigator, presenter, finish);
        mineAndHistory = new MyCoursesPages(look, navigator, presenter, finish, printHistory);
    }

    private KioskPage page(String id, String titleKey) {
        KioskPage p = new KioskPage(look, id);
        p.setTitle(look.words().get(titleKey));
        navigator.register(id, p);
        return p;
    }

    public static List<String> screenIds() {
        return List.of(LIST, FILTER, COURSE, IDENTIFY, CONFIRM, DONE, MINE, HISTORY, CANCEL, CANCELLED, WISH, WISHED);
    }

    public CoursePresenter presenter() {
        return presenter;
    }

    @Override
    public void showCatalogue(List<CourseListing> courses, CourseFilter f) {
        list.setHint(look.words().get(f.equals(CourseFilter.ALL) ? "courses.list.hintAll" : "courses.list.hintFiltered", courses.size(),
                filterSummary(f)));
        JPanel body = Blocks.column(look);
        JPanel tools = new JPanel(new MigLayout("fillx, insets 0, gap " + look.gap(), "[grow, fill, sg b][grow, fill, sg b]"));
        tools.setOpaque(false);
        TouchButton narrow = new TouchButton("courses.narrow", look.words().get("courses.list.narrow"), "nav", look.scale());
        narrow.addActionListener(e -> presenter.openFilter());
        TouchButton mineButton = new TouchButton("courses.toMine", look.words().get("courses.list.mine"), "nav", look.scale());
        mineButton.addActionListener(e -> presenter.mine());
        tools.add(narrow, "hmin " + look.button());
        tools.add(mineButton, "hmin " + look.button());
        body.add(tools);
        if (courses.isEmpty()) {
            WrappingText none = new WrappingText("courses.none", "hint");
            none.say(look.words().get("courses.list.none"));
            body.add(none);
            if (!f.equals(CourseFilter.ALL)) {
                TouchButton all = new TouchButton("courses.all", look.words().get("courses.filter.clear"), "tile", look.scale());
                all.addActionListener(e -> presenter.clearFilter());
                body.add(all, "hmin " + look.button());
            }
        }
        // one course a row: its lines are long
        JPanel grid = new JPanel(new MigLayout("fillx, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]"));
        grid.setOpaque(false);
        for (CourseListing l : courses) {
            Course c = l.course();
            TouchButton b = TouchButton.ofLines("course." + c.code(), List.of(c.title().in(look.words().language()), when(look, c), standing(l)), false,
                    "tile", look.scale());
            b.addActionListener(e -> presenter.chooseCourse(l));
            grid.add(b, "hmin " + look.scale().mm(42));
        }
        body.add(grid);
        TouchButton suggest = new TouchButton("courses.suggest", look.words().get("courses.list.wish"), "tile", look.scale());
        suggest.addActionListener(e -> presenter.openWish());
        body.add(suggest, "gaptop " + look.scale().mm(4) + ", hmin " + look.button());
        list.showScrolling(body);
        navigator.show(LIST);
    }

    /** "Mon 10:00–12:00, from 4 Jan, 10 classes". */
    static String when(Look look, Course c) {
        Formats formats = new Formats(look.words());
        return look.words().get("courses.when", c.day().getDisplayName(TextStyle.SHORT, look.words().locale()), c.startTime(),
                c.startTime().plusMinutes(c.minutes()), formats.date(c.firstSessionStart().toLocalDate()), c.sessions());
    }

    /** "₩30,000 · 5 seats left", "Free · full, 3 waiting", "lottery, 7 entries". */
    private String standing(CourseListing l) {
        Course c = l.course();
        String fee = new Formats(look.words()).money(c.fee());
        return switch (l.ask()) {
            case LOTTERY_ENTRY -> look.words().get("courses.standing.lottery", fee, c.capacity(), l.entries());
            case WAITING_PLACE -> look.words().get("courses.standing.full", fee, l.waiting());
            case SEAT -> look.words().get("courses.standing.open", fee, c.seatsLeft(), c.capacity());
        };
    }

    /** The words of the button that asks: enter the lottery, enrol, or wait for a seat. */
    private static String askKey(CourseListing l) {
        return switch (l.ask()) {
            case LOTTERY_ENTRY -> "courses.course.enter";
            case SEAT -> "courses.course.enrol";
            case WAITING_PLACE -> "courses.course.wait";
        };
    }

    /** "5 of 20 seats left", "full, 3 waiting", "lottery for 10 seats, 7 entered". */
    private String seats(CourseListing l) {
        Course c = l.course();
        return switch (l.ask()) {
            case LOTTERY_ENTRY -> look.words().get("courses.seats.lottery", c.capacity(), l.entries());
            case WAITING_PLACE -> look.words().get("courses.seats.full", l.waiting());
            case SEAT -> look.words().get("courses.seats.open", c.seatsLeft(), c.capacity());
        };
    }

    private String filterSummary(CourseFilter f) {
        List<String> parts = new ArrayList<>();
        f.category().ifPresent(c -> parts.add(look.words().get(CourseWords.category(c))));
        f.ageGroup().ifPresent(a -> parts.add(look.words().get(CourseWords.ageGroup(a))));
        f.weekday().ifPresent(d -> parts.add(java.time.DayOfWeek.of(d).getDisplayName(TextStyle.FULL, look.words().locale())));
        f.timeOfDay().ifPresent(t -> parts.add(look.words().get(CourseWords.timeOfDay(t))));
        if (f.openSeatsOnly()) {
            parts.add(look.words().get("courses.filter.openSeats"));
        }
        if (!f.words().isEmpty()) {
            parts.add(look.words().get("courses.filter.wordsShown", f.words()));
        }
        return String.join(", ", parts);
    }

    @Override
    public void showFilter(CourseFilter f) {
        choices.showFilter(f);
    }

    @Override
    public void showWish(WishDraft draft, String noteKey) {
        choices.showWish(draft, noteKey);
    }

    @Override
    public void showWishSent(WishDraft draft, int sameSubject) {
        choices.showWishSent(draft, sameSubject);
    }

    @Override
    public void showCourse(CourseListing l, Instructor instructor, Optional<CourseEnrolments.CourseFee> fee) {
        Course c = l.course();
        String lang = look.words().language();
        Formats formats = new Formats(look.words());
        course.setTitle(c.title().in(lang));
        course.setHint(c.summary().in(lang));
        JPanel body = Blocks.column(look);
        JPanel rows = Blocks.rows(look);
        Blocks.row(look, rows, "courses.course.when", when(look, c), "course.when");
        Blocks.row(look, rows, "courses.course.period", formats.date(c.startsOn()) + " – " + formats.date(c.endsOn()), "course.period");
        Blocks.row(look, rows, "courses.course.place", c.place().in(lang), "course.place");
        Blocks.row(look, rows, "courses.course.fee", fee.map(f -> feeText(formats, f)).orElse(formats.money(c.fee())), "course.fee");
        Blocks.row(look, rows, "courses.course.seats", seats(l), "course.seats");
        Blocks.row(look, rows, "courses.course.for", look.words().get(CourseWords.ageGroup(c.ageGroup())) + (c.residentsOnly()
                ? ", " + look.words().get("courses.course.residentsOnly") : ""), "course.for");
        Blocks.row(look, rows, "courses.course.closes", look.words().get("courses.course.closesAt", c.enrolmentCloses()), "course.closes");
        body.add(rows);
        TouchButton ask = new TouchButton("course.enrol", look.words().get(askKey(l)), "primary", look.scale());
        ask.addActionListener(e -> presenter.enrol());
        body.add(ask, "hmin " + look.bigButton());
        body.add(instructorCard(instructor));
        // a control below the teacher's card, so a keypad can bring all of it into view
        TouchButton back = new TouchButton("course.others", look.words().get("courses.course.others"), "tile", look.scale());
        back.addActionListener(e -> presenter.applyFilter());
        body.add(back, "hmin " + look.button());
        course.showScrolling(body);
        navigator.show(COURSE);
    }

    private JPanel instructorCard(Instructor instructor) {
        JPanel card = new JPanel(new MigLayout("fillx, insets " + look.scale().mm(4) + ", gap " + look.gap(), "[][grow, fill]"));
        card.putClientProperty(FlatClientProperties.STYLE_CLASS, "card");
        card.setName("course.instructor");
        // their photo when the centre keeps one; else the initial, large, stands in for one
        org.madang.ui.widget.ScaledPicture photo = new org.madang.ui.widget.ScaledPicture("instructor.photo", look.scale().mm(26));
        photo.show(instructor.photo());
        if (photo.isVisible()) {
            photo.getAccessibleContext().setAccessibleName(look.words().get("courses.instructor.picture", instructor.name()));
            card.add(photo, "spany 3, top, w " + look.scale().mm(20) + "!, h " + look.scale().mm(26) + "!");
        } else {
            JLabel initial = new JLabel(instructor.name().isEmpty() ? "?" : instructor.name().substring(0, 1), JLabel.CENTER);
            initial.putClientProperty(FlatClientProperties.STYLE_CLASS, "digits");
            initial.getAccessibleContext().setAccessibleName(look.words().get("courses.instructor.picture", instructor.name()));
            card.add(initial, "spany 3, top, wmin " + look.scale().mm(20));
        }
        WrappingText name = new WrappingText("instructor.name", "heading");
        name.say(look.words().get("courses.instructor.name", instructor.name()));
        card.add(name, "wrap");
        WrappingText career = new WrappingText("instructor.career", "body");
        career.say(instructor.career().in(look.words().language()));
        card.add(career, "wrap");
        WrappingText others = new WrappingText("instructor.others", "hint");
        others.say(instructor.otherCourses().isEmpty() ? look.words().get("courses.instructor.noOthers")
                : look.words().get("courses.instructor.others", String.join(", ",
                instructor.otherCourses().stream().map(o -> o.title().in(look.words().language())).toList())));
        card.add(others);
        return card;
    }

    private String feeText(Formats formats, CourseEnrolments.CourseFee fee) {
        return fee.fee() == 0 ? look.words().get("courses.fee.free", look.words().get(fee.basis().messageKey()))
                : formats.money(fee.fee());
    }

    @Override
    public void askForCard(List<KioskServices.SampleCode> practiceCodes) {
        identify.ask(practiceCodes);
        navigator.show(IDENTIFY);
    }

    @Override
    public boolean askingForCard() {
        return IDENTIFY.equals(navigator.current());
    }

    @Override
    public void showCardProblem(Refusal refusal) {
        identify.showProblem(refusal);
    }

    @Override
    public void showNews(List<ResidentMessage> messages) {
        news.show(messages, presenter::newsRead);
        navigator.show(NewsPage.ID);
    }

    @Override
    public void showConfirm(CourseListing l, Resident resident, CourseEnrolments.CourseFee fee, Optional<Refusal> refused) {
        Course c = l.course();
        Formats formats = new Formats(look.words());
        confirm.setHint(look.words().get("courses.confirm.hint"));
        JPanel body = Blocks.column(look);
        JPanel rows = Blocks.rows(look);
        Blocks.row(look, rows, "courses.confirm.name", resident.maskedName(), "confirm.name");
        Blocks.row(look, rows, "courses.confirm.course", c.title().in(look.words().language()), "confirm.course");
        Blocks.row(look, rows, "courses.course.when", when(look, c), "confirm.when");
        Blocks.row(look, rows, "courses.course.fee", feeText(formats, fee) + (fee.fee() > 0 ? " (" + look.words().get("courses.fee.atCounter") + ")" : ""),
                "confirm.fee");
        body.add(rows);
        WrappingText get = new WrappingText("confirm.get", "heading");
        get.say(switch (l.ask()) {
            case LOTTERY_ENTRY -> look.words().get("courses.confirm.lottery", c.enrolmentCloses());
            case SEAT -> look.words().get("courses.confirm.seat");
            case WAITING_PLACE -> look.words().get("courses.confirm.waiting", l.waiting() + 1);
        });
        body.add(get);
        TouchButton ask = new TouchButton("confirm.ask", look.words().get(askKey(l)), "primary", look.scale());
        ask.addActionListener(e -> presenter.confirm());
        body.add(ask, "gaptop " + look.scale().mm(6) + ", hmin " + look.bigButton());
        if (refused.isPresent()) {
            ask.setEnabled(false);
            WrappingText why = new WrappingText("confirm.refusal", "refusal");
            why.say(look.words().say(refused.get()));
            body.add(why);
            TouchButton other = new TouchButton("confirm.other", look.words().get("courses.confirm.other"), "tile", look.scale());
            other.addActionListener(e -> presenter.start());
            body.add(other, "hmin " + look.button());
        }
        confirm.showScrolling(body);
        navigator.show(CONFIRM);
    }

    @Override
    public void showEnrolled(EnrolOutcome outcome, Receipt receipt, PrintResult printed) {
        String text;
        if (outcome instanceof EnrolOutcome.Enrolled e) {
            text = look.words().get("courses.done.seat", e.course().title().in(look.words().language()), e.course().firstSessionStart());
        } else if (outcome instanceof EnrolOutcome.Waitlisted w) {
            text = look.words().get("courses.done.waiting", w.course().title().in(look.words().language()), w.enrolment().waitlistNo().orElse(0));
        } else {
            EnrolOutcome.Entered n = (EnrolOutcome.Entered) outcome;
            text = look.words().get("courses.done.entered", n.course().title().in(look.words().language()), n.course().enrolmentCloses());
        }
        done.show(text, receipt, printed);
        navigator.showWithoutReturn(DONE);
    }

    @Override
    public void showMine(Resident resident, List<CourseEnrolments.ResidentEnrolment> places, String noteKey) {
        mineAndHistory.showMine(resident, places, noteKey);
    }

    @Override
    public void showHistory(Resident resident, List<LearningRecord> taken) {
        mineAndHistory.showHistory(resident, taken);
    }

    @Override
    public void showCancelQuote(CourseCancelQuote quote) {
        mineAndHistory.showCancelQuote(quote);
    }

    @Override
    public void showCancelled(CourseCancelQuote quote) {
        mineAndHistory.showCancelled(quote);
    }
}
