package org.madang.practice.lesson;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One try at a lesson, as the instructor sees it: how long, how many touches and wrong ones,
 * hints, back and home presses, the time spent on each step (where the learner hesitated), and
 * whether the task was done.
 */
public record Attempt(String lessonId, Level level, LocalDateTime startedAt, Duration took, int touches, int wrongTouches, int hints,
                      int backs, int homes, List<Duration> stepTimes, boolean goalMet) {
    public Attempt {
        stepTimes = List.copyOf(stepTimes);
    }
}
