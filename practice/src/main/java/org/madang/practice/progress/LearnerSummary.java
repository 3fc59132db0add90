package org.madang.practice.progress;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.madang.core.practice.AttemptRecord;
import org.madang.core.practice.Learner;

/**
 * One learner at a glance: how many attempts, which of the course's lessons they have done on
 * their own, when they last practised, and the skill check before and after the course.
 */
public record LearnerSummary(Learner learner, int attempts, List<String> doneOnOwn, int courseSize, Optional<LocalDateTime> lastPractice,
                             Optional<SkillFigure> before, Optional<SkillFigure> after) {
    public LearnerSummary {
        doneOnOwn = List.copyOf(doneOnOwn);
    }

    /** Every lesson of the course done on one's own: the completion certificate may be printed. */
    public boolean courseComplete() {
        return courseSize > 0 && doneOnOwn.size() == courseSize;
    }

    /** A skill check: its three tasks' time together, wrong touches together, and how many were done. */
    public record SkillFigure(Duration time, int wrongTouches, int done) {
        static Optional<SkillFigure> of(List<AttemptRecord> tasks) {
            if (tasks.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new SkillFigure(tasks.stream().map(AttemptRecord::took).reduce(Duration.ZERO, Duration::plus),
                    tasks.stream().mapToInt(AttemptRecord::wrongTouches).sum(), (int) tasks.stream().filter(AttemptRecord::goalMet).count()));
        }
    }

    /** The change in time from before to after, in per cent (negative: quicker), when both were taken. */
    public Optional<Integer> timeChangePercent() {
        if (before.isEmpty() || after.isEmpty() || before.get().time().isZero()) {
            return Optional.empty();
        }
        return Optional.of((int) Math.round(100.0 * (after.get().time().toMillis() - before.get().time().toMillis()) / before.get().time().toMillis()));
    }
}
