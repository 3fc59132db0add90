package org.madang.practice.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.AWTEvent;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.MouseEvent;
import java.util.regex.Pattern;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLayeredPane;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.madang.practice.lesson.Attempt;
import org.madang.practice.lesson.Lesson;
import org.madang.practice.lesson.Level;
import org.madang.practice.lesson.Step;
import org.madang.ui.Messages;
import org.madang.ui.ScreenScale;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/**
 * A practice machine (Madang's kiosk or a scenario pack's) with a lesson: above it a strip with the task, the step to do now in large
 * words and any hint, with "help me" and "stop"; over it, in guided practice, the spotlight on
 * the next control. It reports each touch of a kiosk control (by its name) and each screen shown
 * to the presenter; it never looks at the kiosk's state otherwise.
 */
public final class LessonScreen extends JPanel implements LessonView {
    private static final long serialVersionUID = 1L;

    private final LessonHost kiosk;
    private final transient org.madang.hardware.voice.Voice voice;
    private final JLayeredPane layers = new JLayeredPane() {
        private static final long serialVersionUID = 1L;

        @Override
        public void doLayout() {
            for (Component c : getComponents()) {
                c.setBounds(0, 0, getWidth(), getHeight());
            }
        }
    };
    private final Spotlight spotlight;
    private final WrappingText task = new WrappingText("practice.task", "heading");
    private final WrappingText step = new WrappingText("practice.step", "title");
    private final WrappingText hint = new WrappingText("practice.hint", "hint");
    private final transient AWTEventListener watcher;
    private final Timer ticker;
    private final Timer respot;
    private final TouchButton help;
    private final TouchButton stop;
    private final JPanel after;
    private final TouchButton again;
    private final TouchButton toList;
    private transient Runnable onAgain;
    private transient Runnable onList;
    private transient LessonPresenter presenter;
    private transient Step spotted;
    /** Looks for the spotlighted control that found nothing, in a row. */
    private int misses;
    private Messages words;

    /** @param voice says the task, each step, each hint and the result aloud (PRACTICE.md) */
    public LessonScreen(LessonHost kiosk, ScreenScale scale, org.madang.hardware.voice.Voice voice) {
        super(new BorderLayout());
        this.kiosk = kiosk;
        this.voice = voice;
        this.words = Messages.forLanguage(kiosk.language());
        setName("practice.lesson");
        org.madang.kiosk.shell.Keypad.arrowsMoveFocus(this);
        spotlight = new Spotlight(this::missed);
        spotlight.setVisible(false);
        layers.add(kiosk.root(), JLayeredPane.DEFAULT_LAYER);
        layers.add(spotlight, JLayeredPane.PALETTE_LAYER);
        JPanel strip = new JPanel(new MigLayout("fillx, wrap 2, hidemode 3, insets " + scale.mm(4) + " " + scale.mm(8) + ", gap " + scale.mm(3),
                "[grow, fill][]"));
        strip.setName("practice.strip");
        strip.putClientProperty(FlatClientProperties.STYLE_CLASS, "warning");
        help = new TouchButton("practice.help", words.get("practice.help"), "primary", scale);
        help.addActionListener(e -> presenter.askHelp());
        stop = new TouchButton("practice.stop", words.get("practice.stop"), "nav", scale);
        stop.addActionListener(e -> presenter.stop());
        again = new TouchButton("practice.again", words.get("practice.again"), "primary", scale);
        again.addActionListener(e -> onAgain.run());
        toList = new TouchButton("practice.toList", words.get("practice.toList"), "nav", scale);
        toList.addActionListener(e -> onList.run());
        after = new JPanel(new MigLayout("insets 0, gap " + scale.mm(5), "[grow, fill][grow, fill]"));
        after.setOpaque(false);
        after.add(again, "hmin " + scale.mm(20));
        after.add(toList, "hmin " + scale.mm(20));
        after.setVisible(false);
        strip.add(task, "wmin 0");
        strip.add(help, "spany 2, top, wmin " + scale.mm(45));
        strip.add(step, "wmin 0");
        strip.add(hint, "span 2, wmin 0, hidemode 3");
        strip.add(stop, "skip, wmin " + scale.mm(45));
        strip.add(after, "span 2, growx, hidemode 3");
        hint.setVisible(false);
        add(strip, BorderLayout.NORTH);
        add(layers, BorderLayout.CENTER);
        // a touch counts when the finger lifts, as the control acts then: the ring may move at once without
        // taking the release away from the control that was pressed
        watcher = event -> {
            if (event.getID() == MouseEvent.MOUSE_RELEASED && event.getSource() instanceof Component c
                    && SwingUtilities.isDescendingFrom(c, kiosk.root()) && presenter != null) {
                String name = controlName(c);
                if (name != null) {
                    presenter.touched(kiosk.currentScreen(), name);
                }
            }
        };
        ticker = new Timer(1000, e -> presenter.tick());
        respot = new Timer(150, e -> placeSpotlight());
        respot.setRepeats(false);
        kiosk.onScreenShown(id -> {
            if (spotted != null) {
                spotlight.show(new Rectangle());
            }
            if (presenter != null) {
                presenter.screenShown(id);
            }
            respot.restart();
        });
    }

    /** Starts the lesson on the kiosk's home screen, watching the learner's touches. */
    public void start(LessonPresenter lessonPresenter, Lesson lesson, Level level) {
        start(lessonPresenter, lesson, level, false);
    }

    /** @param pressure on one's own: after a while, "뒤에 사람이 기다려요" */
    public void start(LessonPresenter lessonPresenter, Lesson lesson, Level level, boolean pressure) {
        this.presenter = lessonPresenter;
        // once, however many lessons follow one another on this screen
        Toolkit.getDefaultToolkit().removeAWTEventListener(watcher);
        Toolkit.getDefaultToolkit().addAWTEventListener(watcher, AWTEvent.MOUSE_EVENT_MASK);
        ticker.start();
        kiosk.wake();
        lessonPresenter.start(lesson, level, pressure);
    }

    /**
     * Offers, once a lesson is over, to do it again or to choose another: {@code again} and
     * {@code toList} run on the event thread. Without them the lesson just ends.
     */
    public void onFinished(Runnable againAction, Runnable listAction) {
        this.onAgain = againAction;
        this.onList = listAction;
        again.setText(words.get("practice.again"));
        again.getAccessibleContext().setAccessibleName(again.getText());
    }

    /** Like {@link #onFinished}, in a series of tasks (the skill check): on to the next task, or back to the list. */
    public void onFinishedNext(Runnable nextAction, Runnable listAction) {
        this.onAgain = nextAction;
        this.onList = listAction;
        again.setText(words.get("practice.next"));
        again.getAccessibleContext().setAccessibleName(again.getText());
    }

    /** Stops watching (the window closes). */
    public void detach() {
        kiosk.stop();
        Toolkit.getDefaultToolkit().removeAWTEventListener(watcher);
        ticker.stop();
        respot.stop();
    }

    /** A touch outside the spotlight: the control under it does nothing, the engine counts it. */
    private void missed(Point at) {
        Point inKiosk = SwingUtilities.convertPoint(spotlight, at, kiosk.root());
        Component under = SwingUtilities.getDeepestComponentAt(kiosk.root(), inKiosk.x, inKiosk.y);
        String name = under == null ? null : controlName(under);
        presenter.touched(kiosk.currentScreen(), name == null ? "" : name);
    }

    /**
     * The name of the control a touch landed on: its button's. A touch on anything else — a
     * label, the page, the kiosk's "please wait" cover while it works — is no touch of a control.
     */
    private static String controlName(Component c) {
        for (Component p = c; p != null; p = p.getParent()) {
            if (p instanceof AbstractButton && p.getName() != null) {
                return p.getName();
            }
        }
        return null;
    }

    private void placeSpotlight() {
        if (spotted == null) {
            spotlight.show(null);
            return;
        }
        Pattern wanted = spotted.target().pattern();
        JComponent found = first(kiosk.root(), wanted);
        if (found == null) {
            // the screen is still changing: nothing works for a moment, then look again; a touch that
            // led nowhere left the learner where they were, and the lesson goes back to that screen's step
            spotlight.show(new Rectangle());
            if (++misses % 10 == 0) {
                presenter.screenShown(kiosk.currentScreen());
            }
            respot.restart();
            return;
        }
        misses = 0;
        found.scrollRectToVisible(new Rectangle(found.getSize()));
        spotlight.show(SwingUtilities.convertRectangle(found.getParent(), found.getBounds(), layers));
    }

    private JComponent first(Component root, Pattern name) {
        // drawn offscreen (a screenshot), nothing is showing: visible is enough
        return Controls.first(root, name, root.isShowing()).orElse(null);
    }

    /** Places the spotlight now rather than after the screen settles (a screenshot drawn offscreen). */
    public void placeSpotlightNow() {
        respot.stop();
        placeSpotlight();
    }

    @Override
    public void showTask(Lesson lesson, Level level) {
        words = Messages.forLanguage(kiosk.language());
        task.say(words.get(levelKey(level), lesson.task().in(kiosk.language())));
        speak(lesson.task().in(kiosk.language()));
        hint.setVisible(false);
        revalidate();
    }

    /** Says {@code text} now, cutting off what was being said (the learner has moved on). */
    private void speak(String text) {
        voice.interrupt();
        voice.say(text, kiosk.language());
    }

    private static String levelKey(Level level) {
        return switch (level) {
            case GUIDED -> "practice.level.guided";
            case HINT -> "practice.level.hint";
            case ON_MY_OWN -> "practice.level.own";
        };
    }

    @Override
    public void showStep(Step next, int index, int count, boolean spotlit) {
        // guided practice writes each step out; otherwise the learner finds the way, a hint when they ask or pause
        step.say(spotlit ? words.get("practice.stepOf", index + 1, count, next.say().in(kiosk.language())) : words.get("practice.onYourOwn"));
        if (spotlit) {
            speak(next.say().in(kiosk.language()));
        }
        hint.setVisible(false);
        spotted = spotlit ? next : null;
        // the old ring goes at once: a quick second touch must not land on whatever now sits where it was
        spotlight.show(spotlit ? new Rectangle() : null);
        respot.restart();
        revalidate();
    }

    @Override
    public void showHint(Step current) {
        hint.say(words.get("practice.hintWords", current.say().in(kiosk.language())));
        speak(current.say().in(kiosk.language()));
        hint.setVisible(true);
        revalidate();
    }

    @Override
    public void showHurry() {
        hint.say(words.get("practice.hurry"));
        speak(hint.getText());
        hint.setVisible(true);
        revalidate();
    }

    @Override
    public void showDone(Attempt attempt) {
        spotted = null;
        spotlight.show(null);
        ticker.stop();
        step.say(attempt.goalMet() ? words.get("practice.done", attempt.took().toSeconds(), attempt.wrongTouches())
                : words.get("practice.stopped"));
        speak(step.getText());
        hint.setVisible(false);
        if (onAgain != null) {
            help.setVisible(false);
            stop.setVisible(false);
            after.setVisible(true);
        }
        revalidate();
    }
}
