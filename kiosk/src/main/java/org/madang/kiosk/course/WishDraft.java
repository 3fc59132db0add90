package org.madang.kiosk.course;

import java.util.Optional;
import org.madang.core.course.CourseFilter;

/** A course wish as the resident is writing it. */
public record WishDraft(Optional<String> topic, Optional<Integer> weekday, Optional<CourseFilter.TimeOfDay> timeOfDay, String words) {
    public static final WishDraft EMPTY = new WishDraft(Optional.empty(), Optional.empty(), Optional.empty(), "");

    public WishDraft withTopic(Optional<String> t) {
        return new WishDraft(t, weekday, timeOfDay, words);
    }

    public WishDraft withWeekday(Optional<Integer> d) {
        return new WishDraft(topic, d, timeOfDay, words);
    }

    public WishDraft withTimeOfDay(Optional<CourseFilter.TimeOfDay> t) {
        return new WishDraft(topic, weekday, t, words);
    }

    public WishDraft withWords(String w) {
        return new WishDraft(topic, weekday, timeOfDay, w);
    }
}
