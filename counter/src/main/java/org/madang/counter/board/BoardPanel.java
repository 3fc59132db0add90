package org.madang.counter.board;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Font;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.madang.core.notice.Notice;
import org.madang.core.queue.LineStatus;
import org.madang.core.queue.Ticket;
import org.madang.ui.Formats;
import org.madang.ui.Messages;
import org.madang.ui.widget.WrappingText;

/**
 * The queue display board on a wall screen (16:9 or portrait): the number being called in very
 * large type with its desk, the last few calls, the waiting counts per service, what was said
 * aloud as words, and the centre's notices while nothing is called. Type sizes follow the screen;
 * nothing flashes (ACCESSIBILITY.md #11), and a notice stays {@link #NOTICE_SECONDS} seconds.
 */
public final class BoardPanel extends JPanel implements BoardView {
    private static final long serialVersionUID = 1L;
    /** How long each notice stays while the board is idle. */
    public static final int NOTICE_SECONDS = 12;

    private final Messages words;
    private final Formats formats;
    private final JLabel heading = new JLabel();
    private final JLabel number = new JLabel(" ", SwingConstants.CENTER);
    private final JLabel desk = new JLabel(" ", SwingConstants.CENTER);
    private final JPanel callArea;
    private final JPanel noticeArea;
    private final WrappingText noticeTitle = new WrappingText("board.notice.title", "boardNotice");
    private final WrappingText noticeBody = new WrappingText("board.notice.body", "boardText");
    private final JPanel recent;
    private final JPanel counts;
    private final JLabel caption = new JLabel(" ");
    private final JLabel time = new JLabel();
    private final Font base;
    private final float unit;
    /** The widths of the large area and of the side list, in pixels: long words shrink to fit them. */
    private final int callWidth;
    private final int sideWidth;
    private final int countWidth;
    private final float numberSize;
    private final float deskSize;
    private final Timer clockTimer;
    private final Timer noticeTimer;
    private transient List<Notice> notices = List.of();
    private int noticeAt;

    /**
     * @param width  the board's width in pixels, which sizes the type
     * @param height the board's height in pixels
     */
    public BoardPanel(Messages words, String siteName, int width, int height, Clock clock, Runnable everyHalfMinute) {
        super(new MigLayout("fill, wrap 1, insets 0, gap 0, hidemode 3", "[grow, fill]", "[][grow, fill][][]"));
        this.words = words;
        this.formats = new Formats(words);
        setName("screen.board");
        putClientProperty(FlatClientProperties.STYLE_CLASS, "board");
        boolean portrait = height > width;
        unit = Math.min(width, height) / 100f;
        base = getFont();
        callWidth = Math.round((portrait ? width : width * 0.62f) - 6 * unit);
        sideWidth = Math.round((portrait ? width : width * 0.38f) - 6 * unit);
        countWidth = Math.round((portrait ? width : width / 2f) - 10 * unit);

        JPanel top = new JPanel(new MigLayout("fillx, insets " + px(2) + " " + px(3), "[grow][]"));
        top.putClientProperty(FlatClientProperties.STYLE_CLASS, "boardBar");
        JLabel site = label(siteName + " · " + words.get("board.title"), 4.5f, "boardBar");
        time.setName("board.time");
        style(time, 4.5f, "boardBar");
        top.add(site, "wmin 0");
        top.add(time);

        callArea = new JPanel(new MigLayout("fill, wrap 1, insets " + px(2), "[grow, fill]", "[][grow, fill][]"));
        callArea.setName("board.call");
        callArea.setOpaque(false);
        heading.setName("board.heading");
        style(heading, 6f, "boardHeading");
        heading.setHorizontalAlignment(SwingConstants.CENTER);
        number.setName("board.number");
        numberSize = portrait ? 30f : 34f;
        deskSize = portrait ? 11f : 12f;
        style(number, numberSize, "boardNumber");
        desk.setName("board.desk");
        style(desk, deskSize, "boardDesk");
        callArea.add(heading, "wmin 0");
        callArea.add(number, "wmin 0");
        callArea.add(desk, "wmin 0");

        noticeArea = new JPanel(new MigLayout("fill, wrap 1, insets " + px(4), "[grow, fill]", "[][][grow, top]"));
        noticeArea.setName("board.notices");
        noticeArea.setOpaque(false);
        noticeTitle.setFont(base.deriveFont(Font.BOLD, px(6.5f)));
        noticeBody.setFont(base.deriveFont((float) px(4.5f)));
        noticeArea.add(fit(label(words.get("board.idle"), 4f, "boardHeading"), px(4f), callWidth), "wmin 0");
        noticeArea.add(noticeTitle, "wmin 0");
        noticeArea.add(noticeBody, "wmin 0");
        noticeArea.setVisible(false);

        recent = new JPanel(new MigLayout("wrap 2, insets " + px(2) + ", gap " + px(1.5f), "[grow, 0:pref][0:pref]"));
        recent.setName("board.recent");
        recent.putClientProperty(FlatClientProperties.STYLE_CLASS, "boardSide");
        // two services a row on a wide board, one on a tall one
        counts = new JPanel(new MigLayout((portrait ? "wrap 1" : "wrap 2") + ", fillx, insets " + px(1.5f) + " " + px(3) + ", gap " + px(4)
                + " " + px(0.8f), portrait ? "[grow, 0:pref]" : "[grow, 0:pref][grow, 0:pref]"));
        counts.setName("board.counts");
        counts.putClientProperty(FlatClientProperties.STYLE_CLASS, "boardBar");
        caption.setName("board.caption");
        style(caption, 4f, "boardCaption");

        JPanel middle = new JPanel(new MigLayout("fill, insets 0, gap 0" + (portrait ? ", wrap 1" : ""),
                portrait ? "[grow, fill]" : "[grow 62, fill][grow 38, fill]", portrait ? "[grow 62, fill][grow 38, fill]" : "[grow, fill]"));
        middle.setOpaque(false);
        JPanel large = new JPanel(new MigLayout("fill, insets 0, hidemode 3", "[grow, fill]", "[grow, fill]"));
        large.setOpaque(false);
        large.add(callArea, "cell 0 0, wmin 0");
        large.add(noticeArea, "cell 0 0, wmin 0");
        middle.add(large, "wmin 0");
        middle.add(recent, "wmin 0");
        add(top, "wmin 0");
        add(middle, "wmin 0");
        add(counts, "wmin 0");
        add(caption, "gapleft " + px(3) + ", gaptop " + px(1) + ", gapbottom " + px(1.5f));

        time.setText(formats.time(LocalTime.now(clock)));
        int[] seconds = {0};
        clockTimer = new Timer(1000, e -> {
            time.setText(formats.time(LocalTime.now(clock)));
            if (++seconds[0] % 30 == 0) {
                everyHalfMinute.run();
            }
        });
        noticeTimer = new Timer(NOTICE_SECONDS * 1000, e -> turnNotice());
    }

    /** Starts the clock and the notices' turning (not for offscreen screenshots). */
    public void start() {
        clockTimer.start();
        noticeTimer.start();
    }

    public void stop() {
        clockTimer.stop();
        noticeTimer.stop();
    }

    private int px(float units) {
        return Math.round(units * unit);
    }

    private JLabel label(String text, float size, String styleClass) {
        JLabel l = new JLabel(text);
        style(l, size, styleClass);
        return l;
    }

    /** Shrinks a label's type, when its words are wider than {@code width}, so they fit on one line. */
    private JLabel fit(JLabel l, int sizePx, int width) {
        Font full = l.getFont().deriveFont((float) sizePx);
        int wide = l.getFontMetrics(full).stringWidth(l.getText());
        l.setFont(wide <= width ? full : full.deriveFont((float) Math.max(8, sizePx * width / (double) wide)));
        return l;
    }

    private void style(JLabel l, float size, String styleClass) {
        l.setFont(base.deriveFont(Font.BOLD, px(size)));
        l.putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
    }

    @Override
    public void showCall(Ticket ticket, boolean again) {
        heading.setText(words.get(again ? "board.callingAgain" : "board.calling"));
        number.setText(ticket.label());
        fit(number, px(numberSize), callWidth);
        desk.setText(words.get("board.comeTo", ticket.desk()));
        fit(desk, px(deskSize), callWidth);
        number.getAccessibleContext().setAccessibleName(words.get("board.say", ticket.prefix(), ticket.number(), ticket.desk()));
        noticeArea.setVisible(false);
        callArea.setVisible(true);
    }

    @Override
    public void showRecent(List<Ticket> calls) {
        recent.removeAll();
        recent.add(label(words.get("board.recent"), 4.5f, "boardHeading"), "span 2, gapbottom " + px(1));
        for (Ticket t : calls) {
            JLabel l = label(t.label(), 7f, "boardText");
            l.setName("board.recent." + t.label());
            recent.add(l);
            recent.add(fit(label(words.get("board.toDesk", t.desk()), 5f, "boardText"), px(5f), sideWidth / 2), "right");
        }
        recent.revalidate();
        recent.repaint();
    }

    @Override
    public void showCounts(List<LineStatus> statuses) {
        counts.removeAll();
        for (LineStatus s : statuses) {
            JLabel l = label(words.get("board.waiting", s.line().name().in(words.language()), s.waiting(), s.estimatedMinutes()), 3.6f,
                    "boardBar");
            fit(l, px(3.6f), countWidth);
            l.setName("board.count." + s.line().code());
            counts.add(l);
        }
        counts.revalidate();
        counts.repaint();
    }

    @Override
    public void showIdle(List<Notice> current) {
        notices = List.copyOf(current);
        noticeAt = 0;
        callArea.setVisible(notices.isEmpty());
        noticeArea.setVisible(!notices.isEmpty());
        if (notices.isEmpty()) {
            heading.setText(words.get("board.idle"));
            number.setText(" ");
            desk.setText(" ");
        } else {
            showNotice();
        }
    }

    private void turnNotice() {
        if (noticeArea.isVisible() && notices.size() > 1) {
            noticeAt = (noticeAt + 1) % notices.size();
            showNotice();
        }
    }

    private void showNotice() {
        Notice n = notices.get(noticeAt);
        noticeTitle.say(n.title().in(words.language()));
        noticeBody.say(n.body().in(words.language()));
    }

    @Override
    public void showCaption(String said) {
        caption.setText("\u266A " + said);
    }

    @Override
    public void showFailure() {
        caption.setText(words.get("counter.failure"));
    }
}
