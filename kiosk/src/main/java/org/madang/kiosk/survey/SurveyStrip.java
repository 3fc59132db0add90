package org.madang.kiosk.survey;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;
import org.madang.core.survey.Rating;
import org.madang.kiosk.shell.Look;
import org.madang.kiosk.shell.VoiceGuide;
import org.madang.ui.widget.Pictograms;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/**
 * The satisfaction question at the foot of a completed service's screen: three large faces with
 * their words, one touch; thanks in their place once the answer is kept. Nothing to dismiss —
 * Finish (or the session's end) takes it away unanswered.
 */
public final class SurveyStrip extends JPanel implements SurveyView {
    private static final long serialVersionUID = 1L;
    private static final double FACE_MM = 18;
    /** In the one low row of a wide screen, beside its word. */
    private static final double FACE_IN_ROW_MM = 12;

    private final WrappingText question = new WrappingText("survey.question", "heading");
    private final WrappingText hint = new WrappingText("survey.hint", "hint");
    private final WrappingText status = new WrappingText("survey.status", "good");
    private final JPanel row;
    private final transient Look look;
    /** One low row on a wide screen: the words at the left without the line that it may be skipped, the faces beside them. */
    private final boolean wide;
    private transient SurveyPresenter presenter;

    public SurveyStrip(Look look) {
        super(layout(look));
        this.look = look;
        setName("survey");
        putClientProperty(FlatClientProperties.STYLE_CLASS, "card");
        question.say(look.words().get("kiosk.survey.question"));
        hint.say(look.words().get("kiosk.survey.hint"));
        wide = look.landscape() && !look.zoomed();
        // three across; zoomed on a tall screen, one under the other (each then has the width for its words at twice the size)
        int across = look.zoomed() && !look.landscape() ? 1 : 3;
        row = new JPanel(new MigLayout("fillx, insets 0, wrap " + across + ", gap " + look.gap(), "[grow, fill, sg face]".repeat(across)));
        row.setOpaque(false);
        for (Rating rating : Rating.values()) {
            String word = look.words().get(wordKey(rating));
            TouchButton face = new TouchButton("survey." + rating.name().toLowerCase(java.util.Locale.ROOT), word, "tile", look.scale());
            face.setIcon(Pictograms.of("face-" + rating.name().toLowerCase(java.util.Locale.ROOT), face,
                    look.scale().mm(wide ? FACE_IN_ROW_MM : FACE_MM)));
            // the face above its word; beside it where the faces stand one under another, or in one low row
            boolean beside = across == 1 || wide;
            face.setVerticalTextPosition(beside ? SwingConstants.CENTER : SwingConstants.BOTTOM);
            face.setHorizontalTextPosition(beside ? SwingConstants.TRAILING : SwingConstants.CENTER);
            face.setIconTextGap(look.scale().mm(2));
            face.addActionListener(e -> {
                if (presenter != null) {
                    presenter.answer(rating);
                }
            });
            // a low row on a wide screen: still twice the 12 mm a target needs
            row.add(face, "hmin " + (wide ? look.scale().mm(24) : look.button()));
        }
        status.putClientProperty(VoiceGuide.LIVE, Boolean.TRUE);
        status.setVisible(false);
        if (wide) {
            JPanel words = new JPanel(new MigLayout("fillx, wrap 1, hidemode 3, insets 0, gap " + look.scale().mm(2), "[grow, fill]"));
            words.setOpaque(false);
            // the line that it may be skipped goes: a wide screen's height is for the service above
            hint.setVisible(false);
            words.add(question);
            words.add(hint);
            words.add(status);
            add(words, "top");
            add(row, "top");
        } else {
            add(question);
            add(hint);
            add(row);
            add(status);
        }
    }

    /** A wide screen has no height to spare: the words at the left and the faces beside them, in one row; else one under another. */
    private static MigLayout layout(Look look) {
        String around = "fillx, hidemode 3, gap " + look.scale().mm(3) + ", insets ";
        return look.landscape() && !look.zoomed() ? new MigLayout(around + look.scale().mm(2), "[grow 40, fill][grow 60, fill]")
                : new MigLayout(around + look.scale().mm(4) + ", wrap 1", "[grow, fill]");
    }

    private static String wordKey(Rating rating) {
        return switch (rating) {
            case GOOD -> "kiosk.survey.good";
            case OKAY -> "kiosk.survey.okay";
            case POOR -> "kiosk.survey.poor";
        };
    }

    public void attach(SurveyPresenter p) {
        this.presenter = p;
    }

    @Override
    public void ask() {
        status.setVisible(false);
        status.say("");
        question.setVisible(true);
        hint.setVisible(!wide);
        row.setVisible(true);
        revalidate();
        repaint();
    }

    @Override
    public void thank() {
        question.setVisible(false);
        hint.setVisible(false);
        row.setVisible(false);
        status.putClientProperty(FlatClientProperties.STYLE_CLASS, "good");
        status.say(look.words().get("kiosk.survey.kept"));
        status.setVisible(true);
        revalidate();
        repaint();
    }

    @Override
    public void notKept() {
        status.putClientProperty(FlatClientProperties.STYLE_CLASS, "hint");
        status.say(look.words().get("kiosk.survey.notKept"));
        status.setVisible(true);
        revalidate();
        repaint();
    }
}
