package org.madang.core.residentfile;

import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.booking.BookingNumber;
import org.madang.core.booking.BookingStatus;
import org.madang.core.course.EnrolmentStatus;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.facility.Localized;
import org.madang.core.payment.FeesDue;
import org.madang.core.payment.Payments;
import org.madang.core.resident.ResidentMessages;
import org.madang.core.resident.ResidentStore;
import org.madang.core.resident.Rrn;
import org.madang.core.resident.RrnCipher;

/**
 * The counter's resident view: reads a resident's whole file in one go, and shows the full
 * registration number only for a stated reason, which goes into the audit trail.
 */
public final class ResidentFiles {
    /** How many past entries of each section the view shows. */
    static final int RECENT = 30;

    private final Jdbi jdbi;
    private final RrnCipher cipher;
    private final EventLog events;
    private final ResidentMessages messages;
    private final FeesDue due;
    private final Payments payments;
    private final Clock clock;

    public ResidentFiles(Jdbi jdbi, RrnCipher cipher, EventLog events, ResidentMessages messages, FeesDue due, Payments payments, Clock clock) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.events = events;
        this.messages = messages;
        this.due = due;
        this.payments = payments;
        this.clock = clock;
    }

    /** The resident's file; empty when there is no such resident. */
    public Optional<ResidentFile> of(long residentId) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.withHandle(h -> ResidentStore.byId(h, residentId).map(r -> {
            Row row = h.createQuery("SELECT rrn_cipher, phone, message_consent, household_id FROM resident WHERE id = :id").bind("id", residentId)
                    .map((rs, ctx) -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3), (Long) rs.getObject(4, Long.class))).one();
            LocalDateTime banUntil = h.createQuery("SELECT MAX(ends_at) FROM booking_ban WHERE resident_id = :r AND ends_at > :now")
                    .bind("r", residentId).bind("now", now).mapTo(LocalDateTime.class).findOne().orElse(null);
            return new ResidentFile(r, masked(row.rrnCipher()), row.phone(), row.consent(), household(h, residentId, row.household()),
                    bookings(h, residentId), courses(h, residentId), documents(h, residentId), visits(h, residentId),
                    messages.recent(residentId, RECENT), penalties(h, residentId, now), banUntil, due.of(residentId),
                    payments.ofResident(residentId));
        }));
    }

    /**
     * The full registration number, for a reason the clerk gives (checking an ID against the record,
     * a form that needs it); the reason, never the number, goes into the audit trail.
     */
    public RevealOutcome revealRrn(long residentId, String reason, String clerk) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 4) {
            return new RevealOutcome.Refused(Refusal.of("resident.reveal.reasonNeeded"));
        }
        return jdbi.inTransaction(h -> {
            if (StaffRights.role(h, clerk).filter(r -> r.may(Permission.REVEAL_RRN)).isEmpty()) {
                return new RevealOutcome.Refused(Refusal.of(Permission.REVEAL_RRN.refusalKey()));
            }
            Optional<String> stored = h.createQuery("SELECT rrn_cipher FROM resident WHERE id = :id").bind("id", residentId)
                    .mapTo(String.class).findOne();
            if (stored.isEmpty()) {
                return new RevealOutcome.Refused(Refusal.of("resident.refused.unknown"));
            }
            Rrn rrn;
            try {
                rrn = cipher.decrypt(stored.get());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the registration number of resident " + residentId + " cannot be read with this site's key", e);
            }
            events.append(h, new EventDraft(EventType.RRN_REVEALED, "resident:" + residentId, "clerk:" + clerk,
                    Map.of("reason", why.length() > 200 ? why.substring(0, 200) : why)));
            return new RevealOutcome.Revealed(rrn.clear());
        });
    }

    /** What asking for the full registration number answered. */
    public sealed interface RevealOutcome {
        record Revealed(String rrn) implements RevealOutcome {
        }

        record Refused(Refusal refusal) implements RevealOutcome {
        }
    }

    private record Row(String rrnCipher, String phone, boolean consent, Long household) {
    }

    private String masked(String stored) {
        try {
            return cipher.decrypt(stored).masked();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a registration number cannot be read with this site's key", e);
        }
    }

    private static List<ResidentFile.Member> household(Handle h, long residentId, Long household) {
        if (household == null) {
            return List.of();
        }
        return h.createQuery("SELECT id, name, COALESCE(household_relation, 'OTHER') FROM resident WHERE household_id = :hh AND id <> :id "
                        + "ORDER BY birth_date, id")
                .bind("hh", household).bind("id", residentId)
                .map((rs, ctx) -> new ResidentFile.Member(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    private static List<ResidentFile.Entry> bookings(Handle h, long residentId) {
        return h.createQuery("SELECT b.id, s.starts_at, f.name_ko, f.name_en, b.status FROM booking b JOIN slot s ON s.id = b.slot_id "
                        + "JOIN facility f ON f.id = s.facility_id WHERE b.resident_id = :r ORDER BY s.starts_at DESC, b.id DESC LIMIT " + RECENT)
                .bind("r", residentId)
                .map((rs, ctx) -> new ResidentFile.Entry(rs.getLong(1), rs.getObject(2, LocalDateTime.class),
                        new Localized(rs.getString(3), rs.getString(4)), BookingNumber.of(rs.getLong(1)),
                        BookingStatus.valueOf(rs.getString(5)).messageKey())).list();
    }

    private static List<ResidentFile.Entry> courses(Handle h, long residentId) {
        return h.createQuery("SELECT e.id, c.starts_on, c.start_time, c.title_ko, c.title_en, c.code, e.status FROM course_enrolment e "
                        + "JOIN course c ON c.id = e.course_id WHERE e.resident_id = :r ORDER BY c.starts_on DESC, e.id DESC LIMIT " + RECENT)
                .bind("r", residentId)
                .map((rs, ctx) -> new ResidentFile.Entry(rs.getLong(1), rs.getObject(2, java.time.LocalDate.class)
                        .atTime(rs.getObject(3, java.time.LocalTime.class)), new Localized(rs.getString(4), rs.getString(5)), rs.getString(6),
                        EnrolmentStatus.valueOf(rs.getString(7)).messageKey())).list();
    }

    private static List<ResidentFile.Entry> documents(Handle h, long residentId) {
        return h.createQuery("SELECT d.id, d.issued_at, t.name_ko, t.name_en, d.number, d.status, d.print_state FROM document_issue d "
                        + "JOIN document_type t ON t.code = d.type_code WHERE d.subject_id = :r OR d.requester_id = :r "
                        + "ORDER BY d.issued_at DESC, d.id DESC LIMIT " + RECENT)
                .bind("r", residentId)
                .map((rs, ctx) -> new ResidentFile.Entry(rs.getLong(1), rs.getObject(2, LocalDateTime.class),
                        new Localized(rs.getString(3), rs.getString(4)), rs.getString(5),
                        "REVOKED".equals(rs.getString(6)) ? "resident.document.revoked"
                                : "FAILED".equals(rs.getString(7)) ? "resident.document.printFailed" : "resident.document.issued")).list();
    }

    private static List<ResidentFile.Entry> visits(Handle h, long residentId) {
        return h.createQuery("SELECT t.id, t.issued_at, q.name_ko, q.name_en, q.prefix, t.number, t.status FROM queue_ticket t "
                        + "JOIN queue_service q ON q.id = t.service_id WHERE t.resident_id = :r ORDER BY t.issued_at DESC LIMIT " + RECENT)
                .bind("r", residentId)
                .map((rs, ctx) -> new ResidentFile.Entry(rs.getLong(1), rs.getObject(2, LocalDateTime.class),
                        new Localized(rs.getString(3), rs.getString(4)), rs.getString(5) + String.format("%03d", rs.getInt(6)),
                        ticketKey(rs.getString(7)))).list();
    }

    private static String ticketKey(String status) {
        return switch (status) {
            case "WAITING" -> "counter.ticket.waiting";
            case "CALLED" -> "counter.ticket.called";
            case "SERVING" -> "counter.ticket.serving";
            case "NO_SHOW" -> "counter.ticket.noShow";
            case "CANCELLED" -> "counter.ticket.cancelled";
            default -> "counter.ticket.done";
        };
    }

    private static List<ResidentFile.Entry> penalties(Handle h, long residentId, LocalDateTime now) {
        return h.createQuery("SELECT p.id, p.given_at, f.name_ko, f.name_en, p.booking_id, p.expires_at FROM penalty p "
                        + "JOIN booking b ON b.id = p.booking_id JOIN slot s ON s.id = b.slot_id JOIN facility f ON f.id = s.facility_id "
                        + "WHERE p.resident_id = :r ORDER BY p.given_at DESC")
                .bind("r", residentId)
                .map((rs, ctx) -> new ResidentFile.Entry(rs.getLong(1), rs.getObject(2, LocalDateTime.class),
                        new Localized(rs.getString(3), rs.getString(4)), BookingNumber.of(rs.getLong(5)),
                        rs.getObject(6, LocalDateTime.class).isAfter(now) ? "resident.penalty.active" : "resident.penalty.expired"))
                .list();
    }
}
