package org.madang.practice.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.core.Refusal;
import org.madang.core.practice.AttemptRecord;
import org.madang.core.practice.Learner;
import org.madang.core.practice.PracticeClass;
import org.madang.core.practice.PracticeRecords;
import org.madang.core.testing.TestSite;
import org.madang.practice.lesson.Lesson;
import org.madang.practice.pack.Packs;
import org.madang.practice.progress.LearnerSimulation;
import org.madang.practice.progress.LearnerSummary;
import org.madang.practice.progress.StepFigure;

/**
 * The instructor's view without a screen, on a class whose course simulated learners took
 * through the real lesson engine: the class at a glance, a learner's attempts, where the class
 * stumbles, adding a learner, the CSV.
 */
class InstructorPresenterTest {
    private final TestSite site = TestSite.empty(TestSite.tempRoot());
    private final PracticeRecords records = site.practice(new Random(1));
    private final List<String> seen = new ArrayList<>();
    private List<LearnerSummary> glance = List.of();
    private List<StepFigure> steps = List.of();
    private final InstructorPresenter presenter = new InstructorPresenter(new InstructorView() {
        @Override
        public void showClasses(List<PracticeClass> classes, PracticeClass chosen) {
            seen.add("classes " + chosen.name());
        }

        @Override
        public void showClass(PracticeClass c, List<LearnerSummary> learners) {
            glance = learners;
        }

        @Override
        public void showLearner(LearnerSummary learner, List<AttemptRecord> attempts, List<Lesson> lessons) {
            seen.add("learner " + learner.learner().nickname() + " " + attempts.size());
        }

        @Override
        public void showStumbles(Lesson lesson, List<StepFigure> figures) {
            steps = figures;
        }

        @Override
        public void showAdded(Learner learner) {
            seen.add("added " + learner.nickname() + " " + learner.digits().length());
        }

        @Override
        public void showSaved(Path file) {
            seen.add("saved");
        }

        @Override
        public void showRefusal(Refusal refusal) {
            seen.add("refused " + refusal.messageKey());
        }

        @Override
        public void showNoClass() {
            seen.add("no class");
        }
    }, records, Packs.allLessons(), java.util.Optional.of(new org.madang.core.practice.TrainingCertificates(site.database.jdbi(),
            site.events(), records, site.documentPdf(), site.signer(), "마당 디지털 배움터", site.clock, new Random(5))));

    @AfterEach
    void close() {
        site.close();
    }

    private static Lesson lesson(String id) {
        return Packs.allLessons().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    private PracticeClass simulatedClass() {
        List<String> course = List.of("queue.ticket", "fastfood.burger-takeout");
        PracticeClass c = ((PracticeRecords.Outcome.Done<PracticeClass>) records.createClass("화요반", "박강사", course, "t")).value();
        records.addLearner(c.id(), "김영희", "t");
        records.addLearner(c.id(), "이순자", "t");
        new LearnerSimulation(records, 42, LocalDateTime.of(2026, 11, 2, 10, 0), ZoneId.of("Asia/Seoul"))
                .course(records.learners(c.id()), List.of(lesson("queue.ticket"), lesson("fastfood.burger-takeout")),
                        List.of(lesson("queue.ticket"), lesson("parking.white-car-card")));
        return c;
    }

    @Test
    void withoutAClassItSaysHowToOpenOne() {
        presenter.start();
        assertThat(seen).containsExactly("no class");
    }

    @Test
    void theClassAtAGlanceShowsEachLearnersCourseAndSkillCheck() {
        simulatedClass();
        presenter.start();
        assertThat(seen).containsExactly("classes 화요반");
        assertThat(glance).extracting(s -> s.learner().nickname()).containsExactly("김영희", "이순자");
        for (LearnerSummary s : glance) {
            // two skill checks of two tasks, three attempts at each of the two lessons
            assertThat(s.attempts()).isEqualTo(2 + 6 + 2);
            assertThat(s.doneOnOwn()).containsExactlyInAnyOrder("queue.ticket", "fastfood.burger-takeout");
            assertThat(s.courseComplete()).isTrue();
            assertThat(s.before()).hasValueSatisfying(b -> assertThat(b.done()).isEqualTo(2));
            assertThat(s.timeChangePercent()).hasValueSatisfying(p -> assertThat(p).as("quicker after the course").isNegative());
        }
        presenter.chooseLearner(glance.get(0).learner().id());
        assertThat(seen).contains("learner 김영희 10");
        presenter.chooseLesson("fastfood.burger-takeout");
        assertThat(steps).hasSize(8);
        assertThat(steps.get(0).reached()).isEqualTo(6);
        assertThat(steps).allSatisfy(f -> assertThat(f.averageTime()).isPositive());
        assertThat(presenter.triedLessons()).extracting(Lesson::id)
                .containsExactly("queue.ticket", "fastfood.burger-takeout", "parking.white-car-card");
    }

    @Test
    void aLearnerWhoDidTheCourseOnTheirOwnGetsTheirCertificate(@TempDir Path dir) throws Exception {
        simulatedClass();
        presenter.start();
        Path file = dir.resolve("certificate.pdf");
        presenter.certificate(glance.get(0).learner().id(), file, "박강사");
        assertThat(seen).endsWith("saved");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(file))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("키오스크 활용 교육 수료증", "김영희", "번호표 뽑기");
        }
        Learner late = ((PracticeRecords.Outcome.Done<Learner>) records.addLearner(glance.get(0).learner().classId(), "박철수", "t")).value();
        presenter.certificate(late.id(), dir.resolve("not-yet.pdf"), "박강사");
        assertThat(seen).endsWith("refused practice.certificate.notYet");
        assertThat(dir.resolve("not-yet.pdf")).doesNotExist();
    }

    @Test
    void learnersErrAndHesitateLessWithPractice() {
        PracticeClass c = simulatedClass();
        List<AttemptRecord> all = records.classAttempts(c.id()).stream().filter(a -> a.lesson().equals("fastfood.burger-takeout")).toList();
        double first = all.stream().filter(a -> a.level().equals("GUIDED")).mapToLong(a -> a.took().toMillis()).average().orElseThrow();
        double third = all.stream().filter(a -> a.level().equals("ON_MY_OWN")).mapToLong(a -> a.took().toMillis()).average().orElseThrow();
        assertThat(third).isLessThan(first);
    }

    @Test
    void anInstructorAddsALearnerAndExportsTheClassAsCsv(@TempDir Path dir) throws Exception {
        PracticeClass c = simulatedClass();
        presenter.start();
        presenter.addLearner("  ", "박강사");
        presenter.addLearner("박철수", "박강사");
        assertThat(seen).contains("refused practice.name.missing", "added 박철수 4");
        assertThat(glance).hasSize(3);
        Path file = dir.resolve("class.csv");
        presenter.export(file);
        assertThat(seen).endsWith("saved");
        String text = Files.readString(file);
        assertThat(text).startsWith("\uFEFFclass,learner,lesson");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows).hasSize(records.classAttempts(c.id()).size());
        assertThat(rows.get(0).get("class")).isEqualTo("화요반");
        assertThat(rows.get(0).get("purpose")).isEqualTo("BEFORE");
        assertThat(rows.get(0).get("step_seconds").split(" ")).hasSize(3);
    }
}
