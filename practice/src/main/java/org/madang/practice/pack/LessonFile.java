package org.madang.practice.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.madang.core.facility.Localized;
import org.madang.practice.lesson.Goal;
import org.madang.practice.lesson.Lesson;
import org.madang.practice.lesson.Step;
import org.madang.practice.lesson.Target;

/**
 * Reads a lesson file (YAML, UTF-8): {@code lessons:}, each with an id, a title and a task in
 * Korean and English, its steps (screen, control, what to say) and its goal (an event of the
 * practice site with details, or screens). Checked on load against the screens and events that
 * exist, so a wrong name is found when the file is read, with its {@code file:line}, not by a
 * learner in class.
 */
public final class LessonFile {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    private final Set<String> screens;
    private final Set<String> events;
    /** A pack's controls by screen (each step's control is checked against them), or empty for the kiosk. */
    private final Map<String, List<String>> controls;
    /** The facts a pack's {@code done:} goal may ask for, or empty where there is no such goal. */
    private final Set<String> facts;

    /**
     * @param screens the screen ids a step may name (the kiosk's)
     * @param events  the event types a goal may name (the event log's)
     */
    public LessonFile(Set<String> screens, Set<String> events) {
        this(screens, events, Map.of(), Set.of());
    }

    private LessonFile(Set<String> screens, Set<String> events, Map<String, List<String>> controls, Set<String> facts) {
        this.screens = Set.copyOf(screens);
        this.events = Set.copyOf(events);
        this.controls = Map.copyOf(controls);
        this.facts = Set.copyOf(facts);
    }

    /**
     * The lessons of a scenario pack: steps on the pack's screens and controls, goals that are
     * facts of the finished order ({@code done: {place: takeout, payment: card}}).
     */
    static LessonFile forPack(Map<String, List<String>> controls, Set<String> facts) {
        return new LessonFile(controls.keySet(), Set.of(), controls, facts);
    }

    public List<Lesson> read(Path file) throws PackException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PackException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return read(bytes, file.toString());
    }

    public List<Lesson> read(InputStream in, String name) throws PackException {
        try {
            return read(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new PackException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private List<Lesson> read(byte[] bytes, String name) throws PackException {
        return lessons(new LocatedYaml().read(bytes, name));
    }

    List<Lesson> lessons(Node root) throws PackException {
        List<Lesson> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node n : root.get("lessons").list()) {
            String id = n.get("id").text();
            if (!ID.matcher(id).matches()) {
                throw new PackException(n.get("id").where() + ": a lesson id is small letters, digits, '.' and '-' (e.g. booking.court)");
            }
            if (!ids.add(id)) {
                throw new PackException(n.get("id").where() + ": lesson '" + id + "' is given twice");
            }
            Localized title = words(n.get("title"));
            Localized task = words(n.get("task"));
            List<Step> steps = new ArrayList<>();
            for (Node s : n.get("steps").list()) {
                String screen = s.get("screen").text();
                if (!screens.contains(screen)) {
                    throw new PackException(s.get("screen").where() + ": no screen '" + screen + "' (known: " + String.join(", ",
                            new java.util.TreeSet<>(screens)) + ")");
                }
                Target target = new Target(screen, s.get("control").text());
                if (!controls.isEmpty() && controls.get(screen).stream().noneMatch(c -> c.endsWith("*")
                        ? target.control().startsWith(c.substring(0, c.length() - 1)) : target.matches(screen, c))) {
                    throw new PackException(s.get("control").where() + ": screen '" + screen + "' has no control '" + target.control()
                            + "' (it has: " + String.join(", ", controls.get(screen)) + ")");
                }
                steps.add(new Step(words(s.get("say")), target));
            }
            if (steps.isEmpty()) {
                throw new PackException(n.get("steps").where() + ": a lesson needs at least one step");
            }
            out.add(new Lesson(id, title, task, steps, goal(n.get("goal"))));
        }
        return out;
    }

    private Goal goal(Node g) throws PackException {
        if (g.find("done").isPresent() && !facts.isEmpty()) {
            Map<String, String> wanted = new LinkedHashMap<>();
            for (Map.Entry<String, Node> d : g.get("done").map().entrySet()) {
                if (!facts.contains(d.getKey())) {
                    throw new PackException(d.getValue().where() + ": an order has no '" + d.getKey() + "' (it has: "
                            + String.join(", ", facts) + ")");
                }
                wanted.put(d.getKey(), d.getValue().text());
            }
            return new Goal.Event(org.madang.practice.scenario.ScenarioFlow.DONE, wanted);
        }
        if (g.find("event").isPresent() && !events.isEmpty()) {
            Map<String, String> details = new LinkedHashMap<>();
            if (g.find("details").isPresent()) {
                for (Map.Entry<String, Node> d : g.get("details").map().entrySet()) {
                    details.put(d.getKey(), d.getValue().text());
                }
            }
            Node e = g.get("event");
            List<Goal> any = new ArrayList<>();
            for (Node each : e.isText() ? List.of(e) : e.list()) {
                String type = each.text();
                if (!events.contains(type)) {
                    throw new PackException(each.where() + ": no event '" + type + "' (e.g. BookingCreated, TicketIssued)");
                }
                any.add(new Goal.Event(type, details));
            }
            return any.size() == 1 ? any.get(0) : new Goal.AnyOf(any);
        }
        if (g.find("screen").isPresent()) {
            Set<String> shown = new LinkedHashSet<>();
            Node s = g.get("screen");
            for (Node each : s.isText() ? List.of(s) : s.list()) {
                if (!screens.contains(each.text())) {
                    throw new PackException(each.where() + ": no screen '" + each.text() + "'");
                }
                shown.add(each.text());
            }
            return new Goal.Screen(shown);
        }
        throw new PackException(g.where() + (facts.isEmpty() ? ": a goal is 'event: …' (with 'details:') or 'screen: …'"
                : ": a goal is 'done:' with the facts of the finished order (e.g. payment: card), or 'screen: …'"));
    }

    static Localized words(Node n) throws PackException {
        return new Localized(n.get("ko").text(), n.get("en").text());
    }
}
