package org.madang.core.survey;

/** The answers for one service, mode or language: how many of each face. */
public record RatingCount(String what, int good, int okay, int poor) {

    public int total() {
        return good + okay + poor;
    }

    /** The share of "good" answers in per cent, rounded; 0 with no answers. */
    public int goodPercent() {
        return total() == 0 ? 0 : (int) Math.round(100.0 * good / total());
    }

    RatingCount plus(Rating rating, int n) {
        return switch (rating) {
            case GOOD -> new RatingCount(what, good + n, okay, poor);
            case OKAY -> new RatingCount(what, good, okay + n, poor);
            case POOR -> new RatingCount(what, good, okay, poor + n);
        };
    }
}
