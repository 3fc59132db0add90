package org.madang.kiosk.checkin;

import org.madang.ui.Formats;
import java.util.List;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.course.Course;
import org.madang.core.booking.Booking;
import org.madang.core.facility.Facility;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.identify.SimulatorPanels;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.kiosk.shell.Navigator;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/** "Hold your booking receipt's QR code under the scanner": the answer in words, and Finish. */
public final class CheckInPage extends KioskPage implements CheckInView {
    private static final long serialVersionUID = 1L;
    public static final String ID = "checkin";

    private final Navigator navigator;
    private final KioskServices.Devices devices;
    private final WrappingText answer = new WrappingText("checkin.answer", "body");
    private final TouchButton finish;
    private final CheckInPresenter presenter;
    private Runnable checkedIn = () -> { };

    /** @param presenters makes this page's presenter for its view (the page never sees the services themselves) */
    public CheckInPage(Look look, Navigator navigator, KioskServices.Devices devices,
                       java.util.function.Function<CheckInView, CheckInPresenter> presenters, Runnable onFinish) {
        super(look, ID);
        this.navigator = navigator;
        this.devices = devices;
        setTitle(look.words().get("checkin.title"));
        setHint(look.words().get("checkin.hint"));
        finish = new TouchButton("checkin.finish", look.words().get("booking.done.finish"), "primary", look.scale());
        finish.addActionListener(e -> onFinish.run());
        presenter = navigator.replay().presenter(CheckInView.class, this, presenters);
        navigator.register(ID, this);
    }

    /** Told each time a check-in (a booking's or a course session's) is done, on the UI thread. */
    public void onCheckedIn(Runnable done) {
        this.checkedIn = done;
    }

    public CheckInPresenter presenter() {
        return presenter;
    }

    @Override
    public void showWaiting(List<KioskServices.SampleCode> practiceCodes) {
        answer.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE_CLASS, "body");
        answer.say("");
        content().removeAll();
        content().setLayout(new MigLayout("fill, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]", "[][grow, fill][]"));
        content().add(answer);
        JPanel simulators = new org.madang.ui.widget.ViewportPanel(new MigLayout("fillx, wrap 1, insets 0", "[grow, fill]"), look.scale().mm(20));
        simulators.setOpaque(false);
        devices.scans().ifPresent(s -> simulators.add(SimulatorPanels.scans(look, s, practiceCodes)));
        content().add(scroller(simulators));
        content().add(finish, "hmin " + look.bigButton());
        refresh();
        navigator.show(ID);
    }

    @Override
    public boolean showing() {
        return ID.equals(navigator.current());
    }

    @Override
    public void showCheckedIn(Booking booking, Facility facility) {
        answer.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE_CLASS, "good");
        answer.say(look.words().get("checkin.done", facility.name().in(look.words().language()),
                new Formats(look.words()).period(booking.startsAt(), booking.endsAt()), facility.location().in(look.words().language())));
        finish.requestFocusInWindow();
        checkedIn.run();
    }

    @Override
    public void showAttended(Course course, int session, int attended, boolean already) {
        answer.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE_CLASS, "good");
        answer.say(look.words().get(already ? "checkin.course.already" : "checkin.course.done", course.title().in(look.words().language()),
                session, course.sessions(), attended, course.place().in(look.words().language())));
        finish.requestFocusInWindow();
        checkedIn.run();
    }

    @Override
    public void showRefusal(Refusal refusal) {
        answer.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE_CLASS, "refusal");
        answer.say(look.words().say(refusal));
    }
}
