package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The practice sandbox: each exercise starts on the template's data, whatever the last one did; the template is seeded once a day. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PracticeSandboxTest {

    private static long count(SiteRuntime site, String sql) {
        return site.database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void eachExerciseStartsFromTheTemplateAndLeavesItAlone(@TempDir Path dir) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T01:00:00Z"), ZoneId.of("Asia/Seoul"));
        try (PracticeSandbox sandbox = new PracticeSandbox(dir, clock, List.of(), Map.of())) {
            SiteRuntime first = sandbox.fresh();
            assertThat(first.config.terminal().id()).isEqualTo("practice-1");
            long tickets = count(first, "SELECT COUNT(*) FROM queue_ticket");
            long events = count(first, "SELECT COUNT(*) FROM event_log");
            long line = first.queue(first.events()).lines().get(0).id();
            first.queue(first.events()).take(line, null);
            first.queue(first.events()).take(line, null);
            assertThat(count(first, "SELECT COUNT(*) FROM queue_ticket")).isEqualTo(tickets + 2);
            String seeded = Files.readString(dir.resolve("template").resolve("seeded-on"));

            SiteRuntime second = sandbox.fresh();
            assertThat(count(second, "SELECT COUNT(*) FROM queue_ticket")).isEqualTo(tickets);
            assertThat(count(second, "SELECT COUNT(*) FROM event_log")).isEqualTo(events);
            // the template was not seeded again for the second exercise, and still holds no exercise's rows
            assertThat(Files.readString(dir.resolve("template").resolve("seeded-on"))).isEqualTo(seeded).isEqualTo("2026-12-01");
            assertThat(second.dir.root()).isNotEqualTo(sandbox.template().root());
        }
    }

    @Test
    void theRecordsOfClassesAndAttemptsOutliveEveryResetAndTheSandboxStaysApart(@TempDir Path dir) {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T01:00:00Z"), ZoneId.of("Asia/Seoul"));
        long learner;
        int simulated;
        try (PracticeSandbox sandbox = new PracticeSandbox(dir, clock, List.of(), Map.of())) {
            sandbox.fresh();
            PracticeCommand.demoClass(sandbox.records());
            learner = sandbox.records().learners(sandbox.records().classes().get(0).id()).get(0).id();
            simulated = sandbox.records().attempts(learner).size();
            assertThat(simulated).as("the demo's learners come with a course of simulated attempts").isGreaterThan(20);
            sandbox.records().record(new org.madang.core.practice.AttemptRecord(0, learner, "queue.ticket", "GUIDED",
                    org.madang.core.practice.Purpose.PRACTICE, java.time.LocalDateTime.now(clock), java.time.Duration.ofSeconds(30), 3, 0, 0,
                    0, 0, List.of(), true));
            SiteRuntime exercise = sandbox.fresh();
            assertThat(count(exercise, "SELECT COUNT(*) FROM practice_attempt")).as("the sandbox holds no records").isZero();
        }
        try (PracticeSandbox again = new PracticeSandbox(dir, clock, List.of(), Map.of())) {
            again.fresh();
            assertThat(again.records().classes()).extracting(c -> c.name()).containsExactly(PracticeCommand.DEMO_CLASS);
            assertThat(again.records().attempts(learner)).hasSize(simulated + 1);
            assertThat(count(again.progress(), "SELECT COUNT(*) FROM event_log WHERE type = 'AttemptRecorded'"))
                    .isEqualTo(count(again.progress(), "SELECT COUNT(*) FROM practice_attempt"));
            assertThat(count(again.progress(), "SELECT COUNT(*) FROM event_log WHERE type IN ('PracticeClassCreated', 'LearnerAdded')"))
                    .isEqualTo(4);
        }
    }

    @Test
    void aDocumentIssuedInPracticeDoesNotVerifyAtALiveSite(@TempDir Path dir) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T01:00:00Z"), ZoneId.of("Asia/Seoul"));
        try (PracticeSandbox sandbox = new PracticeSandbox(dir.resolve("practice"), clock, List.of(), Map.of());
             org.madang.core.testing.TestSite live = org.madang.core.testing.TestSite.seeded(dir.resolve("live"))) {
            SiteRuntime practice = sandbox.fresh();
            var documents = practice.documents(practice.events());
            var ready = (org.madang.core.document.DocumentIssuing.Ready) documents.prepare(1, 1,
                    org.madang.core.document.DocumentComposer.LEARNING_HISTORY, org.madang.core.document.DocumentOptions.DEFAULTS,
                    org.madang.core.booking.Channel.KIOSK);
            byte[] pdf = documents.issue(ready, "resident:1").pdf();
            assertThat(practice.verifier().pdf(pdf).verdict()).isEqualTo(org.madang.core.document.Verification.Verdict.VALID);
            // the same resident, the same demo: but the practice site's keys are its own
            assertThat(live.verifier().pdf(pdf).verdict()).isNotEqualTo(org.madang.core.document.Verification.Verdict.VALID);
        }
    }
}
