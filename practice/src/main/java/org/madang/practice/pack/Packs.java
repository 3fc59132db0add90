package org.madang.practice.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.madang.practice.lesson.Lesson;
import org.madang.practice.scenario.Pack;

/** The scenario packs that come with Madang (listed in {@code packs/packs.txt}), read and checked like any pack. */
public final class Packs {
    private static final String FOLDER = "/org/madang/practice/packs/";

    private Packs() {
    }

    /** The shipped packs, in the order of the list. A broken shipped pack is a build error, not a learner's problem. */
    public static List<Pack> shipped() {
        return Shipped.PACKS;
    }

    /** Read once, at the first call (the holder idiom: no mutable static). */
    private static final class Shipped {
        static final List<Pack> PACKS = readShipped();
    }

    private static List<Pack> readShipped() {
        try (InputStream in = Packs.class.getResourceAsStream(FOLDER + "packs.txt")) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + "packs.txt is missing from the build");
            }
            List<Pack> packs = new ArrayList<>();
            PackReader reader = new PackReader();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    packs.add(reader.readResource(FOLDER + line.strip() + "/"));
                }
            }
            return List.copyOf(packs);
        } catch (PackException | IOException e) {
            throw new IllegalStateException("a shipped pack cannot be read: " + e.getMessage(), e);
        }
    }

    public static Optional<Pack> find(String id) {
        return shipped().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The pack a lesson belongs to, when it is a pack's. */
    public static Optional<Pack> ofLesson(String lessonId) {
        return shipped().stream().filter(p -> p.lessons().stream().anyMatch(l -> l.id().equals(lessonId))).findFirst();
    }

    /** Every lesson that comes with Madang: the kiosk's own, then each pack's. */
    public static List<Lesson> allLessons() {
        List<Lesson> all = new ArrayList<>(Lessons.madang());
        shipped().forEach(p -> all.addAll(p.lessons()));
        return all;
    }

    /**
     * A class's course unless its instructor says otherwise: every lesson on Madang's kiosk and
     * the first lesson of each pack — what a completion certificate asks to be done on one's own.
     */
    public static List<String> defaultCourse() {
        List<String> ids = new ArrayList<>(Lessons.madang().stream().map(Lesson::id).toList());
        shipped().forEach(p -> ids.add(p.lessons().get(0).id()));
        return List.copyOf(ids);
    }
}
