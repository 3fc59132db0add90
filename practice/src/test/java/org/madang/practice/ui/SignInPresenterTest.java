package org.madang.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.practice.Learner;
import org.madang.core.practice.PracticeClass;
import org.madang.core.practice.PracticeRecords;
import org.madang.core.testing.TestSite;

/** Signing a learner in without a screen: class, name, four digits; wrong digits start again; practice without saving. */
class SignInPresenterTest {
    private final TestSite site = TestSite.empty(TestSite.tempRoot());
    private final PracticeRecords records = site.practice(new Random(11));
    private final List<String> shown = new ArrayList<>();
    private final List<Optional<Learner>> signedIn = new ArrayList<>();
    private final SignInPresenter presenter = new SignInPresenter(new SignInView() {
        @Override
        public void showClasses(List<PracticeClass> classes) {
            shown.add("classes " + classes.stream().map(PracticeClass::name).toList());
        }

        @Override
        public void showLearners(PracticeClass c, List<Learner> learners) {
            shown.add(c.name() + " " + learners.stream().map(Learner::nickname).toList());
        }

        @Override
        public void showDigits(Learner learner, int typed, boolean wrong) {
            shown.add(learner.nickname() + " " + typed + (wrong ? " wrong" : ""));
        }
    }, records, signedIn::add);

    @AfterEach
    void close() {
        site.close();
    }

    private <T> T done(PracticeRecords.Outcome<T> o) {
        return ((PracticeRecords.Outcome.Done<T>) o).value();
    }

    @Test
    void aLearnerChoosesClassAndNameAndTypesTheirDigits() {
        assertThat(presenter.anyone()).isFalse();
        PracticeClass tue = done(records.createClass("화요반", "박강사", List.of(), "t"));
        done(records.createClass("목요반", "김강사", List.of(), "t"));
        Learner kim = done(records.addLearner(tue.id(), "김영희", "t"));
        presenter.start();
        assertThat(shown).containsExactly("classes [목요반, 화요반]");
        presenter.chooseClass(tue.id());
        presenter.chooseLearner(kim.id());
        String wrong = kim.digits().equals("0000") ? "1111" : "0000";
        wrong.chars().forEach(c -> presenter.digit(c - '0'));
        presenter.digit(5);
        presenter.ok();
        assertThat(shown.get(shown.size() - 1)).isEqualTo("김영희 0 wrong");
        assertThat(signedIn).isEmpty();
        presenter.digit(kim.digits().charAt(0) - '0');
        presenter.erase();
        kim.digits().chars().forEach(c -> presenter.digit(c - '0'));
        presenter.ok();
        assertThat(signedIn).containsExactly(Optional.of(kim));
        presenter.back();
        presenter.back();
        assertThat(shown.get(shown.size() - 1)).isEqualTo("classes [목요반, 화요반]");
        presenter.guest();
        assertThat(signedIn).containsExactly(Optional.of(kim), Optional.empty());
    }
}
