package org.madang.kiosk.course;

import com.formdev.flatlaf.FlatClientProperties;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.course.Course;
import org.madang.core.course.CourseCancelQuote;
import org.madang.core.course.CourseEnrolments;
import org.madang.core.course.CourseFilter;
import org.madang.core.course.CourseListing;
import org.madang.core.course.CourseWishes;
import org.madang.core.course.EnrolOutcome;
import org.madang.core.course.EnrolmentStatus;
import org.madang.core.course.Instructor;
import org.madang.core.course.LearningRecord;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentMessage;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.identify.NewsPage;
import org.madang.kiosk.identify.SimulatorPanels;
import org.madang.kiosk.shell.Blocks;
import org.madang.kiosk.shell.Formats;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.KoreanKeyboard;
import org.madang.kiosk.shell.Loading;
import org.madang.kiosk.shell.Look;
import org.madang.kiosk.shell.Navigator;
import org.madang.kiosk.shell.Visit;
import org.madang.ui.CourseWords;
import org.madang.ui.Messages;
import org.madang.ui.Tasks;
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
    /** The most characters of a word search. */
    private static final int SEARCH_LIMIT = 20;
    public static final String WISHED = "courses.wished";
    public static final String CANCEL = "courses.cancel";
    public static final String CANCELLED = "courses.cancelled";

    private final Look look;
    private final Navigator navigator;
    private final KioskServices.Devices devices;
    private final NewsPage news;
    private final Runnable finish;
    private final CoursePresenter presenter;
    private final WrappingText cardProblem = new WrappingText("courses.cardProblem", "refusal");
    private final KioskPage list;
    private final KioskPage filter;
    private final KioskPage course;
    private final KioskPage identify;
    private final KioskPage confirm;
    private final DonePage done;
    private final KioskPage mine;
    private final KioskPage history;
    private final KioskPage wish;
    private final KioskPage wished;
    private final KoreanKeyboard keyboard;
    private final KoreanKeyboard searchKeyboard;
    private final KioskPage cancel;
    private final Optional<Runnable> printHistory;
    private final KioskPage cancelled;

    public CourseScreens(Look look, Navigator navigator, KioskServices services, Tasks tasks, Supplier<Messages> words, Visit visit,
                         NewsPage news, Consumer<Boolean> busy, Runnable failure, Runnable finish, Optional<Runnable> printHistory) {
        this.look = look;
        this.navigator = navigator;
        this.devices = services.devices();
        this.news = news;
        this.finish = finish;
        this.printHistory = printHistory;
        this.presenter = new CoursePresenter(this, services, new Loading(tasks, busy, failure), words, visit);
        list = page(LIST, "courses.list.title");
        filter = page(FILTER, "courses.filter.title");
        filter.setHint(look.words().get("courses.filter.hint"));
        course = page(COURSE, "courses.course.title");
        identify = page(IDENTIFY, "courses.identify.title");
        identify.setHint(look.words().get("courses.identify.hint"));
        confirm = page(CONFIRM, "courses.confirm.title");
        done = new DonePage(look, devices.receiptRenderer(), finish, presenter::start);
        navigator.register(DONE, done);
        mine = page(MINE, "courses.mine.title");
        history = page(HISTORY, "courses.history.title");
        wish = page(WISH, "courses.wish.title");
        wish.setHint(look.words().get("courses.wish.hint"));
        wished = page(WISHED, "courses.wished.title");
        keyboard = new KoreanKeyboard(look, "wish.keyboard", CourseWishes.MAX_WORDS, look.words().get("courses.wish.wordsEmpty"),
                presenter::wishWords);
        searchKeyboard = new KoreanKeyboard(look, "search.keyboard", SEARCH_LIMIT, look.words().get("courses.filter.wordsEmpty"),
                presenter::filterWords);
        cancel = page(CANCEL, "courses.cancel.title");
        cancelled = page(CANCELLED, "courses.cancelled.title");
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
            TouchButton b = TouchButton.ofLines("course." + c.code(), List.of(c.title().in(look.words().language()), when(c), standing(l)), false,
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
    private String when(Course c) {
        Formats formats = new Formats(look.words());
        return look.words().get("courses.when", c.day().getDisplayName(TextStyle.SHORT, look.words().locale()), c.startTime(),
                c.startTime().plusMinutes(c.minutes()), formats.date(c.firstSessionStart().toLocalDate()), c.sessions());
    }

    /** "₩30,000 · 5 seats left", "Free · full, 3 waiting", "lottery, 7 entries". */
    private String standing(CourseListing l) {
        Course c = l.course();
        String fee = new Formats(look.words()).money(c.fee());
        if (c.lottery()) {
            return look.words().get("courses.standing.lottery", fee, c.capacity(), l.entries());
        }
        if (c.seatsLeft() == 0) {
            return look.words().get("courses.standing.full", fee, l.waiting());
        }
        return look.words().get("courses.standing.open", fee, c.seatsLeft(), c.capacity());
    }

    /** "5 of 20 seats left", "full, 3 waiting", "lottery for 10 seats, 7 entered". */
    private String seats(CourseListing l) {
        Course c = l.course();
        if (c.lottery()) {
            return look.words().get("courses.seats.lottery", c.capacity(), l.entries());
        }
        if (c.seatsLeft() == 0) {
            return look.words().get("courses.seats.full", l.waiting());
        }
        return look.words().get("courses.seats.open", c.seatsLeft(), c.capacity());
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
        JPanel body = Blocks.column(look);
        body.add(Blocks.heading(look, "courses.filter.category"));
        body.add(choices("filter.category", f.category(), CoursePresenter.categories(), c -> look.words().get(CourseWords.category(c)),
                v -> presenter.narrow(f.withCategory(v))));
        body.add(Blocks.heading(look, "courses.filter.age"));
        body.add(choices("filter.age", f.ageGroup(), CoursePresenter.ageGroups(), a -> look.words().get(CourseWords.ageGroup(a)),
                v -> presenter.narrow(f.withAgeGroup(v))));
        body.add(Blocks.heading(look, "courses.filter.weekday"));
        body.add(choices("filter.weekday", f.weekday(), List.of(1, 2, 3, 4, 5, 6),
                d -> java.time.DayOfWeek.of(d).getDisplayName(TextStyle.FULL, look.words().locale()), v -> presenter.narrow(f.withWeekday(v))));
        body.add(Blocks.heading(look, "courses.filter.time"));
        body.add(choices("filter.time", f.timeOfDay(), List.of(CourseFilter.TimeOfDay.values()), t -> look.words().get(CourseWords.timeOfDay(t)),
                v -> presenter.narrow(f.withTimeOfDay(v))));
        body.add(Blocks.heading(look, "courses.filter.seats"));
        body.add(choices("filter.seats", f.openSeatsOnly() ? Optional.of(Boolean.TRUE) : Optional.empty(), List.of(Boolean.TRUE),
                t -> look.words().get("courses.filter.openSeats"), v -> presenter.narrow(f.withOpenSeatsOnly(v.isPresent()))));
        body.add(Blocks.heading(look, "courses.filter.words"));
        if (!searchKeyboard.text().equals(f.words())) {
            searchKeyboard.setText(f.words());
        }
        body.add(searchKeyboard);
        TouchButton show = new TouchButton("filter.show", look.words().get("courses.filter.show"), "primary", look.scale());
        show.addActionListener(e -> presenter.applyFilter());
        body.add(show, "gaptop " + look.scale().mm(6) + ", hmin " + look.bigButton());
        TouchButton clear = new TouchButton("filter.clear", look.words().get("courses.filter.clear"), "tile", look.scale());
        clear.addActionListener(e -> presenter.clearFilter());
        body.add(clear, "hmin " + look.button());
        if (FILTER.equals(navigator.current())) {
            filter.showScrollingInPlace(body);
        } else {
            filter.showScrolling(body);
            navigator.show(FILTER);
        }
    }

    /** A row of choices with "Any" first; the chosen one ringed and ticked. */
    private <T> JPanel choices(String name, Optional<T> chosen, List<T> options, java.util.function.Function<T, String> label,
                               Consumer<Optional<T>> choose) {
        return choices(name, Optional.of("courses.filter.any"), chosen, options, label, choose);
    }

    /** A row of choices, with {@code anyKey}'s choice first when given; the chosen one ringed and ticked. */
    private <T> JPanel choices(String name, Optional<String> anyKey, Optional<T> chosen, List<T> options,
                               java.util.function.Function<T, String> label, Consumer<Optional<T>> choose) {
        int columns = look.landscape() ? 4 : 3;
        JPanel row = new JPanel(new MigLayout("fillx, wrap " + columns + ", insets 0, gap " + look.gap(), "[grow, fill, sg f]".repeat(columns)));
        row.setOpaque(false);
        anyKey.ifPresent(key -> row.add(pressed(Blocks.choice(look, name + ".any", List.of(look.words().get(key)), chosen.isEmpty()),
                () -> choose.accept(Optional.empty())), "hmin " + look.button()));
        for (T o : options) {
            String id = o instanceof Enum<?> en ? en.name() : String.valueOf(o);
            row.add(pressed(Blocks.choice(look, name + "." + id, List.of(label.apply(o)), chosen.map(o::equals).orElse(false)),
                    () -> choose.accept(Optional.of(o))),
                    "hmin " + look.button());
        }
        return row;
    }


    private static TouchButton pressed(TouchButton b, Runnable action) {
        b.addActionListener(e -> action.run());
        return b;
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
        Blocks.row(look, rows, "courses.course.when", when(c), "course.when");
        Blocks.row(look, rows, "courses.course.period", formats.date(c.startsOn()) + " – " + formats.date(c.endsOn()), "course.period");
        Blocks.row(look, rows, "courses.course.place", c.place().in(lang), "course.place");
        Blocks.row(look, rows, "courses.course.fee", fee.map(f -> feeText(formats, f)).orElse(formats.money(c.fee())), "course.fee");
        Blocks.row(look, rows, "courses.course.seats", seats(l), "course.seats");
        Blocks.row(look, rows, "courses.course.for", look.words().get(CourseWords.ageGroup(c.ageGroup())) + (c.residentsOnly()
                ? ", " + look.words().get("courses.course.residentsOnly") : ""), "course.for");
        Blocks.row(look, rows, "courses.course.closes", look.words().get("courses.course.closesAt", c.enrolmentCloses()), "course.closes");
        body.add(rows);
        TouchButton ask = new TouchButton("course.enrol", look.words().get(c.lottery() ? "courses.course.enter"
                : c.seatsLeft() > 0 ? "courses.course.enrol" : "courses.course.wait"), "primary", look.scale());
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
        // no photographs in the demo: the initial, large, stands in for one
        JLabel initial = new JLabel(instructor.name().isEmpty() ? "?" : instructor.name().substring(0, 1), JLabel.CENTER);
        initial.putClientProperty(FlatClientProperties.STYLE_CLASS, "digits");
        initial.getAccessibleContext().setAccessibleName(look.words().get("courses.instructor.picture", instructor.name()));
        card.add(initial, "spany 3, top, wmin " + look.scale().mm(20));
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
        cardProblem.say("");
        JPanel body = Blocks.column(look);
        body.add(cardProblem);
        devices.cards().ifPresent(c -> body.add(SimulatorPanels.cards(look, c)));
        devices.scans().ifPresent(s -> body.add(SimulatorPanels.scans(look, s, practiceCodes)));
        identify.showScrolling(body);
        navigator.show(IDENTIFY);
    }

    @Override
    public boolean askingForCard() {
        return IDENTIFY.equals(navigator.current());
    }

    @Override
    public void showCardProblem(Refusal refusal) {
        cardProblem.say(look.words().say(refusal));
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
        Blocks.row(look, rows, "courses.course.when", when(c), "confirm.when");
        Blocks.row(look, rows, "courses.course.fee", feeText(formats, fee) + (fee.fee() > 0 ? " (" + look.words().get("courses.fee.atCounter") + ")" : ""),
                "confirm.fee");
        body.add(rows);
        WrappingText get = new WrappingText("confirm.get", "heading");
        get.say(c.lottery() ? look.words().get("courses.confirm.lottery", c.enrolmentCloses())
                : c.seatsLeft() > 0 ? look.words().get("courses.confirm.seat")
                : look.words().get("courses.confirm.waiting", l.waiting() + 1));
        body.add(get);
        TouchButton ask = new TouchButton("confirm.ask", look.words().get(c.lottery() ? "courses.course.enter"
                : c.seatsLeft() > 0 ? "courses.course.enrol" : "courses.course.wait"), "primary", look.scale());
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
        mine.setHint(look.words().get(places.isEmpty() ? "courses.mine.empty" : "courses.mine.hint", resident.maskedName(), places.size()));
        JPanel body = Blocks.column(look);
        if (noteKey != null) {
            WrappingText note = new WrappingText("mine.note", "refusal");
            note.say(look.words().get(noteKey));
            body.add(note);
        }
        int i = 0;
        for (CourseEnrolments.ResidentEnrolment p : places) {
            JPanel card = new JPanel(new MigLayout("fillx, wrap 1, insets " + look.scale().mm(4) + ", gap " + look.gap(), "[grow, fill]"));
            card.putClientProperty(FlatClientProperties.STYLE_CLASS, "card");
            card.setName("mine.course." + p.course().code());
            WrappingText title = new WrappingText("mine.title." + i, "heading");
            title.say(p.course().title().in(look.words().language()));
            WrappingText what = new WrappingText("mine.what." + i, "body");
            what.say(when(p.course()) + "\n" + status(p));
            TouchButton drop = new TouchButton("mine.cancel." + i, look.words().get("courses.mine.cancel"), "nav", look.scale());
            drop.addActionListener(e -> presenter.askCancel(p));
            card.add(title);
            card.add(what);
            card.add(drop, "hmin " + look.button());
            body.add(card);
            i++;
        }
        TouchButton taken = new TouchButton("mine.history", look.words().get("courses.mine.history"), "tile", look.scale());
        taken.addActionListener(e -> presenter.history());
        body.add(taken, "hmin " + look.button());
        TouchButton courses = new TouchButton("mine.courses", look.words().get("courses.mine.browse"), "tile", look.scale());
        courses.addActionListener(e -> presenter.start());
        body.add(courses, "hmin " + look.button());
        mine.showScrolling(body);
        navigator.show(MINE);
    }

    @Override
    public void showHistory(Resident resident, List<LearningRecord> taken) {
        Formats formats = new Formats(look.words());
        long completed = taken.stream().filter(LearningRecord::completed).count();
        history.setHint(look.words().get(taken.isEmpty() ? "courses.history.empty" : "courses.history.hint", resident.maskedName(),
                taken.size(), completed));
        JPanel body = Blocks.column(look);
        printHistory.filter(p -> !taken.isEmpty()).ifPresent(p -> {
            TouchButton print = new TouchButton("history.print", look.words().get("courses.history.print"), "primary", look.scale());
            print.addActionListener(e -> p.run());
            body.add(print, "hmin " + look.bigButton());
            WrappingText how = new WrappingText("history.printHow", "hint");
            how.say(look.words().get("courses.history.printHow"));
            body.add(how);
        });
        int i = 0;
        for (LearningRecord r : taken) {
            JPanel card = new JPanel(new MigLayout("fillx, wrap 1, insets " + look.scale().mm(4) + ", gap " + look.scale().mm(2), "[grow, fill]"));
            card.putClientProperty(FlatClientProperties.STYLE_CLASS, "card");
            card.setName("history.course." + r.courseCode());
            WrappingText title = new WrappingText("history.title." + i, "heading");
            title.say(r.title().in(look.words().language()));
            WrappingText what = new WrappingText("history.what." + i, r.completed() ? "good" : "body");
            what.say(look.words().get("courses.history.row", r.term(), formats.date(r.startsOn()), formats.date(r.endsOn()), r.attended(),
                    r.sessions(), r.attendancePercent(), look.words().get(statusKey(r.status())), r.instructor()));
            card.add(title);
            card.add(what);
            body.add(card);
            i++;
        }
        // a control below the list too, so a keypad brings every course into view
        TouchButton back = new TouchButton("history.mine", look.words().get("courses.list.mine"), "tile", look.scale());
        back.addActionListener(e -> presenter.backToMine());
        body.add(back, "hmin " + look.button());
        history.showScrolling(body);
        navigator.show(HISTORY);
    }

    @Override
    public void showWish(WishDraft draft, String noteKey) {
        JPanel body = Blocks.column(look);
        body.add(Blocks.heading(look, "courses.wish.topic"));
        List<String> topics = new ArrayList<>(CoursePresenter.categories());
        topics.add(CourseWishes.OTHER);
        body.add(choices("wish.topic", Optional.empty(), draft.topic(), topics, t -> look.words().get(CourseWords.category(t)),
                v -> presenter.changeWish(draft.withTopic(v))));
        body.add(Blocks.heading(look, "courses.filter.weekday"));
        body.add(choices("wish.weekday", Optional.of("courses.wish.any"), draft.weekday(), List.of(1, 2, 3, 4, 5, 6, 7),
                d -> java.time.DayOfWeek.of(d).getDisplayName(TextStyle.FULL, look.words().locale()), v -> presenter.changeWish(draft.withWeekday(v))));
        body.add(Blocks.heading(look, "courses.filter.time"));
        body.add(choices("wish.time", Optional.of("courses.wish.any"), draft.timeOfDay(), List.of(CourseFilter.TimeOfDay.values()),
                t -> look.words().get(CourseWords.timeOfDay(t)),
                v -> presenter.changeWish(draft.withTimeOfDay(v))));
        body.add(Blocks.heading(look, "courses.wish.words"));
        if (keyboard.getParent() == null || !keyboard.text().equals(draft.words())) {
            keyboard.setText(draft.words());
        }
        body.add(keyboard);
        if (noteKey != null) {
            WrappingText note = new WrappingText("wish.note", "refusal");
            note.say(look.words().get(noteKey));
            body.add(note);
        }
        TouchButton send = new TouchButton("wish.send", look.words().get("courses.wish.send"), "primary", look.scale());
        send.addActionListener(e -> presenter.sendWish());
        body.add(send, "gaptop " + look.scale().mm(6) + ", hmin " + look.bigButton());
        if (WISH.equals(navigator.current()) && noteKey == null) {
            wish.showScrollingInPlace(body);
        } else {
            wish.showScrolling(body);
            if (!WISH.equals(navigator.current())) {
                navigator.show(WISH);
            }
        }
    }

    @Override
    public void showWishSent(WishDraft draft, int sameSubject) {
        wished.setHint("");
        JPanel body = Blocks.column(look);
        WrappingText thanks = new WrappingText("wished.thanks", "good");
        thanks.say(look.words().get("courses.wished.thanks", look.words().get(CourseWords.category(draft.topic().orElse(CourseWishes.OTHER))),
                sameSubject));
        body.add(thanks);
        TouchButton end = new TouchButton("wished.finish", look.words().get("booking.done.finish"), "primary", look.scale());
        end.addActionListener(e -> finish.run());
        TouchButton back = new TouchButton("wished.courses", look.words().get("courses.mine.browse"), "tile", look.scale());
        back.addActionListener(e -> presenter.start());
        body.add(end, "gaptop " + look.scale().mm(8) + ", hmin " + look.bigButton());
        body.add(back, "hmin " + look.button());
        wished.showScrolling(body);
        navigator.showWithoutReturn(WISHED);
    }

    /** The bundle key of a learning record's status. */
    static String statusKey(String status) {
        return EnrolmentStatus.valueOf(status).messageKey();
    }

    private String status(CourseEnrolments.ResidentEnrolment p) {
        String s = look.words().get(p.enrolment().status().messageKey());
        if (p.enrolment().status() == EnrolmentStatus.WAITING) {
            s += " " + look.words().get("receipt.course.waitNo", p.enrolment().waitlistNo().orElse(0));
        }
        return s;
    }

    @Override
    public void showCancelQuote(CourseCancelQuote quote) {
        Formats formats = new Formats(look.words());
        cancel.setHint(look.words().get("courses.cancel.what", quote.course().title().in(look.words().language())));
        JPanel body = Blocks.column(look);
        WrappingText refund = new WrappingText("cancel.refund", "body");
        refund.say(quote.enrolment().status() != EnrolmentStatus.ENROLLED ? look.words().get("courses.cancel.place")
                : quote.enrolment().fee() == 0 ? look.words().get("courses.cancel.free")
                : look.words().get(shareKey(quote.share()), formats.money(quote.refund()), formats.money(quote.enrolment().fee())));
        body.add(refund);
        WrappingText rule = new WrappingText("cancel.rule", "hint");
        rule.say(look.words().get("receipt.course.refundRule"));
        body.add(rule);
        TouchButton yes = new TouchButton("cancel.yes", look.words().get("courses.cancel.yes"), "primary", look.scale());
        yes.addActionListener(e -> presenter.cancel(new CourseEnrolments.ResidentEnrolment(quote.enrolment(), quote.course())));
        TouchButton keep = new TouchButton("cancel.keep", look.words().get("courses.cancel.keep"), "tile", look.scale());
        keep.addActionListener(e -> presenter.backToMine());
        body.add(yes, "gaptop " + look.scale().mm(8) + ", hmin " + look.bigButton());
        body.add(keep, "hmin " + look.button());
        cancel.showScrolling(body);
        navigator.show(CANCEL);
    }

    @Override
    public void showCancelled(CourseCancelQuote quote) {
        Formats formats = new Formats(look.words());
        cancelled.setHint("");
        JPanel body = Blocks.column(look);
        WrappingText text = new WrappingText("cancelled.text", "good");
        text.say(look.words().get("courses.cancelled", quote.course().title().in(look.words().language())));
        body.add(text);
        WrappingText money = new WrappingText("cancelled.refund", "body");
        money.say(quote.refund() > 0 ? look.words().get("courses.cancelled.refund", formats.money(quote.refund()))
                : look.words().get("courses.cancelled.noRefund"));
        body.add(money);
        TouchButton end = new TouchButton("cancelled.finish", look.words().get("booking.done.finish"), "primary", look.scale());
        end.addActionListener(e -> finish.run());
        TouchButton back = new TouchButton("cancelled.mine", look.words().get("courses.list.mine"), "tile", look.scale());
        back.addActionListener(e -> presenter.backToMine());
        body.add(end, "gaptop " + look.scale().mm(8) + ", hmin " + look.bigButton());
        body.add(back, "hmin " + look.button());
        cancelled.showScrolling(body);
        navigator.showWithoutReturn(CANCELLED);
    }





    static String shareKey(org.madang.core.course.CoursePolicy.RefundShare share) {
        switch (share) {
            case ALL:
                return "courses.cancel.all";
            case TWO_THIRDS:
                return "courses.cancel.twoThirds";
            case HALF:
                return "courses.cancel.half";
            default:
                return "courses.cancel.none";
        }
    }
}
