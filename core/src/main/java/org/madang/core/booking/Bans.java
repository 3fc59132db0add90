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
            h.createUpdate("UPDATE booking_ban SET original_ends_at = COALESCE(original_ends_at, ends_at), ends_at = :end, "
                            + "changed_by = :clerk, change_reason = :why WHERE resident_id = :r AND ends_at > :now")
                    .bind("end", end).bind("clerk", clerk).bind("why", clip(why)).bind("r", residentId).bind("now", now).execute();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("from", current.get().toString());
            details.put("to", end.toString());
            details.put("reason", clip(why));
            events.append(h, new EventDraft(EventType.BOOKING_BAN_CHANGED, "resident:" + residentId, "clerk:" + clerk, details));
            if (lift) {
                ResidentMessages.leave(h, residentId, now, "message.banLifted");
            } else {
                ResidentMessages.leave(h, residentId, now, "message.banShortened", end.toLocalDate());
            }
            return Optional.empty();
        });
    }

    private static String clip(String why) {
        return why.length() > 200 ? why.substring(0, 200) : why;
    }
}
