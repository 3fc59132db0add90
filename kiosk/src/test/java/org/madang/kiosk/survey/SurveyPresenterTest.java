package org.madang.kiosk.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.survey.AccessMode;
import org.madang.core.survey.Rating;
import org.madang.core.survey.Completion;
import org.madang.core.testing.TestSite;
import org.madang.ui.DirectTasks;

/** The satisfaction question without a window: asked per completion, kept once, said plainly when it cannot be kept. */
class SurveyPresenterTest {
    private final TestSite site = TestSite.empty(TestSite.tempRoot());
    private final List<String> shown = new ArrayList<>();
    private final SurveyView view = new SurveyView() {
        @Override
        public void ask() {
            shown.add("ask");
        }

        @Override
        public void thank() {
            shown.add("thank");
        }

        @Override
        public void notKept() {
            shown.add("notKept");
        }
    };
    private final SurveyPresenter presenter = new SurveyPresenter(view, site.satisfaction(), new DirectTasks(), () -> "vi",
            () -> EnumSet.of(AccessMode.LOW_POSITION));

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void eachCompletionIsAskedAboutAndAnsweredOnce() {
        presenter.ask(Completion.CHECK_IN, "visit-1:1");
        presenter.answer(Rating.GOOD);
        presenter.answer(Rating.POOR);
        presenter.ask(Completion.QUEUE_TICKET, "visit-1:2");
        presenter.answer(Rating.OKAY);
        assertThat(shown).containsExactly("ask", "thank", "ask", "thank");
        assertThat(site.count("SELECT COUNT(*) FROM satisfaction WHERE language = 'vi' AND modes = 'LOW_POSITION'")).isEqualTo(2);
        assertThat(site.count("SELECT COUNT(*) FROM satisfaction WHERE service = 'CHECK_IN' AND rating = 'GOOD'")).isEqualTo(1);
    }

    @Test
    void nothingIsKeptBeforeAServiceIsCompleted() {
        presenter.answer(Rating.GOOD);
        assertThat(shown).isEmpty();
        assertThat(site.count("SELECT COUNT(*) FROM satisfaction")).isZero();
    }

    @Test
    void anAnswerThatCouldNotBeKeptMayBeGivenAgain() {
        presenter.ask(Completion.DOCUMENT, "visit-2:1");
        site.execute("ALTER TABLE satisfaction RENAME TO satisfaction_away");
        presenter.answer(Rating.POOR);
        site.execute("ALTER TABLE satisfaction_away RENAME TO satisfaction");
        presenter.answer(Rating.POOR);
        assertThat(shown).containsExactly("ask", "notKept", "thank");
        assertThat(site.count("SELECT COUNT(*) FROM satisfaction")).isEqualTo(1);
    }
}
