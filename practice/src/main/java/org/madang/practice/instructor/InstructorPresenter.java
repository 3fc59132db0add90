package org.madang.practice.instructor;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.madang.core.Refusal;
import org.madang.core.practice.Learner;
import org.madang.core.practice.PracticeClass;
import org.madang.core.practice.PracticeRecords;
import org.madang.practice.lesson.Lesson;
import org.madang.practice.progress.ClassReport;
import org.madang.practice.progress.LearnerSummary;

/**
 * The instructor's view of a class (PRACTICE.md): the class at a glance, a learner's attempts
 * over time, the steps where the class stumbles, adding a learner, and the class's progress as
 * CSV. Plain Java; every figure read from the kept attempts.
 */
public final class InstructorPresenter {
    private final InstructorView view;
    private final PracticeRecords records;
    private final List<Lesson> lessons;
    private final Optional<org.madang.core.practice.TrainingCertificates> certificates;
    private ClassReport report;

    /** @param certificates writes completion certificates (none where no document font is installed) */
    public InstructorPresenter(InstructorView view, PracticeRecords records, List<Lesson> lessons,
                               Optional<org.madang.core.practice.TrainingCertificates> certificates) {
        this.view = view;
        this.records = records;
        this.lessons = List.copyOf(lessons);
        this.certificates = certificates;
    }

    /** Whether certificates can be written here. */
    public boolean certifies() {
        return certificates.isPresent();
    }

    /** Writes a learner's completion certificate to {@code file}, when they have done the course on their own. */
    public void certificate(long learnerId, Path file, String instructor) {
        if (certificates.isEmpty()) {
            return;
        }
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        lessons.forEach(l -> titles.put(l.id(), l.title().ko()));
        var made = certificates.get().issue(learnerId, titles, "instructor:" + instructor);
        if (made instanceof PracticeRecords.Outcome.Refused<org.madang.core.practice.TrainingCertificates.Issued> r) {
            view.showRefusal(r.refusal());
            return;
        }
        try {
            Files.write(file, ((PracticeRecords.Outcome.Done<org.madang.core.practice.TrainingCertificates.Issued>) made).value().pdf());
            view.showSaved(file);
        } catch (IOException e) {
            view.showRefusal(Refusal.of("practice.export.failed", file, e.getMessage()));
        }
    }

    public void start() {
        List<PracticeClass> classes = records.classes();
        if (classes.isEmpty()) {
            view.showNoClass();
            return;
        }
        show(classes.get(0));
    }

    public void chooseClass(long classId) {
        records.classes().stream().filter(c -> c.id() == classId).findFirst().ifPresent(this::show);
    }

    /** Reads the class's attempts again (a learner practised meanwhile). */
    public void refresh() {
        if (report != null) {
            show(report.practiceClass());
        } else {
            start();
        }
    }

    private void show(PracticeClass c) {
        report = new ClassReport(records, c);
        view.showClasses(records.classes(), c);
        view.showClass(c, report.learners());
    }

    public void chooseLearner(long learnerId) {
        if (report == null) {
            return;
        }
        report.learners().stream().filter(s -> s.learner().id() == learnerId).findFirst()
                .ifPresent(s -> view.showLearner(s, report.attemptsOf(learnerId), lessons));
    }

    public void chooseLesson(String lessonId) {
        if (report == null) {
            return;
        }
        lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst().ifPresent(l -> view.showStumbles(l, report.steps(l)));
    }

    /** The lessons the class has tried, most attempts first (where a heat map says something). */
    public List<Lesson> triedLessons() {
        if (report == null) {
            return List.of();
        }
        return lessons.stream().filter(l -> report.attempts().stream().anyMatch(a -> a.lesson().equals(l.id())))
                .sorted(java.util.Comparator.comparingLong((Lesson l) -> report.attempts().stream().filter(a -> a.lesson().equals(l.id())).count())
                        .reversed()).toList();
    }

    public void addLearner(String nickname, String instructor) {
        if (report == null) {
            return;
        }
        PracticeRecords.Outcome<Learner> added = records.addLearner(report.practiceClass().id(), nickname, "instructor:" + instructor);
        if (added instanceof PracticeRecords.Outcome.Refused<Learner> r) {
            view.showRefusal(r.refusal());
            return;
        }
        Learner l = ((PracticeRecords.Outcome.Done<Learner>) added).value();
        show(report.practiceClass());
        view.showAdded(l);
    }

    /** Writes the class's attempts to {@code file} as CSV. */
    public void export(Path file) {
        if (report == null) {
            return;
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            report.writeCsv(out);
            view.showSaved(file);
        } catch (IOException e) {
            view.showRefusal(Refusal.of("practice.export.failed", file, e.getMessage()));
        }
    }

    public Optional<ClassReport> report() {
        return Optional.ofNullable(report);
    }

    /** The summary of a learner shown, for the certificate. */
    public Optional<LearnerSummary> summary(long learnerId) {
        return report == null ? Optional.empty() : report.learners().stream().filter(s -> s.learner().id() == learnerId).findFirst();
    }
}
