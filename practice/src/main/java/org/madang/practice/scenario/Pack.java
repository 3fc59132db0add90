package org.madang.practice.scenario;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.madang.core.facility.Localized;
import org.madang.practice.lesson.Lesson;

/**
 * A scenario pack: a kiosk learners meet in life (a burger shop, a train station), as data —
 * its look, its screens from the widget set, the option groups its menu asks, the lessons on
 * it, and where its pictures are.
 */
public record Pack(String id, Localized title, Look look, String start, Map<String, ScenarioScreen> screens,
                   Map<String, OptionGroup> options, List<Lesson> lessons, Files files) {

    /** The back and first-screen buttons every screen but the first has. */
    public static final List<String> NAVIGATION = List.of("nav.back", "nav.home");

    /** Where a pack's pictures are: its folder, or the jar for the packs that come with Madang. */
    @FunctionalInterface
    public interface Files {
        Optional<URL> find(String name);
    }

    public Pack {
        screens = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(screens));
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        lessons = List.copyOf(lessons);
    }

    public ScenarioScreen screen(String screenId) {
        ScenarioScreen s = screens.get(screenId);
        if (s == null) {
            throw new IllegalArgumentException("pack " + id + " has no screen " + screenId);
        }
        return s;
    }

    /** A picture of the pack by file name. */
    public Optional<URL> picture(String name) {
        return files.find(name);
    }

    /** Every screen id a learner may be shown (the widgets' second screens included), with the controls on it. */
    public Map<String, List<String>> controls() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ScenarioScreen s : screens.values()) {
            s.controls(options).forEach((screen, names) -> {
                List<String> all = new ArrayList<>(names);
                if (!screen.equals(start)) {
                    all.addAll(NAVIGATION);
                }
                out.put(screen, all);
            });
        }
        return out;
    }

    /**
     * The facts a finished order holds, which a lesson's goal may ask for: each remembered pick,
     * quantity and digits by its key, {@code item.ID} (how many) and {@code item.ID.GROUP} (the
     * option picked), {@code payment} and {@code total}.
     */
    public Set<String> factKeys() {
        Set<String> keys = new LinkedHashSet<>(List.of("payment", "total"));
        for (ScenarioScreen s : screens.values()) {
            if (s instanceof ScenarioScreen.Choice c) {
                keys.add(c.key());
            } else if (s instanceof ScenarioScreen.Quantity q) {
                keys.add(q.key());
            } else if (s instanceof ScenarioScreen.Digits d) {
                keys.add(d.key());
            } else if (s instanceof ScenarioScreen.Menu m) {
                m.categories().forEach(c -> c.items().forEach(i -> {
                    keys.add("item." + i.id());
                    i.options().forEach(g -> keys.add("item." + i.id() + "." + g));
                }));
            }
        }
        return keys;
    }
}
