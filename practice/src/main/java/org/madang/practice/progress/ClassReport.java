package org.madang.practice.progress;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.madang.core.practice.AttemptRecord;
import org.madang.core.practice.Learner;
import org.madang.core.practice.PracticeClass;
import org.madang.core.practice.PracticeRecords;
import org.madang.core.practice.Purpose;
import org.madang.practice.lesson.Lesson;
import org.madang.practice.lesson.Level;

/**
 * What an instructor sees of a class, from its kept attempts: each learner at a glance, and for
 * a lesson the steps where the class stumbles. Plain Java, read from the records each time.
 */
public final class ClassReport {
    private final PracticeClass practiceClass;
    private final List<Learner> learners;
    private final List<AttemptRecord> attempts;

    public ClassReport(PracticeRecords records, PracticeClass practiceClass) {
        this.practiceClass = practiceClass;
        this.learners = records.learners(practiceClass.id());
        this.attempts = records.classAttempts(practiceClass.id());
    }

    public PracticeClass practiceClass() {
        return practiceClass;
    }

    public List<AttemptRecord> attempts() {
        return attempts;
    }

    public List<AttemptRecord> attemptsOf(long learnerId) {
        return attempts.stream().filter(a -> a.learnerId() == learnerId).toList();
    }

    /** Every learner of the class, in name order. */
    public List<LearnerSummary> learners() {
        List<LearnerSummary> out = new ArrayList<>();
        Set<String> course = new LinkedHashSet<>(practiceClass.lessons());
        for (Learner l : learners) {
            List<AttemptRecord> mine = attemptsOf(l.id());
            List<String> own = mine.stream().filter(a -> a.goalMet() && Level.ON_MY_OWN.name().equals(a.level()) && course.contains(a.lesson()))
                    .map(AttemptRecord::lesson).distinct().toList();
            Optional<LocalDateTime> last = mine.stream().map(AttemptRecord::startedAt).max(LocalDateTime::compareTo);
            out.add(new LearnerSummary(l, mine.size(), own, course.size(), last, skill(mine, Purpose.BEFORE), skill(mine, Purpose.AFTER)));
        }
        return out;
    }

    /** A skill check's figure: the latest attempt at each of its tasks. */
    private static Optional<LearnerSummary.SkillFigure> skill(List<AttemptRecord> mine, Purpose purpose) {
        Map<String, AttemptRecord> latest = mine.stream().filter(a -> a.purpose() == purpose)
                .collect(Collectors.toMap(AttemptRecord::lesson, a -> a, (a, b) -> b, java.util.LinkedHashMap::new));
        return LearnerSummary.SkillFigure.of(List.copyOf(latest.values()));
    }

    /** For each step of {@code lesson}: reached by how many attempts, the average time on it, how many stopped there. */
    public List<StepFigure> steps(Lesson lesson) {
        List<AttemptRecord> at = attempts.stream().filter(a -> a.lesson().equals(lesson.id())).toList();
        List<StepFigure> out = new ArrayList<>();
        for (int k = 0; k < lesson.steps().size(); k++) {
            int step = k;
            List<AttemptRecord> passed = at.stream().filter(a -> a.stepTimes().size() > step).toList();
            int reached = (int) at.stream().filter(a -> a.stepTimes().size() >= step).count();
            Duration average = passed.isEmpty() ? Duration.ZERO
                    : passed.stream().map(a -> a.stepTimes().get(step)).reduce(Duration.ZERO, Duration::plus).dividedBy(passed.size());
            int stopped = (int) at.stream().filter(a -> !a.goalMet() && a.stepTimes().size() == step).count();
            out.add(new StepFigure(k, reached, average, stopped));
        }
        return out;
    }

    /** The class's attempts as CSV (UTF-8 with a byte-order mark, so a spreadsheet reads the Hangul): one row an attempt. */
    public void writeCsv(Appendable out) throws IOException {
        out.append('\uFEFF');
        Map<Long, String> names = learners.stream().collect(Collectors.toMap(Learner::id, Learner::nickname));
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("class", "learner", "lesson", "level", "purpose",
                "started", "seconds", "touches", "wrong_touches", "hints", "backs", "homes", "goal_met", "step_seconds").get())) {
            for (AttemptRecord a : attempts) {
                csv.printRecord(practiceClass.name(), names.get(a.learnerId()), a.lesson(), a.level(), a.purpose(), a.startedAt(),
                        String.format(java.util.Locale.ROOT, "%.1f", a.took().toMillis() / 1000.0), a.touches(), a.wrongTouches(), a.hints(),
                        a.backs(), a.homes(), a.goalMet(), a.stepTimes().stream()
                                .map(d -> String.format(java.util.Locale.ROOT, "%.1f", d.toMillis() / 1000.0)).collect(Collectors.joining(" ")));
            }
        }
    }
}
