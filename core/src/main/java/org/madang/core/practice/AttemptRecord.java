package org.madang.core.practice;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One attempt at a lesson as it is kept: the lesson and level (guided, hint, on my own), why,
 * when, how long, touches, wrong touches, hints, back and first-screen presses, the time on each
 * step (where the learner hesitated) and whether the goal was met.
 */
public record AttemptRecord(long id, long learnerId, String lesson, String level, Purpose purpose, LocalDateTime startedAt,
                            Duration took, int touches, int wrongTouches, int hints, int backs, int homes, List<Duration> stepTimes,
                            boolean goalMet) {
    public AttemptRecord {
        stepTimes = List.copyOf(stepTimes);
    }
}
