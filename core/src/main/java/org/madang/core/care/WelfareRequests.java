package org.madang.core.care;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.clerk.Permission;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.queue.IssuedTicket;
import org.madang.core.queue.QueueLine;
import org.madang.core.queue.Ticket;
import org.madang.core.queue.TicketQueue;

/**
 * "복지 상담 신청": a resident asks for a welfare consultation — at the kiosk with their ID card,
 * or by telephone through a clerk — on a topic, with a half-day to be called back in or a queue
 * ticket for the welfare counter now. The request lands in their case as an open need, on their
 * officer's list (the welfare team's when they have none). Nothing of the topic is printed,
 * logged or shown back beyond "your request was received".
 */
public final class WelfareRequests {
    /** The queue service whose ticket "at the counter now" gives. */
    public static final String WELFARE_LINE = "welfare";
    private static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);
    private static final LocalTime AFTERNOON = LocalTime.of(14, 0);
    private static final LocalTime EVENING = LocalTime.of(18, 0);
    /** How many callback windows are offered. */
    static final int WINDOWS = 3;

    private final Jdbi jdbi;
    private final EventLog events;
    private final CaseText text;
    private final TicketQueue queue;
    private final Clock clock;

    public WelfareRequests(Jdbi jdbi, EventLog events, CaseText text, TicketQueue queue, Clock clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.text = text;
        this.queue = queue;
        this.clock = clock;
    }

    /** What asking answered. */
    public sealed interface Outcome {
        /**
         * Received: to be called back in {@code callback}, or served on {@code ticket} with
         * {@code ahead} waiting before it; {@code again} when the same request had already been made
         * today and nothing new was written (the first one's answer is repeated).
         */
        record Received(long needId, Optional<CallbackWindow> callback, Optional<Ticket> ticket, int ahead, String maskedPhone,
                        boolean again) implements Outcome {
        }

        record Refused(Refusal refusal) implements Outcome {
        }
    }

    /** The topics a resident may choose: the kinds of need offered now. */
    public List<CatalogueEntry> topics() {
        return jdbi.withHandle(h -> CareCatalogue.entries(h, CareCatalogue.Part.NEEDS, true));
    }

    /** The next half-days to be called back in (weekdays, 09–12 and 14–18), starting at least an hour from now. */
    public List<CallbackWindow> windows() {
        return windows(LocalDateTime.now(clock));
    }

    static List<CallbackWindow> windows(LocalDateTime now) {
        List<CallbackWindow> windows = new ArrayList<>();
        LocalDate day = now.toLocalDate();
        while (windows.size() < WINDOWS) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                for (LocalTime from : List.of(MORNING, AFTERNOON)) {
                    LocalDateTime start = day.atTime(from);
                    if (windows.size() < WINDOWS && !start.isBefore(now.plusHours(1))) {
                        windows.add(new CallbackWindow(start, windowEnd(start)));
                    }
                }
            }
            day = day.plusDays(1);
        }
        return windows;
    }

    /** The end of the callback window starting at {@code from}. */
    static LocalDateTime windowEnd(LocalDateTime from) {
        return from.toLocalDate().atTime(from.toLocalTime().isBefore(NOON) ? NOON : EVENING);
    }

    /** The resident's phone number as the kiosk may show it (010-****-5678); empty when none is on record. */
    public Optional<String> phoneOf(long residentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT phone FROM resident WHERE id = :r").bind("r", residentId).mapTo(String.class)
                .findOne().filter(p -> !p.isBlank()).map(WelfareRequests::maskPhone));
    }

    /** Whether the site has a welfare counter to take a ticket for now. */
    public boolean counterOpen() {
        return queue.lineByCode(WELFARE_LINE).isPresent();
    }

    /**
     * Records the request. {@code actor} is {@code resident:ID} at the kiosk (the resident
     * themself) or {@code clerk:LOGIN} for a telephone request taken at the window.
     *
     * @param callback when to call back, one of {@link #windows()}; empty for a ticket to the welfare counter now
     */
    public Outcome request(long residentId, String topic, Optional<CallbackWindow> callback, NeedSource source, String actor) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<CatalogueEntry> kind = topics().stream().filter(t -> t.code().equals(topic)).findFirst();
        if (kind.isEmpty()) {
            return new Outcome.Refused(Refusal.of("welfare.refused.topic"));
        }
        if (callback.isPresent() && !windows(now).contains(callback.get())) {
            return new Outcome.Refused(Refusal.of("welfare.refused.window"));
        }
        Optional<QueueLine> line = callback.isPresent() ? Optional.empty() : queue.lineByCode(WELFARE_LINE);
        if (callback.isEmpty() && line.isEmpty()) {
            return new Outcome.Refused(Refusal.of("welfare.refused.noCounter"));
        }
        return jdbi.inTransaction(h -> {
            if (actor.startsWith("clerk:")) {
                if (!CaseRights.may(h, actor.substring(6), Permission.WINDOW)) {
                    return new Outcome.Refused(Refusal.of(Permission.WINDOW.refusalKey()));
                }
            } else if (!actor.equals("resident:" + residentId)) {
                throw new IllegalArgumentException("a resident asks for themself, not for " + residentId);
            }
            if (h.createQuery("SELECT COUNT(*) FROM resident WHERE id = :r").bind("r", residentId).mapTo(Integer.class).one() == 0) {
                return new Outcome.Refused(Refusal.of("resident.refused.unknown"));
            }
            Optional<String> phone = h.createQuery("SELECT phone FROM resident WHERE id = :r").bind("r", residentId)
                    .mapTo(String.class).findOne().filter(p -> !p.isBlank());
            if (callback.isPresent() && phone.isEmpty()) {
                return new Outcome.Refused(Refusal.of("welfare.refused.noPhone"));
            }
            String masked = phone.map(WelfareRequests::maskPhone).orElse("");
            Cases.lockOrOpen(h, residentId, now, events.terminal().site());
            // the same topic asked for again today (a second touch, a second call): the first request stands
            Optional<Object[]> earlier = h.createQuery("SELECT id, kind_cipher, callback_at, ticket_id FROM care_need WHERE resident_id = :r "
                            + "AND closed_at IS NULL AND source = :s AND raised_at >= :dawn ORDER BY id")
                    .bind("r", residentId).bind("s", source.name()).bind("dawn", now.toLocalDate().atStartOfDay())
                    .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDateTime.class),
                        (Long) rs.getObject(4, Long.class)})
                    .list().stream().filter(e -> topic.equals(text.open((String) e[1]))).findFirst();
            if (earlier.isPresent()) {
                LocalDateTime from = (LocalDateTime) earlier.get()[2];
                Optional<Ticket> first = Optional.ofNullable((Long) earlier.get()[3]).flatMap(id -> queue.byId(id));
                return new Outcome.Received((Long) earlier.get()[0], Optional.ofNullable(from).map(f -> new CallbackWindow(f, windowEnd(f))),
                        first, first.map(t -> ahead(h, t)).orElse(0), masked, true);
            }
            Optional<IssuedTicket> ticket = line.map(l -> queue.take(h, l.id(), null, residentId));
            long need = h.createUpdate("INSERT INTO care_need (resident_id, kind_cipher, source, raised_at, raised_by, callback_at, ticket_id) "
                            + "VALUES (:r, :k, :s, :now, :by, :cb, :t)")
                    .bind("r", residentId).bind("k", text.seal(topic)).bind("s", source.name()).bind("now", now).bind("by", actor)
                    .bind("cb", callback.map(CallbackWindow::from).orElse(null)).bind("t", ticket.map(t -> t.ticket().id()).orElse(null))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            int version = Cases.bump(h, residentId);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("source", source.name());
            details.put("item", need);
            details.put("version", version);
            callback.ifPresent(c -> details.put("callback", c.from().toString()));
            ticket.ifPresent(t -> details.put("ticket", t.ticket().label()));
            events.append(h, new EventDraft(EventType.WELFARE_REQUESTED, CaseRights.subject(residentId), actor, details));
            return new Outcome.Received(need, callback, ticket.map(IssuedTicket::ticket), ticket.map(IssuedTicket::ahead).orElse(0), masked,
                    false);
        });
    }

    /** How many wait before {@code ticket} in its line now. */
    private static int ahead(org.jdbi.v3.core.Handle h, Ticket ticket) {
        return h.createQuery("SELECT COUNT(*) FROM queue_ticket WHERE site = (SELECT site FROM queue_ticket WHERE id = :id) "
                        + "AND COALESCE(serve_service_id, service_id) = :s AND ticket_day = :d AND status = 'WAITING' AND queued_at < :q")
                .bind("id", ticket.id()).bind("s", ticket.servedLineId()).bind("d", ticket.day()).bind("q", ticket.queuedAt()).mapTo(Integer.class).one();
    }

    /** A phone number with its middle hidden: 010-****-5678. */
    static String maskPhone(String phone) {
        String[] parts = phone.split("-");
        if (parts.length == 3) {
            return parts[0] + "-" + "*".repeat(parts[1].length()) + "-" + parts[2];
        }
        return phone.length() <= 4 ? phone : "*".repeat(phone.length() - 4) + phone.substring(phone.length() - 4);
    }
}
