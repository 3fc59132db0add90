package org.madang.practice.instructor;

import java.nio.file.Path;
import java.util.List;
import org.madang.core.Refusal;
import org.madang.core.practice.AttemptRecord;
import org.madang.core.practice.Learner;
import org.madang.core.practice.PracticeClass;
import org.madang.practice.lesson.Lesson;
import org.madang.practice.progress.LearnerSummary;
import org.madang.practice.progress.StepFigure;

/** The instructor's window, as its presenter sees it. */
public interface InstructorView {
    /** The centre's classes, {@code chosen} the one shown. */
    void showClasses(List<PracticeClass> classes, PracticeClass chosen);

    /** A class at a glance: each learner. */
    void showClass(PracticeClass practiceClass, List<LearnerSummary> learners);

    /** One learner's attempts, oldest first. */
    void showLearner(LearnerSummary learner, List<AttemptRecord> attempts, List<Lesson> lessons);

    /** Where the class stumbles on a lesson, step by step. */
    void showStumbles(Lesson lesson, List<StepFigure> steps);

    /** A learner was added: the digits to tell them. */
    void showAdded(Learner learner);

    void showSaved(Path file);

    void showRefusal(Refusal refusal);

    /** Nothing to show: no class yet. */
    void showNoClass();
}
