package org.madang.kiosk.home;

import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.madang.core.notice.Notice;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/**
 * The waiting screen: the site's name and a screen-wide button that wakes the kiosk, and the
 * current notices one at a time with previous, pause and next. A notice stays at least
 * {@link #NOTICE_SECONDS} seconds (ACCESSIBILITY.md #11); touching it also wakes the kiosk.
 */
public final class IdlePage extends JPanel {
    private static final long serialVersionUID = 1L;
    public static final String ID = "idle";
    /** How long each notice stays before the next one: never under 10 s. */
    public static final int NOTICE_SECONDS = 12;

    private final Look look;
    private final JPanel board;
    private final WrappingText noticeTitle = new WrappingText("idle.notice.title", "title");
    private final WrappingText noticeBody = new WrappingText("idle.notice.body", "body");
    private final WrappingText position = new WrappingText("idle.notice.position", "hint");
    private final TouchButton pause;
    private final Timer turner = new Timer(NOTICE_SECONDS * 1000, e -> turn(1));
    private List<Notice> notices = List.of();
    private int at;
    private boolean paused;

    /** @param services the names of the services the kiosk offers, in one line */
    public IdlePage(Look look, String siteName, Runnable wake, LanguageButtons languages, String services) {
        super(new MigLayout("fill, wrap 1, insets " + look.scale().mm(10) + ", gap " + look.gap(), "[grow, fill]", "[grow, fill][][]"));
        this.look = look;
        String touch = look.words().get("kiosk.idle.touch");
        TouchButton start = new TouchButton("idle.start", "<html><center><b><big>" + touch + "</big></b><br><br>"
                + services + "</center></html>", "wake", look.scale());
        start.getAccessibleContext().setAccessibleName(siteName + ". " + touch + ". " + services);
        start.addActionListener(e -> wake.run());
        board = new JPanel(new MigLayout("fillx, wrap 3, insets " + look.scale().mm(4) + ", gap " + look.gap(),
                "[grow, fill, sg n][grow, fill, sg n][grow, fill, sg n]"));
        board.setName("idle.notices");
        board.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE_CLASS, "card");
        MouseAdapter wakes = new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                wake.run();
            }
        };
        board.addMouseListener(wakes);
        noticeTitle.addMouseListener(wakes);
        noticeBody.addMouseListener(wakes);
        TouchButton previous = new TouchButton("idle.notice.previous", look.words().get("kiosk.idle.previous"), "nav", look.scale());
        previous.addActionListener(e -> turn(-1));
        pause = new TouchButton("idle.notice.pause", look.words().get("kiosk.idle.pause"), "nav", look.scale());
        pause.addActionListener(e -> setPaused(!paused));
        TouchButton next = new TouchButton("idle.notice.next", look.words().get("kiosk.idle.next"), "nav", look.scale());
        next.addActionListener(e -> turn(1));
        board.add(position, "span 3");
        board.add(noticeTitle, "span 3");
        board.add(noticeBody, "span 3");
        // low-position mode leaves less of the screen in reach: a notice's title and its controls, its words on the notices screen
        noticeBody.setVisible(!look.low());
        board.add(previous, "hmin " + look.button());
        board.add(pause, "hmin " + look.button());
        board.add(next, "hmin " + look.button());
        board.setVisible(false);
        add(start);
        add(board);
        add(languages, "center");
    }

    /** The notices to turn through; none hides the board. */
    public void showNotices(List<Notice> current) {
        notices = List.copyOf(current);
        at = 0;
        board.setVisible(!notices.isEmpty());
        showCurrent();
        if (notices.size() > 1 && !paused) {
            turner.restart();
        } else {
            turner.stop();
        }
        revalidate();
        repaint();
    }

    /** Stops turning (the idle screen is left). */
    public void stopTurning() {
        turner.stop();
    }

    /** Moves {@code step} notices on (or back); from a touch or the timer. */
    public void turn(int step) {
        if (notices.isEmpty()) {
            return;
        }
        at = Math.floorMod(at + step, notices.size());
        showCurrent();
        if (!paused && notices.size() > 1) {
            turner.restart();
        }
    }

    private void setPaused(boolean on) {
        paused = on;
        pause.setText(look.words().get(on ? "kiosk.idle.play" : "kiosk.idle.pause"));
        pause.getAccessibleContext().setAccessibleName(pause.getText());
        if (on) {
            turner.stop();
        } else if (notices.size() > 1) {
            turner.restart();
        }
    }

    /** The notice on the board now, for tests; null when there is none. */
    public Notice current() {
        return notices.isEmpty() ? null : notices.get(at);
    }

    public boolean paused() {
        return paused;
    }

    private void showCurrent() {
        if (notices.isEmpty()) {
            return;
        }
        Notice n = notices.get(at);
        String lang = look.words().language();
        position.say(look.words().get("kiosk.idle.notice", at + 1, notices.size()));
        noticeTitle.say(n.title().in(lang));
        noticeBody.say(n.body().in(lang));
    }
}
