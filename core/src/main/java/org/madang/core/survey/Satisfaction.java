package org.madang.core.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.site.Terminal;

/**
 * The one-touch satisfaction question after a completed service: answers stored per service,
 * terminal, language and accessibility modes — never who answered — and counted for the counter.
 */
public final class Satisfaction {
    private static final int MAX_KEY = 120;

    private final Jdbi jdbi;
    private final EventLog events;
    private final Clock clock;
    private final Terminal terminal;

    public Satisfaction(Jdbi jdbi, EventLog events, Clock clock, Terminal terminal) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
        this.terminal = terminal;
    }

    /**
     * Records how a completed service went.
     *
     * @param key the visit and the completion answered ({@code visitId + ":" + what was completed}):
     *            the same key again records nothing (a double touch, a retry after a lost connection)
     * @return true when recorded, false when this completion was answered already
     */
    public boolean answer(String key, Completion service, Rating rating, String language, Set<AccessMode> modes) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("an answer's key is 1 to " + MAX_KEY + " characters: " + key);
        }
        if (language == null || !language.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("a language is two lower-case letters: " + language);
        }
        String modeList = modes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.inTransaction(h -> {
            // the event head serialises writers, so two touches of one key cannot both insert
            h.createQuery("SELECT last_id FROM event_head WHERE id = 1 FOR UPDATE").mapTo(Long.class).one();
            boolean answered = h.createQuery("SELECT COUNT(*) FROM satisfaction WHERE answer_key = :k").bind("k", key)
                    .mapTo(Integer.class).one() > 0;
            if (answered) {
                return false;
            }
            long id = h.createUpdate("INSERT INTO satisfaction (site, answer_key, service, rating, terminal_id, language, modes, answered_at) "
                            + "VALUES (:site, :k, :s, :r, :t, :l, :m, :now)")
                    .bind("site", terminal.site())
                    .bind("k", key).bind("s", service.name()).bind("r", rating.name()).bind("t", terminal.id())
                    .bind("l", language).bind("m", modeList).bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            events.append(h, new EventDraft(EventType.SATISFACTION_ANSWERED, "satisfaction:" + id, "resident",
                    Map.of("service", service.name(), "rating", rating.name(), "terminal", terminal.id(), "language", language,
                            "modes", modeList)));
            return true;
        });
    }

    /** The answers given at this terminal's centre from {@code from} to {@code to}, both days included. */
    public SatisfactionTally tally(LocalDate from, LocalDate to) {
        return tally(from, to, java.util.Optional.of(terminal.site()));
    }

    /** The answers given at {@code centre} (every centre when empty) from {@code from} to {@code to}, both days included. */
    public SatisfactionTally tally(LocalDate from, LocalDate to, java.util.Optional<String> centre) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a range ends on or after its first day: " + from + " to " + to);
        }
        List<Row> rows = jdbi.withHandle(h -> {
            var query = h.createQuery("SELECT service, rating, language, modes, COUNT(*) FROM satisfaction "
                    + "WHERE answered_at >= :from AND answered_at < :to" + (centre.isPresent() ? " AND site = :centre" : "")
                    + " GROUP BY service, rating, language, modes");
            centre.ifPresent(c -> query.bind("centre", c));
            return query.bind("from", from.atStartOfDay()).bind("to", to.plusDays(1).atStartOfDay())
                .map((rs, ctx) -> new Row(Completion.valueOf(rs.getString(1)), Rating.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getInt(5)))
                .list();
        });
        Map<Completion, RatingCount> services = new LinkedHashMap<>();
        Map<String, RatingCount> modes = new LinkedHashMap<>();
        Arrays.stream(AccessMode.values()).forEach(m -> modes.put(m.name(), new RatingCount(m.name(), 0, 0, 0)));
        modes.put(SatisfactionTally.NO_MODE, new RatingCount(SatisfactionTally.NO_MODE, 0, 0, 0));
        Map<String, RatingCount> languages = new TreeMap<>();
        for (Row r : rows) {
            services.merge(r.service, new RatingCount(r.service.name(), 0, 0, 0).plus(r.rating, r.count),
                    (a, b) -> a.plus(r.rating, r.count));
            for (String mode : r.modes.isEmpty() ? List.of(SatisfactionTally.NO_MODE) : List.of(r.modes.split(","))) {
                modes.computeIfPresent(mode, (k, c) -> c.plus(r.rating, r.count));
            }
            languages.merge(r.language, new RatingCount(r.language, 0, 0, 0).plus(r.rating, r.count),
                    (a, b) -> a.plus(r.rating, r.count));
        }
        List<RatingCount> byService = new ArrayList<>();
        for (Completion s : EnumSet.allOf(Completion.class)) {
            if (services.containsKey(s)) {
                byService.add(services.get(s));
            }
        }
        List<RatingCount> byMode = modes.values().stream().filter(c -> c.total() > 0).toList();
        return new SatisfactionTally(from, to, byService, byMode, List.copyOf(languages.values()));
    }

    private record Row(Completion service, Rating rating, String language, String modes, int count) {
    }
}
