package org.madang.core.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
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
 * The centre's notices as the counter keeps them: written in Korean (and English), shown on the
 * kiosks from one day to another, pinned to the front, hidden (kept with their likes). Each
 * field checked and named; each change an event.
 */
public final class NoticeDesk {
    private final Jdbi jdbi;
    private final EventLog events;
    private final Clock clock;

    public NoticeDesk(Jdbi jdbi, EventLog events, Clock clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
    }

    /** A notice as the counter lists it. */
    public record Entry(long id, Localized title, Localized body, LocalDate from, LocalDate until, int likes, boolean pinned, boolean hidden,
                        String writtenBy) {
    }

    /** A notice as typed: no id for a new one; English may be left blank (Korean is shown then). */
    public record Draft(Optional<Long> id, String titleKo, String titleEn, String bodyKo, String bodyEn, LocalDate from, LocalDate until) {
    }

    /** Every notice shown at this centre (its own and the county's), newest first (expired and hidden ones too). */
    public List<Entry> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, title_ko, title_en, body_ko, body_en, valid_from, valid_until, likes, pinned, "
                        + "hidden, written_by FROM notice WHERE site IS NULL OR site = :site ORDER BY valid_from DESC, id DESC")
                .bind("site", events.terminal().site())
                .map((rs, ctx) -> new Entry(rs.getLong(1), new Localized(rs.getString(2), rs.getString(3)),
                        new Localized(rs.getString(4), rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        rs.getInt(8), rs.getBoolean(9), rs.getBoolean(10), rs.getString(11))).list());
    }

    /** Saves a notice; each field that will not do by name (nothing saved then). */
    public Map<String, Refusal> save(Draft d, String admin) {
        Map<String, Refusal> invalid = new FieldCheck().text("titleKo", d.titleKo(), 1, 200).text("titleEn", d.titleEn(), 0, 200)
                .text("bodyKo", d.bodyKo(), 1, 2000).text("bodyEn", d.bodyEn(), 0, 2000).refusals();
        LocalDate today = LocalDate.now(clock);
        if (d.from() == null || d.until() == null) {
            invalid.put("from", Refusal.of("counter.closure.days"));
        } else if (d.until().isBefore(d.from())) {
            invalid.put("until", Refusal.of("counter.closure.backwards"));
        } else if (d.until().isBefore(today)) {
            invalid.put("until", Refusal.of("counter.notice.over"));
        } else if (d.from().plusDays(366).isBefore(d.until())) {
            invalid.put("until", Refusal.of("counter.closure.tooLong", 366));
        }
        if (!invalid.isEmpty()) {
            return invalid;
        }
        String titleEn = blank(d.titleEn()) ? d.titleKo().strip() : d.titleEn().strip();
        String bodyEn = blank(d.bodyEn()) ? d.bodyKo().strip() : d.bodyEn().strip();
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            jdbi.useTransaction(h -> {
                StaffRights.require(h, admin, Permission.NOTICES);
                long id;
                if (d.id().isPresent()) {
                    id = d.id().get();
                    h.createUpdate("UPDATE notice SET title_ko = :tk, title_en = :te, body_ko = :bk, body_en = :be, valid_from = :f, "
                                    + "valid_until = :u WHERE id = :id")
                            .bind("tk", d.titleKo().strip()).bind("te", titleEn).bind("bk", d.bodyKo().strip()).bind("be", bodyEn)
                            .bind("f", d.from()).bind("u", d.until()).bind("id", id).execute();
                } else {
                    id = h.createUpdate("INSERT INTO notice (site, title_ko, title_en, body_ko, body_en, valid_from, valid_until, likes, "
                                    + "created_at, written_by) VALUES (:site, :tk, :te, :bk, :be, :f, :u, 0, :now, :by)")
                            .bind("site", events.terminal().site())
                            .bind("tk", d.titleKo().strip()).bind("te", titleEn).bind("bk", d.bodyKo().strip()).bind("be", bodyEn)
                            .bind("f", d.from()).bind("u", d.until()).bind("now", now).bind("by", admin)
                            .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                }
                events.append(h, new EventDraft(EventType.NOTICE_SAVED, "notice:" + id, "clerk:" + admin,
                        Map.of("title", d.titleKo().strip(), "from", d.from().toString(), "until", d.until().toString())));
            });
        } catch (NotPermitted refused) {
            return Map.of("", refused.refusal());
        }
        return Map.of();
    }

    /** Pins a notice to the front of the kiosk's board (or unpins it). */
    public Optional<Refusal> pin(long id, boolean on, String admin) {
        return flag(id, "pinned", on, EventType.NOTICE_PINNED, admin);
    }

    /** Hides a notice from the kiosks (or shows it again); it keeps its likes. */
    public Optional<Refusal> hide(long id, boolean on, String admin) {
        return flag(id, "hidden", on, EventType.NOTICE_HIDDEN, admin);
    }

    private Optional<Refusal> flag(long id, String column, boolean on, EventType type, String admin) {
        try {
            return jdbi.inTransaction(h -> {
                StaffRights.require(h, admin, Permission.NOTICES);
                int n = h.createUpdate("UPDATE notice SET " + column + " = :on WHERE id = :id AND " + column + " <> :on")
                        .bind("on", on).bind("id", id).execute();
                if (n == 1) {
                    events.append(h, new EventDraft(type, "notice:" + id, "clerk:" + admin, Map.of(column, on)));
                }
                return Optional.<Refusal>empty();
            });
        } catch (NotPermitted refused) {
            return Optional.of(refused.refusal());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
