package org.madang.core.course;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Edit;
import org.madang.core.FieldCheck;
import org.madang.core.Refusal;
import org.madang.core.clerk.NotPermitted;
import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.facility.Localized;

/**
 * The academy's instructors: a name (unique; renaming one renames them on their courses) and a
 * career of a few lines in Korean and English. Their photo is a {@code Pictures} entry of owner
 * {@code instructor:ID}.
 */
public final class InstructorDesk {
    private final Jdbi jdbi;
    private final EventLog events;

    public InstructorDesk(Jdbi jdbi, EventLog events) {
        this.jdbi = jdbi;
        this.events = events;
    }

    /** An instructor as listed: how many courses name them, whether a photo is kept. */
    public record Entry(long id, String name, Localized career, int courses, boolean photo) {
        public String pictureOwner() {
            return "instructor:" + id;
        }
    }

    /** An instructor as typed: no id for a new one. */
    public record Draft(Optional<Long> id, String name, String careerKo, String careerEn) {
    }

    public List<Entry> all() {
        return jdbi.withHandle(h -> list(entries(h, "ORDER BY i.name")));
    }

    private static org.jdbi.v3.core.statement.Query entries(org.jdbi.v3.core.Handle h, String rest) {
        return h.createQuery("SELECT i.id, i.name, i.career_ko, i.career_en, (SELECT COUNT(*) FROM course c WHERE c.instructor = i.name), "
                        + "EXISTS (SELECT 1 FROM picture p WHERE p.owner = 'instructor:' || CAST(i.id AS VARCHAR)) FROM instructor i " + rest);
    }

    private static List<Entry> list(org.jdbi.v3.core.statement.Query q) {
        return q.map((rs, ctx) -> new Entry(rs.getLong(1), rs.getString(2), new Localized(rs.getString(3), rs.getString(4)), rs.getInt(5),
                rs.getBoolean(6))).list();
    }

    public Edit<Entry> save(Draft d, String admin) {
        return Edit.inTransaction(jdbi, h -> save(h, d, admin));
    }

    /** The same within the caller's transaction (a catalogue imported whole); a clerk without the right is thrown {@code NotPermitted}. */
    public Edit<Entry> save(org.jdbi.v3.core.Handle h, Draft d, String admin) {
        FieldCheck f = new FieldCheck().text("name", d.name(), 1, 60).text("careerKo", d.careerKo(), 0, 600).text("careerEn", d.careerEn(), 0, 600);
        if (!f.passed()) {
            return Edit.invalid(f.refusals());
        }
        String name = d.name().strip();
        StaffRights.require(h, admin, Permission.CATALOGUE);
        boolean taken = h.createQuery("SELECT COUNT(*) FROM instructor WHERE name = :n AND id <> :id").bind("n", name)
                .bind("id", d.id().orElse(-1L)).mapTo(Integer.class).one() > 0;
        if (taken) {
            return Edit.invalid("name", Refusal.of("counter.instructor.nameTaken", name));
        }
        long id;
        if (d.id().isEmpty()) {
            id = h.createUpdate("INSERT INTO instructor (name, career_ko, career_en) VALUES (:n, :ko, :en)").bind("n", name)
                    .bind("ko", FieldCheck.stripped(d.careerKo())).bind("en", FieldCheck.stripped(d.careerEn()))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        } else {
            id = d.id().get();
            Optional<String> was = h.createQuery("SELECT name FROM instructor WHERE id = :id FOR UPDATE").bind("id", id)
                    .mapTo(String.class).findOne();
            if (was.isEmpty()) {
                return Edit.invalid("", Refusal.of("counter.course.gone"));
            }
            h.createUpdate("UPDATE instructor SET name = :n, career_ko = :ko, career_en = :en WHERE id = :id").bind("n", name)
                    .bind("ko", FieldCheck.stripped(d.careerKo())).bind("en", FieldCheck.stripped(d.careerEn())).bind("id", id).execute();
            h.createUpdate("UPDATE course SET instructor = :n WHERE instructor = :was").bind("n", name).bind("was", was.get()).execute();
        }
        events.append(h, new EventDraft(EventType.INSTRUCTOR_SAVED, "instructor:" + id, "clerk:" + admin,
                Map.of("name", name, "new", d.id().isEmpty())));
        return new Edit.Saved<>(list(entries(h, "WHERE i.id = :id").bind("id", id)).get(0));
    }
}
