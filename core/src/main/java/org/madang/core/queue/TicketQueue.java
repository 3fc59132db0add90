package org.madang.core.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Queue tickets (번호표) as the kiosk sees them: numbered per service and day, with how many
 * wait and the likely wait measured from today's service. Counters call them through
 * {@link CounterQueue}.
 */
public final class TicketQueue {
    private final Jdbi jdbi;
    private final EventLog events;
    private final Clock clock;
    private final Terminal terminal;

    public TicketQueue(Jdbi jdbi, EventLog events, Clock clock, Terminal terminal) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
        this.terminal = terminal;
    }

    /** The services tickets are offered for. */
    public List<QueueLine> lines() {
        return jdbi.withHandle(h -> h.createQuery(TicketRows.LINE + "WHERE active ORDER BY prefix").map(TicketRows::line).list());
    }

    /**
     * Every service with today's waiting count and the likely wait of a new regular ticket:
     * today's measured time per ticket (once a few are done), shared among the desks calling it.
     */
    public List<LineStatus> status() {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.withHandle(h -> {
            Map<Long, Integer> waiting = new HashMap<>();
            h.createQuery("SELECT COALESCE(serve_service_id, service_id), COUNT(*) FROM queue_ticket WHERE site = :site "
                            + "AND ticket_day = :d AND status = 'WAITING' GROUP BY COALESCE(serve_service_id, service_id)")
                    .bind("site", terminal.site()).bind("d", now.toLocalDate()).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                    .forEach(e -> waiting.put(e.getKey(), e.getValue()));
            ServiceTimes times = ServiceTimes.today(h, now, terminal.site());
            List<LineStatus> out = new ArrayList<>();
            for (QueueLine line : h.createQuery(TicketRows.LINE + "WHERE active ORDER BY prefix").map(TicketRows::line).list()) {
                int n = waiting.getOrDefault(line.id(), 0);
                out.add(new LineStatus(line, n, times.estimateMinutes(line, n)));
            }
            return out;
        });
    }

    /**
     * Takes the next number of a service. Numbers never repeat within a day: the service's row
     * is locked while the number is chosen, and the database holds (service, day, number) unique.
     *
     * @param reason why the resident is served ahead; null for a regular ticket
     */
    public IssuedTicket take(long lineId, PriorityReason reason) {
        return jdbi.inTransaction(h -> take(h, lineId, reason, null));
    }

    /**
     * Takes a ticket in the caller's transaction (a welfare request's ticket commits with the
     * request), for a known resident when {@code residentId} is given.
     */
    public IssuedTicket take(org.jdbi.v3.core.Handle h, long lineId, PriorityReason reason, Long residentId) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        QueueLine line = h.createQuery(TicketRows.LINE + "WHERE id = :id AND active FOR UPDATE").bind("id", lineId)
                .map(TicketRows::line).findOne().orElseThrow(() -> new IllegalArgumentException("no queue service " + lineId));
        int number = h.createQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM queue_ticket WHERE site = :site AND service_id = :s "
                        + "AND ticket_day = :d")
                .bind("site", terminal.site()).bind("s", lineId).bind("d", today).mapTo(Integer.class).one();
        int ahead = h.createQuery("SELECT COUNT(*) FROM queue_ticket WHERE site = :site AND COALESCE(serve_service_id, service_id) = :s "
                        + "AND ticket_day = :d AND status = 'WAITING'" + (reason != null ? " AND priority" : ""))
                .bind("site", terminal.site()).bind("s", lineId).bind("d", today).mapTo(Integer.class).one();
        long id = h.createUpdate("INSERT INTO queue_ticket (site, service_id, ticket_day, number, priority, priority_reason, status, "
                        + "issued_at, queued_at, terminal_id, resident_id) VALUES (:site, :s, :d, :n, :p, :reason, 'WAITING', :now, :now, :terminal, :r)")
                .bind("site", terminal.site()).bind("s", lineId).bind("d", today).bind("n", number).bind("p", reason != null).bind("r", residentId)
                .bind("reason", reason == null ? null : reason.name()).bind("now", now).bind("terminal", terminal.id())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        Ticket ticket = new Ticket(id, lineId, line.prefix(), today, number, reason, TicketStatus.WAITING, now, null, null, null, 0,
                null, null, now);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("ticket", ticket.label());
        payload.put("service", line.code());
        payload.put("priority", reason == null ? "" : reason.name());
        events.append(h, new EventDraft(EventType.TICKET_ISSUED, "ticket:" + id, "resident", payload));
        return new IssuedTicket(ticket, line, ahead, ServiceTimes.today(h, now, terminal.site()).estimateMinutes(line, ahead));
    }

    /** The active service with this code (e.g. {@code welfare}), if the site has it. */
    public java.util.Optional<QueueLine> lineByCode(String code) {
        return jdbi.withHandle(h -> h.createQuery(TicketRows.LINE + "WHERE code = :c AND active").bind("c", code).map(TicketRows::line).findOne());
    }

    /** The newest ticket of any service and day, if the centre has one. */
    public Optional<Ticket> newest() {
        return jdbi.withHandle(h -> h.createQuery(TicketRows.TICKET + "WHERE t.site = :site ORDER BY t.issued_at DESC, t.id DESC LIMIT 1")
                .bind("site", terminal.site()).map(TicketRows::ticket).findOne());
    }

    /** Today's tickets of a service in number order. */
    public List<Ticket> today(long lineId) {
        return jdbi.withHandle(h -> h.createQuery(TicketRows.TICKET + "WHERE t.site = :site AND t.service_id = :s AND t.ticket_day = :d "
                        + "ORDER BY t.number")
                .bind("site", terminal.site()).bind("s", lineId).bind("d", LocalDate.now(clock)).map(TicketRows::ticket).list());
    }

    /** One ticket, as the board shows a call of it. */
    public Optional<Ticket> byId(long ticketId) {
        return jdbi.withHandle(h -> h.createQuery(TicketRows.TICKET + "WHERE t.id = :id").bind("id", ticketId).map(TicketRows::ticket)
                .findOne());
    }

    /** Today's latest calls, newest first: what the board lists under the number being called. */
    public List<Ticket> recentCalls(int limit) {
        return jdbi.withHandle(h -> h.createQuery(TicketRows.TICKET + "WHERE t.site = :site AND t.ticket_day = :d "
                        + "AND t.called_at IS NOT NULL AND t.desk IS NOT NULL ORDER BY t.called_at DESC, t.id DESC LIMIT :n")
                .bind("site", terminal.site()).bind("d", LocalDate.now(clock)).bind("n", limit).map(TicketRows::ticket).list());
    }
}
