package org.madang.core.survey;

import java.time.LocalDate;
import java.util.List;

/**
 * The answers of a range of days, counted per service (in the order of {@link Completion}),
 * per accessibility mode (an answer with two modes counts under both; "none" for answers with
 * none) and per language.
 */
public record SatisfactionTally(LocalDate from, LocalDate to, List<RatingCount> byService, List<RatingCount> byMode,
                                List<RatingCount> byLanguage) {
    /** The {@code what} of answers given with no accessibility mode on. */
    public static final String NO_MODE = "none";

    public SatisfactionTally {
        byService = List.copyOf(byService);
        byMode = List.copyOf(byMode);
        byLanguage = List.copyOf(byLanguage);
    }

    /** Every answer of the range. */
    public int total() {
        return byService.stream().mapToInt(RatingCount::total).sum();
    }
}
