package org.madang.practice.ui;

import org.madang.practice.lesson.Attempt;
import org.madang.practice.lesson.Lesson;
import org.madang.practice.lesson.Level;
import org.madang.practice.lesson.Step;

/** A lesson on the practice kiosk, as its presenter sees it. */
public interface LessonView {

    /** The task, in plain words, at the start. */
    void showTask(Lesson lesson, Level level);

    /** The step to do now ({@code index} of {@code count}); in guided practice its control is spotlighted. */
    void showStep(Step step, int index, int count, boolean spotlight);

    /** The current step again, as a hint. */
    void showHint(Step step);

    /** Gentle time pressure: people are waiting behind (on one's own, when chosen). */
    void showHurry();

    /** The attempt is over: done or not, and how it went. */
    void showDone(Attempt attempt);

    /** This view, with {@code done} told each finished attempt before the view shows it (to keep it). */
    default LessonView tellingDone(java.util.function.Consumer<Attempt> done) {
        LessonView view = this;
        return new LessonView() {
            @Override
            public void showTask(Lesson lesson, Level level) {
                view.showTask(lesson, level);
            }

            @Override
            public void showStep(Step step, int index, int count, boolean spotlight) {
                view.showStep(step, index, count, spotlight);
            }

            @Override
            public void showHint(Step step) {
                view.showHint(step);
            }

            @Override
            public void showHurry() {
                view.showHurry();
            }

            @Override
            public void showDone(Attempt attempt) {
                done.accept(attempt);
                view.showDone(attempt);
            }
        };
    }
}
