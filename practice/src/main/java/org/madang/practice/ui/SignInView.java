package org.madang.practice.ui;

import java.util.List;
import org.madang.core.practice.Learner;
import org.madang.core.practice.PracticeClass;

/** Signing a learner in, as its presenter sees it: the classes, a class's learners, the four digits. */
public interface SignInView {
    void showClasses(List<PracticeClass> classes);

    void showLearners(PracticeClass practiceClass, List<Learner> learners);

    /** The digits typed so far (shown as dots); {@code wrong} after digits that did not match. */
    void showDigits(Learner learner, int typed, boolean wrong);
}
