package org.madang.practice.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.madang.practice.lesson.Lesson;
import org.madang.practice.lesson.Level;
import org.madang.practice.scenario.Pack;

/**
 * Choosing what to practise: Madang's own kiosk and each scenario pack with their lessons, and
 * how much help to have (follow me, with hints, on my own). Plain Java.
 */
public final class ChooserPresenter {
    /** The machine Madang's own lessons run on. */
    public static final String MADANG = "madang";

    /** Starts a chosen lesson (on Madang's kiosk when {@code pack} is empty). */
    @FunctionalInterface
    public interface Starter {
        void start(Lesson lesson, Optional<Pack> pack, Level level);
    }

    private final ChooserView view;
    private final Starter starter;
    private final List<ChooserView.Group> groups = new ArrayList<>();
    private Level level = Level.GUIDED;
    private boolean pressure;

    public ChooserPresenter(ChooserView view, Starter starter, List<Lesson> madang, List<Pack> packs) {
        this.view = view;
        this.starter = starter;
        groups.add(new ChooserView.Group(MADANG, Optional.empty(), madang));
        for (Pack p : packs) {
            groups.add(new ChooserView.Group(p.id(), Optional.of(p), p.lessons()));
        }
    }

    public void show() {
        view.showLessons(List.copyOf(groups), level);
    }

    public Level level() {
        return level;
    }

    public void chooseLevel(Level chosen) {
        level = chosen;
        show();
    }

    /** On one's own, with gentle time pressure ("뒤에 사람이 기다려요") or without. */
    public boolean pressure() {
        return pressure && level == Level.ON_MY_OWN;
    }

    public void togglePressure() {
        pressure = !pressure;
        show();
    }

    /** The learner touched a lesson: it starts at the chosen level. */
    public void choose(String lessonId) {
        for (ChooserView.Group g : groups) {
            for (Lesson l : g.lessons()) {
                if (l.id().equals(lessonId)) {
                    starter.start(l, g.pack(), level);
                    return;
                }
            }
        }
        throw new IllegalArgumentException("no lesson " + lessonId);
    }
}
