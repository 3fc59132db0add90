package org.madang.kiosk.booking;

import net.miginfocom.swing.MigLayout;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/** "You are on the waiting list" / "You have entered the lottery": what happens next, and Finish. */
final class ResultPage extends KioskPage {
    private static final long serialVersionUID = 1L;
    static final String ID = "booking.result";

    private final WrappingText what = new WrappingText("result.text", "good");
    private final WrappingText next = new WrappingText("result.next", "body");

    ResultPage(Look look, Runnable onFinish, Runnable onMore) {
        super(look, ID);
        TouchButton finish = new TouchButton("result.finish", look.words().get("booking.done.finish"), "primary", look.scale());
        finish.addActionListener(e -> onFinish.run());
        TouchButton more = new TouchButton("result.more", look.words().get("booking.result.more"), "tile", look.scale());
        more.addActionListener(e -> onMore.run());
        content().setLayout(new MigLayout("fill, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]", "[][][grow][][]"));
        content().add(what);
        content().add(next);
        content().add(new javax.swing.JLabel(), "grow");
        content().add(finish, "hmin " + look.bigButton());
        content().add(more, "hmin " + look.button());
    }

    void show(String title, String text, String whatNext) {
        setTitle(title);
        setHint("");
        what.say(text);
        next.say(whatNext);
        refresh();
    }
}
