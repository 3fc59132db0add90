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

    /** The skill check's three tasks (PRACTICE.md): the same before and after a course, done on one's own. */
    public static final List<String> SKILL_CHECK = List.of("queue.ticket", "fastfood.burger-takeout", "parking.white-car-card");

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
    private final Optional<org.madang.core.practice.PracticeRecords> records;
    private final List<Lesson> allLessons;
    private final List<Pack> packs;
    private Optional<org.madang.core.practice.Learner> learner = Optional.empty();
    private String language;
    private LessonScreen lessonScreen;
    private Exercise exercise;

    public PracticeWindow(String title, int width, int height, boolean fullscreen, ScreenScale scale, boolean landscape, String language,
                          Voice voice, Clock clock, Exercises exercises, List<Lesson> madang, List<Pack> packs,
                          Optional<org.madang.core.practice.PracticeRecords> records, Runnable onClose) {
        this.scale = scale;
        this.landscape = landscape;
        this.language = language;
        this.voice = voice;
        this.clock = clock;
        this.exercises = exercises;
        this.records = records;
        this.packs = List.copyOf(packs);
        List<Lesson> every = new java.util.ArrayList<>(madang);
        packs.forEach(p -> every.addAll(p.lessons()));
        this.allLessons = List.copyOf(every);
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
        // a keypad user's focused control is scrolled into view, as on the kiosk
        org.madang.kiosk.shell.Keypad keypad = org.madang.kiosk.shell.Keypad.attach(holder);
        // a touch keeps the kiosk's session alive, as on the kiosk's own window
        activity = event -> {
            if (exercise != null) {
                exercise.app().touched();
            }
        };
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                keypad.detach();
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

    /** Asks who is practising when the centre keeps records and has a class; then shows the list of lessons. */
    public void show() {
        Toolkit.getDefaultToolkit().addAWTEventListener(activity, AWTEvent.MOUSE_EVENT_MASK | AWTEvent.KEY_EVENT_MASK);
        askWho();
        frame.setVisible(true);
    }

    private void askWho() {
        endExercise();
        if (records.isEmpty()) {
            toList();
            return;
        }
        SignInScreen who = new SignInScreen(scale, landscape, language);
        SignInPresenter signIn = new SignInPresenter(who, records.get(), this::signedIn);
        who.attach(signIn, language);
        if (!signIn.anyone()) {
            signedIn(Optional.empty());
            return;
        }
        signIn.start();
        put(who);
    }

    private void signedIn(Optional<org.madang.core.practice.Learner> who) {
        learner = who;
        chooser.showLearner(who.map(org.madang.core.practice.Learner::nickname), records.isPresent() ? this::askWho : null, this::skillCheck);
        toList();
    }

    /** The skill check: its three tasks one after another, on one's own, kept as before or after the course. */
    private void skillCheck(org.madang.core.practice.Purpose purpose) {
        java.util.Deque<Lesson> tasks = new java.util.ArrayDeque<>();
        for (String id : SKILL_CHECK) {
            allLessons.stream().filter(l -> l.id().equals(id)).findFirst().ifPresent(tasks::add);
        }
        nextTask(tasks, purpose);
    }

    private void nextTask(java.util.Deque<Lesson> tasks, org.madang.core.practice.Purpose purpose) {
        if (tasks.isEmpty()) {
            toList();
            return;
        }
        Lesson next = tasks.poll();
        start(next, packOf(next), Level.ON_MY_OWN, purpose, tasks);
    }

    private Optional<Pack> packOf(Lesson lesson) {
        return packs.stream().filter(p -> p.lessons().contains(lesson)).findFirst();
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
        start(lesson, pack, level, org.madang.core.practice.Purpose.PRACTICE, null);
    }

    /** @param tasks the skill check's tasks still to do, or {@code null} outside a skill check */
    private void start(Lesson lesson, Optional<Pack> pack, Level level, org.madang.core.practice.Purpose purpose,
                       java.util.Deque<Lesson> tasks) {
        endExercise();
        Attempts kept = new Attempts(purpose, lesson, pack, level, tasks);
        if (pack.isPresent()) {
            ScenarioKiosk machine = new ScenarioKiosk(pack.get(), scale, language, landscape, 101);
            LessonScreen screen = new LessonScreen(machine, scale, voice);
            LessonPresenter presenter = new LessonPresenter(kept.around(screen), clock);
            machine.onDone(facts -> presenter.happened(ScenarioFlow.DONE, facts));
            begin(screen, presenter, kept);
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
                    LessonPresenter presenter = new LessonPresenter(kept.around(screen), clock);
                    fresh.follow(events -> SwingUtilities.invokeLater(() -> presenter.eventsArrived(events)));
                    app.start();
                    begin(screen, presenter, kept);
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

    private void begin(LessonScreen screen, LessonPresenter presenter, Attempts kept) {
        lessonScreen = screen;
        if (kept.tasks != null) {
            screen.onFinishedNext(() -> nextTask(kept.tasks, kept.purpose), this::toList);
        } else {
            screen.onFinished(() -> start(kept.lesson, kept.pack, kept.level), this::toList);
        }
        put(screen);
        screen.start(presenter, kept.lesson, kept.level, kept.tasks == null && choosing.pressure());
    }

    /** One lesson started: what it is for, and keeping its attempt for the learner signed in. */
    private final class Attempts {
        final org.madang.core.practice.Purpose purpose;
        final Lesson lesson;
        final Optional<Pack> pack;
        final Level level;
        final java.util.Deque<Lesson> tasks;

        Attempts(org.madang.core.practice.Purpose purpose, Lesson lesson, Optional<Pack> pack, Level level, java.util.Deque<Lesson> tasks) {
            this.purpose = purpose;
            this.lesson = lesson;
            this.pack = pack;
            this.level = level;
            this.tasks = tasks;
        }

        /** The screen's view, with each finished attempt kept first. */
        LessonView around(LessonScreen screen) {
            return screen.tellingDone(this::keep);
        }

        private void keep(org.madang.practice.lesson.Attempt a) {
            if (records.isEmpty() || learner.isEmpty()) {
                return;
            }
            records.get().record(new org.madang.core.practice.AttemptRecord(0, learner.get().id(), a.lessonId(), a.level().name(), purpose,
                    a.startedAt(), a.took(), a.touches(), a.wrongTouches(), a.hints(), a.backs(), a.homes(), a.stepTimes(), a.goalMet()));
        }
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
