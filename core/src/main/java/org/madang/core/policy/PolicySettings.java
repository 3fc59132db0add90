package org.madang.core.policy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.booking.BookingPolicy;
import org.madang.core.clerk.NotPermitted;
import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import org.madang.core.course.CoursePolicy;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;

/**
 * The figures of POLICIES.md a centre may change (booking windows, limits, refunds, penalties,
 * courses), as an administrator sees and edits them: each with its default and its allowed
 * range; a change is checked figure by figure and as a whole (refund days must fall), previewed,
 * and saved as {@code policy_setting} rows with a {@code PolicyChanged} event each. Running
 * terminals take it within seconds ({@link org.madang.core.Fresh}).
 */
public final class PolicySettings {
    /** Each figure's allowed range (inclusive), by setting name. */
    private static final Map<String, int[]> RANGES = ranges();

    private final Jdbi jdbi;
    private final EventLog events;
    private final Clock clock;

    public PolicySettings(Jdbi jdbi, EventLog events, Clock clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
    }

    /** One figure: its name, the value in force, its default and its allowed range ({@code min}..{@code max}; a time has none). */
    public record Setting(String name, String value, String defaultValue, int min, int max) {
        public boolean changed() {
            return !value.equals(defaultValue);
        }

        public boolean isTime() {
            return "windowOpensAt".equals(name);
        }
    }

    /** What a change would do: each figure that differs from the one in force, before and after. */
    public record Preview(List<Change> changes, Map<String, Refusal> refused) {
        public Preview {
            changes = List.copyOf(changes);
            refused = Map.copyOf(refused);
        }

        public boolean valid() {
            return refused.isEmpty();
        }
    }

    public record Change(String name, String from, String to) {
    }

    /** Every figure, booking figures then course figures, as in force now. */
    public List<Setting> all() {
        Map<String, String> stored = stored();
        List<Setting> all = new ArrayList<>();
        Map<String, String> defaults = defaults();
        defaults.forEach((name, def) -> {
            int[] r = RANGES.getOrDefault(name, new int[] {0, 0});
            all.add(new Setting(name, stored.getOrDefault(name, def), def, r[0], r[1]));
        });
        return all;
    }

    /** What {@code edits} (name → typed value) would change, or per figure why it cannot. */
    public Preview preview(Map<String, String> edits) {
        Map<String, String> current = new LinkedHashMap<>();
        all().forEach(s -> current.put(s.name(), s.value()));
        Map<String, Refusal> refused = new LinkedHashMap<>();
        Map<String, String> after = new HashMap<>(current);
        edits.forEach((name, typed) -> {
            String value = typed == null ? "" : typed.strip();
            if (!current.containsKey(name)) {
                refused.put(name, Refusal.of("counter.policy.unknown", name));
                return;
            }
            if ("windowOpensAt".equals(name)) {
                try {
                    value = LocalTime.parse(value, java.time.format.DateTimeFormatter.ofPattern("H:mm")).toString();
                } catch (DateTimeParseException e) {
                    refused.put(name, Refusal.of("counter.policy.time"));
                    return;
                }
            } else {
                int[] r = RANGES.get(name);
                try {
                    int n = Integer.parseInt(value);
                    if (n < r[0] || n > r[1]) {
                        refused.put(name, Refusal.of("counter.policy.range", r[0], r[1]));
                        return;
                    }
                    value = Integer.toString(n);
                } catch (NumberFormatException e) {
                    refused.put(name, Refusal.of("counter.policy.number", r[0], r[1]));
                    return;
                }
            }
            after.put(name, value);
        });
        if (refused.isEmpty()) {
            // the figures must also make sense together
            try {
                Map<String, String> booking = new HashMap<>(after);
                booking.keySet().removeIf(n -> n.startsWith(CoursePolicy.PREFIX));
                BookingPolicy.DEFAULTS.with(booking);
            } catch (IllegalArgumentException e) {
                refused.put(e.getMessage().startsWith("refund") ? "refundFullDays" : "perWeek", Refusal.of(
                        e.getMessage().startsWith("refund") ? "counter.policy.refundOrder" : "counter.policy.positive"));
            }
            try {
                CoursePolicy.DEFAULTS.with(after);
            } catch (IllegalArgumentException e) {
                refused.put("courses.perTerm", Refusal.of("counter.policy.positive"));
            }
        }
        List<Change> changes = new ArrayList<>();
        current.forEach((name, value) -> {
            if (!after.get(name).equals(value)) {
                changes.add(new Change(name, value, after.get(name)));
            }
        });
        return new Preview(changes, refused);
    }

    /**
     * Saves {@code edits} (an administrator only): nothing at all when any figure is refused; a
     * figure set back to its default loses its row.
     *
     * @return the preview of what was (or, refused, would have been) changed
     */
    public Preview save(Map<String, String> edits, String admin) {
        try {
            return jdbi.inTransaction(h -> save(h, edits, admin));
        } catch (NotPermitted refused) {
            return new Preview(preview(edits).changes(), Map.of("", refused.refusal()));
        }
    }

    /** The same within the caller's transaction (a catalogue imported whole); a clerk without the right is thrown {@code NotPermitted}. */
    public Preview save(org.jdbi.v3.core.Handle h, Map<String, String> edits, String admin) {
        Preview preview = preview(edits);
        if (!preview.valid() || preview.changes().isEmpty()) {
            return preview;
        }
        Map<String, String> defaults = defaults();
        LocalDateTime now = LocalDateTime.now(clock);
        StaffRights.require(h, admin, Permission.POLICY);
        for (Change c : preview.changes()) {
            h.createUpdate("DELETE FROM policy_setting WHERE name = :n").bind("n", c.name()).execute();
            if (!c.to().equals(defaults.get(c.name()))) {
                h.createUpdate("INSERT INTO policy_setting (name, setting_value) VALUES (:n, :v)")
                        .bind("n", c.name()).bind("v", c.to()).execute();
            }
            events.append(h, new EventDraft(EventType.POLICY_CHANGED, "policy:" + c.name(), "clerk:" + admin,
                    Map.of("from", c.from(), "to", c.to(), "at", now.toString())));
        }
        return preview;
    }

    private Map<String, String> stored() {
        return jdbi.withHandle(h -> h.createQuery("SELECT name, setting_value FROM policy_setting")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list())
                .stream().collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll);
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>(BookingPolicy.DEFAULTS.settings());
        d.putAll(CoursePolicy.DEFAULTS.settings());
        return d;
    }

    private static Map<String, int[]> ranges() {
        Map<String, int[]> r = new HashMap<>();
        r.put("windowOpensMonthsBefore", new int[] {0, 3});
        r.put("priorityDays", new int[] {0, 10});
        r.put("closesDaysBefore", new int[] {0, 30});
        r.put("perFacilityPerDay", new int[] {1, 10});
        r.put("perWeek", new int[] {1, 21});
        r.put("hoursPerDay", new int[] {1, 12});
        r.put("residentDiscountPercent", new int[] {0, 100});
        r.put("seniorAge", new int[] {50, 90});
        r.put("unpaidDays", new int[] {0, 14});
        r.put("refundFullDays", new int[] {1, 60});
        r.put("refundHighDays", new int[] {1, 60});
        r.put("refundHighPercent", new int[] {0, 100});
        r.put("refundLowDays", new int[] {1, 60});
        r.put("refundLowPercent", new int[] {0, 100});
        r.put("checkInEarlyMinutes", new int[] {0, 120});
        r.put("noShowAfterMinutes", new int[] {5, 120});
        r.put("penaltiesForBan", new int[] {1, 10});
        r.put("banDays", new int[] {1, 365});
        r.put("penaltyMonths", new int[] {1, 24});
        r.put("lotteryDrawDaysBefore", new int[] {1, 30});
        r.put("lotteryEntryDays", new int[] {1, 30});
        r.put("maxParty", new int[] {1, 100});
        r.put("courses.perTerm", new int[] {1, 10});
        r.put("courses.feeExemptPerTerm", new int[] {0, 10});
        r.put("courses.completionPercent", new int[] {1, 100});
        r.put("courses.minimumFillPercent", new int[] {0, 100});
        return Map.copyOf(r);
    }
}
