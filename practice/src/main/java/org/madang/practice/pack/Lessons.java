package org.madang.practice.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.madang.core.event.EventType;
import org.madang.kiosk.KioskApp;
import org.madang.practice.lesson.Lesson;

/** The lessons that come with Madang, and the checks any lesson file gets: the kiosk's screens, the event log's events. */
public final class Lessons {
    /** The lessons on Madang's own kiosk screens, shipped in the jar. */
    public static final String MADANG = "/org/madang/practice/lessons/madang.yaml";

    private Lessons() {
    }

    /** A reader that knows the kiosk's screen ids and the event types a goal may name. */
    public static LessonFile reader() {
        Set<String> events = Arrays.stream(EventType.values()).map(EventType::wireName).collect(Collectors.toSet());
        return new LessonFile(Set.copyOf(KioskApp.screenIds()), events);
    }

    /** Madang's own lessons. A broken shipped file is a build error, not a learner's problem. */
    public static List<Lesson> madang() {
        try (InputStream in = Lessons.class.getResourceAsStream(MADANG)) {
            if (in == null) {
                throw new IllegalStateException(MADANG + " is missing from the build");
            }
            return reader().read(in, "madang.yaml");
        } catch (PackException | IOException e) {
            throw new IllegalStateException("the shipped lessons cannot be read: " + e.getMessage(), e);
        }
    }

    /** An instructor's lesson file, checked. */
    public static List<Lesson> read(Path file) throws PackException {
        return reader().read(file);
    }
}
