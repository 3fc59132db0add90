package org.madang.core.course;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.site.Terminal;

/**
 * Course wishes (희망 강좌 신청): a resident proposes a subject, a day and a time of day, in their
 * own words; the counter sees them grouped by subject with counts, to plan the next term.
 * A wish may be anonymous (nobody identified at the kiosk).
 */
public final class CourseWishes {
    /** The most characters of a wish's words (the column's size). */
    public static final int MAX_WORDS = 400;
    /** The subject of a wish that fits none of the catalogue's. */
    public static final String OTHER = "OTHER";

    private final Jdbi jdbi;
    private final EventLog events;
    private final Clock clock;
    private final Terminal terminal;

    public CourseWishes(Jdbi jdbi, EventLog events, Clock clock, Terminal terminal) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
        this.terminal = terminal;
    }

    /**
     * A wish as proposed.
     *
     * @param topic     a course category ({@code DIGITAL}, …) or {@link #OTHER}
     * @param weekday   1 = Monday … 7 = Sunday; empty: any day
     * @param timeOfDay empty: any time
     */
    public record Wish(String topic, Optional<Integer> weekday, Optional<CourseFilter.TimeOfDay> timeOfDay, String words,
                       Optional<Long> residentId) {
        public Wish {
            words = words == null ? "" : words.strip();
            if (words.length() > MAX_WORDS) {
                throw new IllegalArgumentException("a wish's words are at most " + MAX_WORDS + " characters");
            }
            if (weekday.isPresent() && (weekday.get() < 1 || weekday.get() > 7)) {
                throw new IllegalArgumentException("a weekday is 1 (Monday) to 7 (Sunday)");
            }
        }
    }

    /** How many have wished for a subject, and when the latest did. */
    public record WishCount(String topic, int count, LocalDateTime latest) {
    }

    /** Stores a wish and its event; returns how many wishes there now are for its subject. */
    public int add(Wish wish) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("INSERT INTO course_wish (topic, weekday, time_of_day, words, resident_id, created_at, terminal_id) "
                            + "VALUES (:t, :d, :tod, :w, :r, :now, :term)")
                    .bind("t", wish.topic()).bind("d", wish.weekday().orElse(null))
                    .bind("tod", wish.timeOfDay().map(Enum::name).orElse(null)).bind("w", wish.words())
                    .bind("r", wish.residentId().orElse(null)).bind("now", now).bind("term", terminal.id())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("topic", wish.topic());
            wish.weekday().ifPresent(d -> details.put("weekday", d));
            wish.timeOfDay().ifPresent(t -> details.put("timeOfDay", t.name()));
            events.append(h, new EventDraft(EventType.COURSE_WISHED, "wish:" + id,
                    wish.residentId().map(r -> "resident:" + r).orElse("anonymous"), details));
            return h.createQuery("SELECT COUNT(*) FROM course_wish WHERE topic = :t").bind("t", wish.topic()).mapTo(Integer.class).one();
        });
    }

    /** Every subject wished for, the most wished first. */
    public List<WishCount> counts() {
        return jdbi.withHandle(h -> h.createQuery("SELECT topic, COUNT(*), MAX(created_at) FROM course_wish GROUP BY topic "
                        + "ORDER BY COUNT(*) DESC, topic")
                .map((rs, ctx) -> new WishCount(rs.getString(1), rs.getInt(2), rs.getObject(3, LocalDateTime.class))).list());
    }

    /** The latest wishes of a subject, newest first, for the counter to read. */
    public List<Wish> latest(String topic, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT topic, weekday, time_of_day, words, resident_id FROM course_wish WHERE topic = :t "
                        + "ORDER BY created_at DESC, id DESC LIMIT :l").bind("t", topic).bind("l", limit)
                .map((rs, ctx) -> new Wish(rs.getString(1), Optional.ofNullable((Integer) rs.getObject(2, Integer.class)),
                        Optional.ofNullable(rs.getString(3)).map(CourseFilter.TimeOfDay::valueOf), rs.getString(4),
                        Optional.ofNullable((Long) rs.getObject(5, Long.class)))).list());
    }
}
