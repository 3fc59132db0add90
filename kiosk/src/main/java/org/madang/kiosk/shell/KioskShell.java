package org.madang.kiosk.shell;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/**
 * The frame around every kiosk screen: a bar with the site's name and the time left, the
 * screen itself, the "more time?" warning when it is due, and Home and Back at the bottom.
 */
public final class KioskShell extends JPanel {
    private static final long serialVersionUID = 1L;
    /** How long work may take before the "one moment" sign shows. */
    static final int BUSY_DELAY_MS = 400;

    private final JLabel remaining = new JLabel();
    /** The time left, above the reach band in low-position mode. */
    private final JLabel remainingAbove = new JLabel();
    private final JLabel busy = new JLabel();
    private final JLabel mark = new JLabel();
    private final JPanel warning;
    private final JLabel warningText = new JLabel();
    private final TouchButton more;
    private final JPanel bottom;
    private final WrappingText failure = new WrappingText("kiosk.failure", "refusal");
    private final WrappingText help = new WrappingText("kiosk.staffComing", "hint");
    private final JPanel visitor;
    private final WrappingText visitorText = new WrappingText("visit.who", "visitor");
    private final TouchButton contrast;
    private final TouchButton voiceButton;
    private final JPanel voiceStrip;
    private final WrappingText voiceCaption = new WrappingText("voice.caption", "hint");
    private final String voiceOn;
    private final String voiceOff;
    private final transient org.madang.ui.Messages words;
    private final boolean low;
    private final String contrastHigh;
    private final String contrastNormal;
    private final String busyText;
    private final Timer busyDelay;
    private final String failureText;

    /**
     * What the shell's own buttons do.
     *
     * @param toggleContrast switches between ordinary and high-contrast colours (its button sits in the
     *     top bar, on every screen the idle one included)
     * @param toggleVoice turns voice guidance on or off; while it is on a strip under the bar holds
     *     volume, speed, "say again" and "stop talking"
     * @param toggleZoom draws every screen twice the size, or back to the usual
     * @param toggleLow keeps every control within a seated resident's reach (offered where part of the screen is not)
     */
    public record Actions(Runnable moreTime, Runnable callStaff, Runnable toggleContrast, Runnable endVisit,
                          Runnable toggleVoice, Runnable toggleZoom, Runnable toggleLow) {
    }

    public KioskShell(Look look, String siteName, Navigator navigator, Actions actions, VoiceGuide guide) {
        super(new BorderLayout());
        setName("kiosk");
        int pad = look.scale().mm(6);
        // zoomed, a wide screen has no more room across than a tall one: the bars stack as on a tall one
        boolean wide = look.landscape() && !look.zoomed();
        JPanel top = new JPanel(new MigLayout("fillx, hidemode 3, insets " + pad + " " + look.scale().mm(8)
                + ", gap " + look.gap(), wide ? "[][grow, fill][]" : "[grow]"));
        top.putClientProperty(FlatClientProperties.STYLE_CLASS, "bar");
        JLabel site = new JLabel(siteName);
        site.putClientProperty(FlatClientProperties.STYLE_CLASS, "bar");
        remaining.setName("session.remaining");
        remaining.putClientProperty(FlatClientProperties.STYLE_CLASS, "bar");
        contrastHigh = look.words().get("kiosk.contrast.high");
        contrastNormal = look.words().get("kiosk.contrast.normal");
        contrast = barButton(look, "nav.contrast", "\u25D0 " + contrastHigh);
        contrast.addActionListener(e -> actions.toggleContrast().run());
        voiceOn = look.words().get("kiosk.voice.on");
        voiceOff = look.words().get("kiosk.voice.off");
        words = look.words();
        low = look.low();
        voiceButton = barButton(look, "nav.voice", "\u266A " + voiceOn);
        voiceButton.addActionListener(e -> actions.toggleVoice().run());
        String zoomText = look.words().get(look.zoomed() ? "kiosk.zoom.off" : "kiosk.zoom.on");
        TouchButton zoom = barButton(look, "nav.zoom", "\u2295 " + zoomText);
        zoom.getAccessibleContext().setAccessibleName(zoomText);
        zoom.addActionListener(e -> actions.toggleZoom().run());
        String lowText = look.words().get(look.low() ? "kiosk.low.off" : "kiosk.low.on");
        TouchButton low = barButton(look, "nav.low", "\u21E9 " + lowText);
        low.getAccessibleContext().setAccessibleName(lowText);
        low.addActionListener(e -> actions.toggleLow().run());
        boolean offerLow = look.scale().partlyOutOfReach();
        voiceStrip = voiceStrip(look, guide, wide);
        // who is being served, once known, on every screen: the next person must not book as them by
        // mistake. A strip under the bar on a tall screen; inside the bar on a wide one, whose height is short
        visitor = new JPanel(new MigLayout("fillx, insets " + (wide ? 0 : look.scale().mm(3)) + " " + look.scale().mm(wide ? 4 : 8)
                + ", gap " + look.gap(), "[grow, fill][]"));
        visitor.setName("visit.strip");
        visitor.putClientProperty(FlatClientProperties.STYLE_CLASS, "visitor");
        TouchButton end = new TouchButton("visit.end", look.words().get("kiosk.visit.end"), "primary", look.scale());
        end.addActionListener(e -> actions.endVisit().run());
        visitor.add(visitorText, "wmin 0");
        visitor.add(end, "wmin " + look.scale().mm(55) + ", hmin " + look.button() + ", shrink 0");
        visitor.setVisible(false);
        top.add(site, "cell 0 0, wmin 0");
        // low, the site's name and the time left are shown above, out of reach, where nothing is to be touched
        site.setVisible(!look.low());
        // a practice kiosk says so on every screen, beside the time left (PRACTICE.md)
        mark.setName("kiosk.practiceMark");
        mark.putClientProperty(FlatClientProperties.STYLE_CLASS, "practiceMark");
        mark.setOpaque(true);
        mark.setVisible(false);
        if (wide) {
            // before the contrast button, so the keypad's focus meets them left to right
            top.add(visitor, "cell 1 0 1 2, gapleft " + look.scale().mm(10) + ", growx, top, wmin 0");
        }
        // the resident's own settings, one touch each on every screen (ACCESSIBILITY.md #4, #5, #8): at the
        // right of a wide bar; across a tall one under the site's name, two to a row when zoomed
        boolean atRight = wide && !look.zoomed();
        int buttons = offerLow ? 4 : 3;
        // three fit across; four go two by two (on a tall screen, or at the right of a wide one), zoomed too
        int perRow = buttons == 4 && !(look.landscape() && look.zoomed()) ? 2 : atRight || !look.zoomed() || look.landscape() ? 3 : 2;
        if (buttons == 4 && look.landscape() && look.zoomed()) {
            perRow = 4;
        }
        JPanel access = new JPanel(new MigLayout("fillx, insets 0, gap " + look.gap() + ", wrap " + perRow,
                "[grow, fill]".repeat(perRow)));
        access.setOpaque(false);
        int accessHeight = atRight ? look.button() : look.scale().mm(22);
        access.add(voiceButton, "hmin " + accessHeight);
        access.add(contrast, "hmin " + accessHeight);
        access.add(zoom, "hmin " + accessHeight);
        if (offerLow) {
            access.add(low, "hmin " + accessHeight);
        }
        top.add(access, atRight ? "cell 2 0 1 2, top" : wide ? "cell 0 2 3 1, growx" : "cell 0 2, growx");
        // zoomed on a wide screen, whose height is short, the time left goes beside the site's name
        String timeCell = look.landscape() && look.zoomed() ? "cell 0 0" : "cell 0 1";
        top.add(remaining, timeCell + ", wmin 0, gapleft " + look.scale().mm(look.landscape() && look.zoomed() ? 10 : 0));
        top.add(mark, timeCell + ", gapleft " + look.scale().mm(6));
        top.add(busy, atRight ? "cell 0 2 3 1" : wide ? "cell 0 3 3 1" : "cell 0 3");

        warning = new JPanel(new MigLayout("fillx, hidemode 3, insets " + pad + " " + look.scale().mm(8), "[grow, fill][]"));
        warning.setName("session.warning");
        warning.putClientProperty(FlatClientProperties.STYLE_CLASS, "warning");
        warningText.setName("session.warningText");
        more = new TouchButton("session.more", look.words().get("session.more"), "primary", look.scale());
        more.addActionListener(e -> actions.moreTime().run());
        warning.add(warningText);
        warning.add(more, "wmin " + look.scale().mm(60) + ", hmin " + look.button());
        warning.setVisible(false);

        failure.setVisible(false);

        TouchButton home = barButton(look, "nav.home", look.words().get("nav.home"));
        home.addActionListener(e -> navigator.home());
        TouchButton back = barButton(look, "nav.back", look.words().get("nav.back"));
        back.addActionListener(e -> navigator.back());
        TouchButton staff = barButton(look, "nav.staff", look.words().get("kiosk.staff.call"));
        staff.addActionListener(e -> actions.callStaff().run());
        busy.setName("kiosk.busy");
        if (look.zoomed() && !wide) {
            // twice the size does not fit three across a tall screen: Back and Home, then the staff call under them
            bottom = new JPanel(new MigLayout("fillx, wrap 2, insets " + pad + " " + look.scale().mm(8) + ", gap " + look.gap(),
                    "[grow, fill, sg n][grow, fill, sg n]"));
            bottom.add(back, "hmin " + look.button());
            bottom.add(home, "hmin " + look.button());
            bottom.add(staff, "span 2, hmin " + look.button());
        } else {
            bottom = new JPanel(new MigLayout("fillx, insets " + pad + " " + look.scale().mm(8) + ", gap " + look.gap(),
                    "[sg n][grow, center][sg n]"));
            bottom.add(back, "wmin " + look.scale().mm(look.zoomed() ? 60 : 90) + ", hmin " + look.button());
            bottom.add(staff, "wmin " + look.scale().mm(look.zoomed() ? 60 : 80) + ", hmin " + look.button());
            bottom.add(home, "wmin " + look.scale().mm(look.zoomed() ? 60 : 90) + ", hmin " + look.button());
        }
        bottom.putClientProperty(FlatClientProperties.STYLE_CLASS, "bar");
        busy.putClientProperty(FlatClientProperties.STYLE_CLASS, "bar");

        JPanel north = new JPanel(new MigLayout("fillx, wrap 1, insets 0, gap 0, hidemode 3", "[grow, fill]"));
        north.add(top);
        if (!wide) {
            north.add(visitor);
        }
        north.add(voiceStrip);
        JPanel south = new JPanel(new MigLayout("fillx, wrap 1, insets 0, gap 0, hidemode 3", "[grow, fill]"));
        south.add(failure, "gapleft " + look.scale().mm(8) + ", gapright " + look.scale().mm(8));
        help.setVisible(false);
        south.add(help, "gapleft " + look.scale().mm(8) + ", gapright " + look.scale().mm(8));
        south.add(warning);
        south.add(bottom);
        if (look.scrolls()) {
            // a zoomed screen scrolls where it no longer fits, never cutting anything off: the top bar with
            // it (it is twice as tall), while Back, Home and the staff call stay in reach at the bottom
            add(zoomedDeck(look, north, navigator), BorderLayout.CENTER);
        } else {
            add(north, BorderLayout.NORTH);
            add(navigator.deck(), BorderLayout.CENTER);
        }
        add(south, BorderLayout.SOUTH);
        if (look.low()) {
            // the whole shell moves into the reach band; what is above it only shows
            JPanel reach = new JPanel(new BorderLayout());
            for (java.awt.Component c : getComponents()) {
                Object where = ((BorderLayout) getLayout()).getConstraints(c);
                reach.add(c, where);
            }
            removeAll();
            add(outOfReach(look, siteName), BorderLayout.NORTH);
            add(reach, BorderLayout.CENTER);
            int below = look.scale().geometry().heightPx() - look.scale().reachBottomPx();
            if (below > 0) {
                JPanel under = new JPanel();
                under.setName("low.below");
                under.setPreferredSize(new java.awt.Dimension(0, below));
                add(under, BorderLayout.SOUTH);
            }
        }
        this.busyText = look.words().get("kiosk.busy");
        busyDelay = new Timer(BUSY_DELAY_MS, e -> busy.setText(busyText));
        busyDelay.setRepeats(false);
        this.failureText = look.words().get("kiosk.failure");
    }

    /**
     * The voice's own controls, under the top bar while the voice is on: stop, say again, volume
     * and speed, and a caption of what is being said (for whoever stands beside the resident).
     */
    private JPanel voiceStrip(Look look, VoiceGuide guide, boolean wide) {
        JPanel strip = new JPanel(new MigLayout("fillx, hidemode 3, insets " + look.scale().mm(3) + " " + look.scale().mm(8)
                + ", gap " + look.gap() + (wide ? "" : ", wrap 3"), wide ? "[sg v, grow, fill]".repeat(6) : "[sg v, grow, fill]".repeat(3)));
        strip.setName("voice.strip");
        strip.putClientProperty(FlatClientProperties.STYLE_CLASS, "visitor");
        String[][] keys = {{"voice.pause", "kiosk.voice.pause"}, {"voice.repeat", "kiosk.voice.repeat"},
            {"voice.quieter", "kiosk.voice.quieter"}, {"voice.louder", "kiosk.voice.louder"},
            {"voice.slower", "kiosk.voice.slower"}, {"voice.faster", "kiosk.voice.faster"}};
        Runnable[] actions = {guide::pause, guide::repeat, guide::quieter, guide::louder, guide::slower, guide::faster};
        for (int i = 0; i < keys.length; i++) {
            TouchButton b = new TouchButton(keys[i][0], look.words().get(keys[i][1]), "nav", look.scale());
            Runnable action = actions[i];
            b.addActionListener(e -> action.run());
            strip.add(b, "hmin " + look.scale().mm(20));
        }
        voiceCaption.putClientProperty(VoiceGuide.SILENT, Boolean.TRUE);
        strip.add(voiceCaption, "newline, span, growx, wmin 0");
        strip.setVisible(false);
        return strip;
    }

    /**
     * The screens inside a scroll pane that keeps their width (they wrap and re-flow) and scrolls
     * down what no longer fits; the keypad's focus scrolls with it ({@link Keypad}).
     */
    private static javax.swing.JScrollPane zoomedDeck(Look look, JPanel north, Navigator navigator) {
        org.madang.ui.widget.ViewportPanel inner = org.madang.ui.widget.ViewportPanel.fillingHeight(new BorderLayout(), look.scale().mm(20));
        inner.add(north, BorderLayout.NORTH);
        inner.add(navigator.deck(), BorderLayout.CENTER);
        javax.swing.JScrollPane pane = new javax.swing.JScrollPane(inner, javax.swing.ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        pane.setName("screens.zoomed");
        pane.setBorder(null);
        pane.getVerticalScrollBar().setUnitIncrement(look.scale().mm(20));
        pane.getVerticalScrollBar().setPreferredSize(new java.awt.Dimension(look.scale().mm(8), 0));
        return pane;
    }

    /**
     * A button of the bars (the resident's settings, Back, Home, the staff call). Zoomed, its words are
     * one and a half times their size, not two, and stay on one line: a bar's short words then fit
     * beside each other, and a symbol never sits alone on a line above its word.
     */
    private static TouchButton barButton(Look look, String name, String text) {
        if (!look.zoomed()) {
            return new TouchButton(name, text, "barNav", look.scale());
        }
        TouchButton b = new TouchButton(name, text, "barNav", look.scale().zoomed(1.0));
        b.putClientProperty(FlatClientProperties.STYLE, "font: 75%");
        b.setMinimumSize(new java.awt.Dimension(look.scale().mm(TouchButton.MIN_TARGET_MM), look.scale().mm(TouchButton.MIN_TARGET_MM)));
        return b;
    }

    /** Names the voice button after what pressing it does, and shows or hides the voice's controls. */
    public void showVoice(boolean on) {
        String text = "\u266A " + (on ? voiceOff : voiceOn);
        voiceButton.setText(text);
        voiceButton.getAccessibleContext().setAccessibleName(text.substring(2));
        if (voiceStrip.isVisible() != on) {
            voiceStrip.setVisible(on);
            revalidate();
        }
        if (!on) {
            voiceCaption.say("");
        }
    }

    /** The speaking indicator: what the voice is saying now (its start: a screen's whole reading would push the screen down). */
    public void showSaid(String said) {
        String shown = said.length() > CAPTION_CHARS ? said.substring(0, CAPTION_CHARS).strip() + "\u2026" : said;
        voiceCaption.say(said.isEmpty() ? "" : words.get("kiosk.voice.speaking", shown));
    }

    /** The most of an utterance the speaking indicator shows. */
    private static final int CAPTION_CHARS = 90;

    /** Names the contrast button after what pressing it does: high contrast, or back to the ordinary colours. */
    public void showContrast(boolean high) {
        String text = "\u25D0 " + (high ? contrastNormal : contrastHigh);
        contrast.setText(text);
        contrast.getAccessibleContext().setAccessibleName(text.substring(2));
    }

    public void setRemaining(String text) {
        remaining.setText(text);
        remainingAbove.setText(text);
    }

    /**
     * Low-position mode: the part of the screen above a seated resident's reach holds no control,
     * only the site's name, the time left and a line saying the buttons are lower down.
     */
    private JPanel outOfReach(Look look, String siteName) {
        JPanel above = new JPanel(new MigLayout("fill, wrap 1, hidemode 3, insets " + look.scale().mm(4) + " " + look.scale().mm(8)
                + ", gap " + look.scale().mm(2), "[grow, fill]", "push[][][]"));
        above.setName("low.above");
        above.putClientProperty(FlatClientProperties.STYLE_CLASS, "bar");
        above.setPreferredSize(new java.awt.Dimension(0, look.scale().reachTopPx()));
        JLabel site = new JLabel(siteName);
        site.putClientProperty(FlatClientProperties.STYLE_CLASS, "bar");
        remainingAbove.putClientProperty(FlatClientProperties.STYLE_CLASS, "bar");
        WrappingText lower = new WrappingText("low.above.hint", "bar");
        lower.say(look.words().get("kiosk.low.above"));
        above.add(site, "wmin 0");
        above.add(remainingAbove, "wmin 0");
        above.add(lower, "wmin 0");
        return above;
    }

    /** Shows or hides the "more time?" strip; {@code canExtend} false leaves only the message. */
    public void setWarning(String text, boolean canExtend) {
        warningText.setText(text);
        more.setVisible(canExtend);
        if (!warning.isVisible()) {
            warning.setVisible(true);
            more.requestFocusInWindow();
        }
        revalidate();
    }

    public void hideWarning() {
        if (warning.isVisible()) {
            warning.setVisible(false);
            revalidate();
        }
    }

    /**
     * Shows or hides the "one moment" sign. It appears only when the work takes longer than
     * {@link #BUSY_DELAY_MS}: a sign that flashes on every touch is noise, and the bar it grows
     * would shift the whole screen twice.
     */
    public void setBusy(boolean on) {
        if (on) {
            busyDelay.restart();
        } else {
            busyDelay.stop();
            busy.setText("");
        }
    }

    /**
     * Says who is being served ("김*희 님 이용 중", and on the home screen that the next service
     * goes on as them), with "I'm done" beside it; empty hides the strip (nobody is known yet).
     */
    public void showVisitor(java.util.Optional<String> text) {
        boolean on = text.isPresent();
        visitorText.say(text.orElse(""));
        if (visitor.isVisible() != on) {
            visitor.setVisible(on);
        }
        revalidate();
    }

    /** "Staff have been called": stays until the visit ends. */
    public void showStaffComing(String text) {
        help.say(text);
        help.setVisible(true);
        revalidate();
    }

    public void showFailure(boolean on) {
        failure.say(on ? failureText : "");
        failure.setVisible(on);
        revalidate();
    }

    /** Marks every screen as practice ("연습 중" / "Practice"): nothing here is real. */
    public void showMark(String text) {
        mark.setText(text);
        mark.setVisible(true);
        revalidate();
    }

    /** Hides the bars on the idle screen, which is all one button. */
    public void setBarsVisible(boolean visible) {
        bottom.setVisible(visible);
        remaining.setVisible(visible && !low);
        remainingAbove.setVisible(visible);
    }
}
