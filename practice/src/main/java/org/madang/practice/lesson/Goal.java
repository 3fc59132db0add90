package org.madang.practice.lesson;

import java.util.Map;
import java.util.Set;

/**
 * What a lesson checks to know the task is done — from the sandbox's outcome, never from pixels:
 * an event of the practice site's log, or a screen the kiosk's navigator showed.
 */
public sealed interface Goal {

    /** Whether this event (its type and details) meets the goal. */
    boolean metByEvent(String type, Map<String, Object> details);

    /** Whether showing this screen meets the goal. */
    boolean metByScreen(String screen);

    /** An event of {@code type} whose details hold each of {@code details} (compared as text). */
    record Event(String type, Map<String, String> details) implements Goal {
        public Event {
            details = Map.copyOf(details);
        }

        @Override
        public boolean metByEvent(String seen, Map<String, Object> values) {
            return type.equals(seen) && details.entrySet().stream()
                    .allMatch(d -> values.containsKey(d.getKey()) && String.valueOf(values.get(d.getKey())).equals(d.getValue()));
        }

        @Override
        public boolean metByScreen(String screen) {
            return false;
        }
    }

    /** Reaching one of these screens (what reading a notice, or checking a document, leaves behind). */
    record Screen(Set<String> screens) implements Goal {
        public Screen {
            screens = Set.copyOf(screens);
        }

        @Override
        public boolean metByEvent(String type, Map<String, Object> details) {
            return false;
        }

        @Override
        public boolean metByScreen(String screen) {
            return screens.contains(screen);
        }
    }

    /** Any one of several goals (signing up for a course: a seat, a place on the waiting list, or an entry to the draw). */
    record AnyOf(java.util.List<Goal> goals) implements Goal {
        public AnyOf {
            goals = java.util.List.copyOf(goals);
        }

        @Override
        public boolean metByEvent(String type, Map<String, Object> details) {
            return goals.stream().anyMatch(g -> g.metByEvent(type, details));
        }

        @Override
        public boolean metByScreen(String screen) {
            return goals.stream().anyMatch(g -> g.metByScreen(screen));
        }
    }
}
