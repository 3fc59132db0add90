package org.madang.core.practice;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;

/**
 * The progress of a digital-learning centre (PRACTICE.md "Measured progress"): classes, their
 * learners and every attempt, in the practice folder's own database. Each change is an event.
 * A learner signs in with a nickname and four digits; two learners may share a nickname, never
 * nickname and digits.
 */
public final class PracticeRecords {
    /** The longest nickname kept. */
    public static final int MAX_NICKNAME = 40;
    private static final String LEARNER = "SELECT id, class_id, nickname, digits FROM practice_learner ";
    private static final String ATTEMPT = "SELECT id, learner_id, lesson, level, purpose, started_at, took_ms, touches, wrong_touches, hints, "
            + "backs, homes, step_ms, goal_met FROM practice_attempt ";

    private final Jdbi jdbi;
    private final EventLog events;
    private final Clock clock;
    private final RandomGenerator random;

    public PracticeRecords(Jdbi jdbi, EventLog events, Clock clock) {
        this(jdbi, events, clock, new SecureRandom());
    }

    /** @param random draws a new learner's four digits */
    public PracticeRecords(Jdbi jdbi, EventLog events, Clock clock, RandomGenerator random) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
        this.random = random;
    }

    /** What a change came to: done, with what it made, or refused with why. */
    public sealed interface Outcome<T> {
        record Done<T>(T value) implements Outcome<T> {
        }

        record Refused<T>(Refusal refusal) implements Outcome<T> {
        }
    }

    /** Opens a class; the name is unique at the centre. */
    public Outcome<PracticeClass> createClass(String name, String instructor, List<String> lessons, String actor) {
        Optional<Refusal> problem = required(name, 80).or(() -> required(instructor, 80));
        if (problem.isPresent()) {
            return new Outcome.Refused<>(problem.get());
        }
        String n = name.strip();
        String who = instructor.strip();
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.inTransaction(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM practice_class WHERE name = :n").bind("n", n).mapTo(Integer.class).one() > 0) {
                return new Outcome.Refused<>(Refusal.of("practice.class.taken", n));
            }
            long id = h.createUpdate("INSERT INTO practice_class (name, instructor, lessons, created_at) VALUES (:n, :i, :l, :t)")
                    .bind("n", n).bind("i", who).bind("l", String.join(",", lessons)).bind("t", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            events.append(h, new EventDraft(EventType.PRACTICE_CLASS_CREATED, "class:" + id, actor,
                    Map.of("name", n, "instructor", who, "lessons", lessons.size())));
            return new Outcome.Done<>(new PracticeClass(id, n, who, lessons, now));
        });
    }

    public List<PracticeClass> classes() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, instructor, lessons, created_at FROM practice_class ORDER BY name")
                .map((rs, ctx) -> practiceClass(rs)).list());
    }

    public Optional<PracticeClass> findClass(String name) {
        return classes().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Adds a learner to a class with four new digits, unique with the nickname. */
    public Outcome<Learner> addLearner(long classId, String nickname, String actor) {
        Optional<Refusal> problem = required(nickname, MAX_NICKNAME);
        if (problem.isPresent()) {
            return new Outcome.Refused<>(problem.get());
        }
        String nick = nickname.strip();
        return jdbi.inTransaction(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM practice_class WHERE id = :c").bind("c", classId).mapTo(Integer.class).one() == 0) {
                return new Outcome.Refused<>(Refusal.of("practice.class.unknown"));
            }
            String digits;
            do {
                digits = String.format("%04d", random.nextInt(10_000));
            } while (learner(h, nick, digits).isPresent());
            long id = h.createUpdate("INSERT INTO practice_learner (class_id, nickname, digits, created_at) VALUES (:c, :n, :d, :t)")
                    .bind("c", classId).bind("n", nick).bind("d", digits).bind("t", LocalDateTime.now(clock))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            // the digits are the learner's to sign in with: not in the log
            events.append(h, new EventDraft(EventType.LEARNER_ADDED, "learner:" + id, actor, Map.of("class", classId)));
            return new Outcome.Done<>(new Learner(id, classId, nick, digits));
        });
    }

    public List<Learner> learners(long classId) {
        return jdbi.withHandle(h -> h.createQuery(LEARNER + "WHERE class_id = :c ORDER BY nickname, id").bind("c", classId)
                .map((rs, ctx) -> learner(rs)).list());
    }

    public Optional<Learner> learner(long id) {
        return jdbi.withHandle(h -> h.createQuery(LEARNER + "WHERE id = :id").bind("id", id).map((rs, ctx) -> learner(rs)).findOne());
    }

    /** The learner with this nickname and these digits, if there is one. */
    public Optional<Learner> signIn(String nickname, String digits) {
        return jdbi.withHandle(h -> learner(h, nickname == null ? "" : nickname.strip(), digits));
    }

    private static Optional<Learner> learner(Handle h, String nickname, String digits) {
        return h.createQuery(LEARNER + "WHERE nickname = :n AND digits = :d").bind("n", nickname).bind("d", digits)
                .map((rs, ctx) -> learner(rs)).findOne();
    }

    /** Keeps an attempt; returns it with its id. */
    public AttemptRecord record(AttemptRecord a) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("INSERT INTO practice_attempt (learner_id, lesson, level, purpose, started_at, took_ms, touches, "
                            + "wrong_touches, hints, backs, homes, step_ms, goal_met) VALUES (:l, :lesson, :level, :p, :s, :took, :t, :w, :h, "
                            + ":b, :home, :steps, :met)")
                    .bind("l", a.learnerId()).bind("lesson", a.lesson()).bind("level", a.level()).bind("p", a.purpose().name())
                    .bind("s", a.startedAt()).bind("took", a.took().toMillis()).bind("t", a.touches()).bind("w", a.wrongTouches())
                    .bind("h", a.hints()).bind("b", a.backs()).bind("home", a.homes())
                    .bind("steps", String.join(",", a.stepTimes().stream().map(d -> Long.toString(d.toMillis())).toList()))
                    .bind("met", a.goalMet()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("lesson", a.lesson());
            details.put("level", a.level());
            details.put("purpose", a.purpose().name());
            details.put("goalMet", a.goalMet());
            events.append(h, new EventDraft(EventType.ATTEMPT_RECORDED, "learner:" + a.learnerId(), "learner:" + a.learnerId(), details));
            return new AttemptRecord(id, a.learnerId(), a.lesson(), a.level(), a.purpose(), a.startedAt(), a.took(), a.touches(),
                    a.wrongTouches(), a.hints(), a.backs(), a.homes(), a.stepTimes(), a.goalMet());
        });
    }

    /** A learner's attempts, oldest first. */
    public List<AttemptRecord> attempts(long learnerId) {
        return jdbi.withHandle(h -> h.createQuery(ATTEMPT + "WHERE learner_id = :l ORDER BY started_at, id").bind("l", learnerId)
                .map((rs, ctx) -> attempt(rs)).list());
    }

    /** Every attempt of a class's learners, oldest first. */
    public List<AttemptRecord> classAttempts(long classId) {
        return jdbi.withHandle(h -> h.createQuery(ATTEMPT + "WHERE learner_id IN (SELECT id FROM practice_learner WHERE class_id = :c) "
                + "ORDER BY started_at, id").bind("c", classId).map((rs, ctx) -> attempt(rs)).list());
    }

    /** A name that must be there and not too long: the refusal when it is not. */
    private static Optional<Refusal> required(String text, int max) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.of(Refusal.of("practice.name.missing"));
        }
        if (t.length() > max) {
            return Optional.of(Refusal.of("practice.name.long", max));
        }
        return Optional.empty();
    }

    private static PracticeClass practiceClass(ResultSet rs) throws SQLException {
        String lessons = rs.getString("lessons");
        return new PracticeClass(rs.getLong("id"), rs.getString("name"), rs.getString("instructor"),
                lessons.isEmpty() ? List.of() : Arrays.asList(lessons.split(",")), rs.getTimestamp("created_at").toLocalDateTime());
    }

    private static Learner learner(ResultSet rs) throws SQLException {
        return new Learner(rs.getLong("id"), rs.getLong("class_id"), rs.getString("nickname"), rs.getString("digits"));
    }

    private static AttemptRecord attempt(ResultSet rs) throws SQLException {
        String steps = rs.getString("step_ms");
        List<Duration> times = new ArrayList<>();
        if (!steps.isEmpty()) {
            for (String s : steps.split(",")) {
                times.add(Duration.ofMillis(Long.parseLong(s)));
            }
        }
        return new AttemptRecord(rs.getLong("id"), rs.getLong("learner_id"), rs.getString("lesson"), rs.getString("level"),
                Purpose.valueOf(rs.getString("purpose")), rs.getTimestamp("started_at").toLocalDateTime(), Duration.ofMillis(rs.getLong("took_ms")),
                rs.getInt("touches"), rs.getInt("wrong_touches"), rs.getInt("hints"), rs.getInt("backs"), rs.getInt("homes"), times,
                rs.getBoolean("goal_met"));
    }
}
