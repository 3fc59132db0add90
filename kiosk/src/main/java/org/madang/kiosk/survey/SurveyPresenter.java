package org.madang.kiosk.survey;

import java.util.Set;
import java.util.function.Supplier;
import org.madang.core.survey.AccessMode;
import org.madang.core.survey.Rating;
import org.madang.core.survey.Satisfaction;
import org.madang.core.survey.Completion;
import org.madang.ui.Tasks;

/**
 * "이용이 편하셨나요?" after a completed service: one touch, stored with the service, the session's
 * language and the accessibility modes on — never who answered. Skipping is simply not touching:
 * nothing waits for an answer, and the next resident never meets the question of the last.
 */
public final class SurveyPresenter {
    private final SurveyView view;
    private final Satisfaction satisfaction;
    private final Tasks tasks;
    private final Supplier<String> language;
    private final Supplier<Set<AccessMode>> modes;
    private Completion service;
    private String key;
    private boolean kept;

    /**
     * @param language the session's language when the answer is given
     * @param modes    the accessibility modes on when the answer is given
     */
    public SurveyPresenter(SurveyView view, Satisfaction satisfaction, Tasks tasks, Supplier<String> language,
                           Supplier<Set<AccessMode>> modes) {
        this.view = view;
        this.satisfaction = satisfaction;
        this.tasks = tasks;
        this.language = language;
        this.modes = modes;
    }

    /**
     * A service was completed: ask about it.
     *
     * @param completion the visit and the completion ({@code visitId:n}), so one completion is answered once
     */
    public void ask(Completion completed, String completion) {
        this.service = completed;
        this.key = completion;
        this.kept = false;
        view.ask();
    }

    /** A face was touched; a second touch after the answer was kept changes nothing. */
    public void answer(Rating rating) {
        if (service == null || kept) {
            return;
        }
        Completion about = service;
        String answered = key;
        String lang = language.get();
        Set<AccessMode> on = Set.copyOf(modes.get());
        kept = true;
        tasks.run(() -> satisfaction.answer(answered, about, rating, lang, on), recorded -> {
            if (answered.equals(key)) {
                view.thank();
            }
        }, e -> {
            if (answered.equals(key)) {
                kept = false;
                view.notKept();
            }
        });
    }
}
