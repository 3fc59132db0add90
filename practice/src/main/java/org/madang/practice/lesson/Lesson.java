package org.madang.practice.lesson;

import java.util.List;
import org.madang.core.facility.Localized;

/**
 * A practice lesson: a task in plain words ("배드민턴장을 예약해 보세요"), the steps that do it
 * (followed one by one in guided practice, shown as hints otherwise) and the goal that says it
 * was done.
 */
public record Lesson(String id, Localized title, Localized task, List<Step> steps, Goal goal) {
    public Lesson {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("lesson " + id + " has no steps");
        }
    }
}
