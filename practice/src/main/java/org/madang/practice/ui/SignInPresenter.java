package org.madang.practice.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.madang.core.practice.Learner;
import org.madang.core.practice.PracticeClass;
import org.madang.core.practice.PracticeRecords;

/**
 * A learner signs in so their attempts are kept: their class, their name, their four digits
 * (from the instructor) — or practises without saving. Plain Java.
 */
public final class SignInPresenter {
    /** Digits of a learner's sign-in. */
    public static final int DIGITS = 4;

    private final SignInView view;
    private final PracticeRecords records;
    private final Consumer<Optional<Learner>> signedIn;
    private List<PracticeClass> classes = List.of();
    private PracticeClass chosenClass;
    private Learner chosen;
    private String typed = "";

    /** @param signedIn told the learner, or nobody when they practise without saving */
    public SignInPresenter(SignInView view, PracticeRecords records, Consumer<Optional<Learner>> signedIn) {
        this.view = view;
        this.records = records;
        this.signedIn = signedIn;
    }

    /** Whether anyone can sign in (a class exists). */
    public boolean anyone() {
        return !records.classes().isEmpty();
    }

    public void start() {
        classes = records.classes();
        chosen = null;
        chosenClass = null;
        if (classes.size() == 1) {
            chooseClass(classes.get(0).id());
        } else {
            view.showClasses(classes);
        }
    }

    public void chooseClass(long classId) {
        chosenClass = classes.stream().filter(c -> c.id() == classId).findFirst().orElseThrow();
        chosen = null;
        view.showLearners(chosenClass, records.learners(classId));
    }

    public void chooseLearner(long learnerId) {
        chosen = records.learner(learnerId).orElseThrow();
        typed = "";
        view.showDigits(chosen, 0, false);
    }

    public void digit(int d) {
        if (chosen != null && typed.length() < DIGITS && d >= 0 && d <= 9) {
            typed += d;
            view.showDigits(chosen, typed.length(), false);
        }
    }

    public void erase() {
        if (chosen != null && !typed.isEmpty()) {
            typed = typed.substring(0, typed.length() - 1);
            view.showDigits(chosen, typed.length(), false);
        }
    }

    public void ok() {
        if (chosen == null || typed.length() < DIGITS) {
            return;
        }
        Optional<Learner> in = records.signIn(chosen.nickname(), typed);
        typed = "";
        if (in.isPresent()) {
            signedIn.accept(in);
        } else {
            view.showDigits(chosen, 0, true);
        }
    }

    public void guest() {
        signedIn.accept(Optional.empty());
    }

    /** One step back: from the digits to the names, from the names to the classes. */
    public void back() {
        if (chosen != null) {
            chooseClass(chosenClass.id());
        } else if (classes.size() > 1) {
            view.showClasses(classes);
        }
    }
}
