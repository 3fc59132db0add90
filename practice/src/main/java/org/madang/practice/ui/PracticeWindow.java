package org.madang.practice.ui;

import java.awt.AWTEvent;
import java.awt.BorderLayout;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;
import org.madang.core.event.Event;
import org.madang.hardware.voice.Voice;
import org.madang.kiosk.KioskApp;
import org.madang.practice.lesson.Lesson;
import org.madang.practice.lesson.Level;
import org.madang.practice.scenario.Pack;
import org.madang.practice.scenario.ScenarioFlow;
import org.madang.ui.Messages;
import org.madang.ui.ScreenScale;
import org.madang.ui.widget.WrappingText;

/**
 * The practice window: the list of lessons, and each lesson on a fresh machine — Madang's kiosk
 * on a sandbox reset for the exercise, or a scenario pack's machine — under the lesson's strip;
 * when it is over, again or another. Fullscreen on a classroom kiosk, a window on a PC.
 */
public final class PracticeWindow {

    /** One exercise on Madang's kiosk: a fresh sandbox, its kiosk, the sandbox's events. */
    public interface Exercise extends AutoCloseable {
        KioskApp app();

        /** The sandbox's new events go to {@code events} (on a worker thread). */
        void follow(Consumer<List<Event>> events);

        @Override
        void close();
    }

    /** Makes exercises on Madang's kiosk; called on a worker thread, building the kiosk on the event thread. */
    @FunctionalInterface
    public interface Exercises {
        Exercise fresh(String language) throws Exception;
    }

    private final JFrame frame;
    private final JPanel holder = new JPanel(new BorderLayout());
    private final ScreenScale scale;
    private final boolean landscape;
    private final Voice voice;
    private final Clock clock;
    private final Exercises exercises;
    private final LessonChooser chooser;
    private final ChooserPresenter choosing;
    private final AWTEventListener activity;
    private String language;
    private LessonScreen lessonScreen;
    private Exercise exercise;

    public PracticeWindow(String title, int width, int height, boolean fullscreen, ScreenScale scale, boolean landscape, String language,
                          Voice voice, Clock clock, Exercises exercises, List<Lesson> madang, List<Pack> packs, Runnable onClose) {
        this.scale = scale;
        this.landscape = landscape;
        this.language = language;
        this.voice = voice;
        this.clock = clock;
        this.exercises = exercises;
        chooser = new LessonChooser(scale, landscape, language, this::switchLanguage);
        choosing = new ChooserPresenter(chooser, this::start, madang, packs);
        chooser.attach(choosing);
        frame = new JFrame(title);
        frame.setName("practiceWindow");
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.setContentPane(holder);
        if (fullscreen) {
            frame.setUndecorated(true);
            frame.setExtendedState(JFrame.MAXIMIZED_BOTH);
        }
        holder.setPreferredSize(new java.awt.Dimension(width, height));
        // a touch keeps the kiosk's session alive, as on the kiosk's own window
        activity = event -> {
            if (exercise != null) {
                exercise.app().touched();
            }
        };
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                Toolkit.getDefaultToolkit().removeAWTEventListener(activity);
                endExercise();
                onClose.run();
            }
        });
        frame.pack();
        frame.setLocationRelativeTo(null);
    }

    public JFrame frame() {
        return frame;
    }

    /** Shows the list of lessons. */
    public void show() {
        Toolkit.getDefaultToolkit().addAWTEventListener(activity, AWTEvent.MOUSE_EVENT_MASK | AWTEvent.KEY_EVENT_MASK);
        toList();
        frame.setVisible(true);
    }

    /** Starts a lesson straight away ({@code madang practice --lesson}). */
    public void show(Lesson lesson, Optional<Pack> pack, Level level) {
        Toolkit.getDefaultToolkit().addAWTEventListener(activity, AWTEvent.MOUSE_EVENT_MASK | AWTEvent.KEY_EVENT_MASK);
        frame.setVisible(true);
        start(lesson, pack, level);
    }

    private void switchLanguage(String lang) {
        language = lang;
        chooser.setLanguage(lang);
        choosing.show();
    }

    private void toList() {
        endExercise();
        choosing.show();
        put(chooser);
    }

    private void start(Lesson lesson, Optional<Pack> pack, Level level) {
        endExercise();
        if (pack.isPresent()) {
            ScenarioKiosk machine = new ScenarioKiosk(pack.get(), scale, language, landscape, 101);
            LessonScreen screen = new LessonScreen(machine, scale, voice);
            LessonPresenter presenter = new LessonPresenter(screen, clock);
            machine.onDone(facts -> presenter.happened(ScenarioFlow.DONE, facts));
            begin(screen, presenter, lesson, pack, level);
            return;
        }
        WrappingText wait = new WrappingText("practice.preparing", "title");
        wait.say(Messages.forLanguage(language).get("practice.chooser.preparing"));
        JPanel waiting = new JPanel(new MigLayout("fill"));
        waiting.add(wait, "center, growx, wmin 0");
        put(waiting);
        String lang = language;
        Thread worker = new Thread(() -> {
            try {
                Exercise fresh = exercises.fresh(lang);
                SwingUtilities.invokeLater(() -> {
                    exercise = fresh;
                    KioskApp app = fresh.app();
                    LessonScreen screen = new LessonScreen(LessonHost.of(app), scale, voice);
                    LessonPresenter presenter = new LessonPresenter(screen, clock);
                    fresh.follow(events -> SwingUtilities.invokeLater(() -> presenter.eventsArrived(events)));
                    app.start();
                    begin(screen, presenter, lesson, pack, level);
                });
            } catch (Exception e) {
                SwingUtilities.invokeLater(() -> {
                    wait.say(e.getMessage() == null ? e.toString() : e.getMessage());
                    put(waiting);
                });
            }
        }, "practice-exercise");
        worker.setDaemon(true);
        worker.start();
    }

    private void begin(LessonScreen screen, LessonPresenter presenter, Lesson lesson, Optional<Pack> pack, Level level) {
        lessonScreen = screen;
        screen.onFinished(() -> start(lesson, pack, level), this::toList);
        put(screen);
        screen.start(presenter, lesson, level);
    }

    private void endExercise() {
        if (lessonScreen != null) {
            lessonScreen.detach();
            lessonScreen = null;
        }
        if (exercise != null) {
            exercise.app().stop();
            exercise.close();
            exercise = null;
        }
    }

    private void put(JComponent content) {
        holder.removeAll();
        holder.add(content, BorderLayout.CENTER);
        holder.revalidate();
        holder.repaint();
    }
}
