package org.madang.core.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.resident.ResidentMessages;

/**
 * A resident's booking ban (POLICIES.md: after repeated no-shows) lifted or shortened at the
 * counter by a supervisor, for a reason: the original end is kept beside the new one, the
 * event names both, and the resident finds a message at their next visit. Penalties already
 * given stay on the record and expire by themselves.
 */
public final class Bans {
    private final Jdbi jdbi;
    private final EventLog events;
    private final Clock clock;

    public Bans(Jdbi jdbi, EventLog events, Clock clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
    }

    /** The day the resident may book again, when a ban holds now. */
    public Optional<LocalDateTime> until(long residentId) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.withHandle(h -> h.createQuery("SELECT MAX(ends_at) FROM booking_ban WHERE resident_id = :r AND ends_at > :now")
                .bind("r", residentId).bind("now", now).mapTo(LocalDateTime.class).findOne());
    }

    /**
     * Ends the ban on {@code newEnd} (the start of that day), or now when {@code newEnd} is null
     * or today. Refused without a reason, without a ban, or when the day would lengthen it.
     */
    public Optional<Refusal> change(long residentId, LocalDate newEnd, String reason, String clerk) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 4) {
            return Optional.of(Refusal.of("ban.refused.reasonNeeded"));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.inTransaction(h -> {
            StaffRights.require(h, clerk, Permission.LIFT_BAN);
            h.createQuery("SELECT id FROM resident WHERE id = :id FOR UPDATE").bind("id", residentId).mapTo(Long.class).findOne();
            Optional<LocalDateTime> current = h.createQuery("SELECT MAX(ends_at) FROM booking_ban WHERE resident_id = :r AND ends_at > :now")
                    .bind("r", residentId).bind("now", now).mapTo(LocalDateTime.class).findOne();
            if (current.isEmpty()) {
                return Optional.of(Refusal.of("ban.refused.none"));
            }
            boolean lift = newEnd == null || !newEnd.isAfter(now.toLocalDate());
            LocalDateTime end = lift ? now : newEnd.atStartOfDay();
            if (!end.isBefore(current.get())) {
                return Optional.of(Refusal.of("ban.refused.notShorter", current.get().toLocalDate()));
            }
            end(h, events, residentId, null, current.get(), end, now, clerk, "clerk:" + clerk, why);
            return Optional.empty();
        });
    }

    /**
     * Ends the resident's bans running at {@code now} on {@code end} (now: lifted) in the caller's
     * transaction — only the one that started at {@code startedAt} when given — with the change's
     * event and a message to the resident; the first end is kept as {@code original_ends_at}.
     *
     * @param current the end the bans had (the event's "from")
     * @param by      who changed it ({@code changed_by}); {@code actor} the event's actor
     */
    static void end(org.jdbi.v3.core.Handle h, EventLog events, long residentId, LocalDateTime startedAt, LocalDateTime current,
                    LocalDateTime end, LocalDateTime now, String by, String actor, String why) {
        var update = h.createUpdate("UPDATE booking_ban SET original_ends_at = COALESCE(original_ends_at, ends_at), ends_at = :end, "
                        + "changed_by = :by, change_reason = :why WHERE resident_id = :r AND ends_at > :now"
                        + (startedAt != null ? " AND starts_at = :started" : ""))
                .bind("end", end).bind("by", by).bind("why", clip(why)).bind("r", residentId).bind("now", now);
        if (startedAt != null) {
            update.bind("started", startedAt);
        }
        update.execute();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", current.toString());
        details.put("to", end.toString());
        details.put("reason", clip(why));
        events.append(h, new EventDraft(EventType.BOOKING_BAN_CHANGED, "resident:" + residentId, actor, details));
        if (!end.isAfter(now)) {
            ResidentMessages.leave(h, residentId, now, "message.banLifted");
        } else {
            ResidentMessages.leave(h, residentId, now, "message.banShortened", end.toLocalDate());
        }
    }

    private static String clip(String why) {
        return why.length() > 200 ? why.substring(0, 200) : why;
    }
}
