package org.madang.practice.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.practice.lesson.Goal;
import org.madang.practice.lesson.Lesson;

/** Lesson files: the shipped one loads; a broken one is refused with its file and line. */
class LessonFileTest {

    private static final String GOOD = """
            lessons:
              - id: notices.read
                title: {ko: 알림 보기, en: Read notices}
                task: {ko: 알림을 열어 보세요, en: Open the notices}
                steps:
                  - {screen: home, control: home.notices, say: {ko: 알림을 누르세요, en: Touch Notices}}
                goal: {screen: notices}
            """;

    private static Path write(Path dir, String text) throws Exception {
        Path f = dir.resolve("lessons.yaml");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void theShippedLessonsLoadWithTheirGoals() {
        assertThat(Lessons.madang()).extracting(Lesson::id).contains("booking.court", "queue.ticket", "notices.read");
        Lesson court = Lessons.madang().get(0);
        assertThat(court.goal()).isEqualTo(new Goal.Event("BookingCreated", java.util.Map.of("facility", "tennis-1")));
        assertThat(court.steps().get(0).target().screen()).isEqualTo("home");
    }

    @Test
    void aGoodFileReads(@TempDir Path dir) throws Exception {
        assertThat(Lessons.read(write(dir, GOOD))).singleElement().satisfies(l -> assertThat(l.title().ko()).isEqualTo("알림 보기"));
    }

    @Test
    void eachMistakeIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Path f = write(dir, GOOD.replace("screen: home,", "screen: hom,"));
        assertThatThrownBy(() -> Lessons.read(f)).hasMessageStartingWith(f + ":6: no screen 'hom'");
        Path g = write(dir, GOOD.replace("goal: {screen: notices}", "goal: {event: BookingMade}"));
        assertThatThrownBy(() -> Lessons.read(g)).hasMessageStartingWith(g + ":7: no event 'BookingMade'");
        Path h = write(dir, GOOD.replace("task: {ko: 알림을 열어 보세요, en: Open the notices}", "task: {ko: 알림을 열어 보세요}"));
        assertThatThrownBy(() -> Lessons.read(h)).hasMessage(h + ":4: 'en' is missing");
        Path twice = write(dir, GOOD.replace("    title: {ko: 알림 보기, en: Read notices}",
                "    title: {ko: 알림 보기, en: Read notices}\n    title: {ko: 또, en: again}"));
        assertThatThrownBy(() -> Lessons.read(twice)).hasMessageStartingWith(twice + ":4: 'title' is given twice");
        Path tab = write(dir, GOOD.replace("  - id: notices.read", "\t- id: notices.read"));
        assertThatThrownBy(() -> Lessons.read(tab)).hasMessageContaining(tab + ":2: not valid YAML");
        Path bytes = dir.resolve("random.yaml");
        Files.write(bytes, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0x41});
        assertThatThrownBy(() -> Lessons.read(bytes)).hasMessage(bytes + ": not UTF-8 text");
        Path empty = write(dir, "");
        assertThatThrownBy(() -> Lessons.read(empty)).hasMessage(empty + ":1: the file is empty");
        assertThat(StandardCharsets.UTF_8).isNotNull();
    }
}
