package org.madang.kiosk.course;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.List;
import java.util.Optional;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.course.CourseCancelQuote;
import org.madang.core.course.CourseEnrolments;
import org.madang.core.course.EnrolmentStatus;
import org.madang.core.course.LearningRecord;
import org.madang.core.resident.Resident;
import org.madang.kiosk.shell.Blocks;
import org.madang.ui.Formats;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.kiosk.shell.Navigator;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/** "My courses": the places a resident holds, cancelling with the §23 refund shown first, and the learning history. */
final class MyCoursesPages {
    private final Look look;
    private final Navigator navigator;
    private final CoursePresenter presenter;
    private final Runnable finish;
    private final Optional<Runnable> printHistory;
    private final KioskPage mine;
    private final KioskPage history;
    private final KioskPage cancel;
    private final KioskPage cancelled;

    /** @param printHistory prints the learning history as a certificate; empty when the site issues no documents */
    MyCoursesPages(Look look, Navigator navigator, CoursePresenter presenter, Runnable finish, Optional<Runnable> printHistory) {
        this.look = look;
        this.navigator = navigator;
        this.presenter = presenter;
        this.finish = finish;
        this.printHistory = printHistory;
        mine = page(CourseScreens.MINE, "courses.mine.title");
        history = page(CourseScreens.HISTORY, "courses.history.title");
        cancel = page(CourseScreens.CANCEL, "courses.cancel.title");
        cancelled = page(CourseScreens.CANCELLED, "courses.cancelled.title");
    }

    private KioskPage page(String id, String titleKey) {
        KioskPage p = new KioskPage(look, id);
        p.setTitle(look.words().get(titleKey));
        navigator.register(id, p);
        return p;
    }

    void showMine(Resident resident, List<CourseEnrolments.ResidentEnrolment> places, String noteKey) {
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
            what.say(CourseScreens.when(look, p.course()) + "\n" + status(p));
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
        navigator.show(CourseScreens.MINE);
    }

    void showHistory(Resident resident, List<LearningRecord> taken) {
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
        navigator.show(CourseScreens.HISTORY);
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

    void showCancelQuote(CourseCancelQuote quote) {
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
        navigator.show(CourseScreens.CANCEL);
    }

    void showCancelled(CourseCancelQuote quote) {
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
        navigator.showWithoutReturn(CourseScreens.CANCELLED);
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
