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
 * <p>
 * At a centre of a county with a cache ({@link #offline(Offline)}), tickets are still taken while
 * the county's database does not answer (SCALE.md: the centre's own queue is local): numbered in
 * the cache, which holds today's tickets of the centre, under the same lock and rule, kept there
 * with an id below zero, and {@linkplain #sendTaken sent} to the county when it answers, in the
 * order taken, with the number printed and the time taken.
 */
public final class TicketQueue {
    private final Jdbi jdbi;
    private final EventLog events;
    private final Clock clock;
    private final Terminal terminal;
    private final Optional<Offline> offline;

    public TicketQueue(Jdbi jdbi, EventLog events, Clock clock, Terminal terminal) {
        this(jdbi, events, clock, terminal, Optional.empty());
    }

    private TicketQueue(Jdbi jdbi, EventLog events, Clock clock, Terminal terminal, Optional<Offline> offline) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
        this.terminal = terminal;
        this.offline = offline;
    }

    /** How a centre's terminal takes tickets while the county does not answer: the link's word, and the centre's cache. */
    public interface Offline {
        /** Whether the county's database is known not to answer now. */
        boolean countyDown();

        /** The centre's cache: today's queue of the centre, migrated like a site database. */
        Jdbi cache();

        /**
         * A ticket was just taken at the county: the cache may catch up at once, so that a link
         * lost in the next second does not number a ticket the county has given already.
         */
        default void takenAtCounty() {
        }
    }

    /** This queue, taking tickets in the centre's cache while the county does not answer. */
    public TicketQueue offline(Offline way) {
        return new TicketQueue(jdbi, events, clock, terminal, Optional.of(way));
    }

    /** Whether this queue reads and takes in the centre's cache now (the county does not answer). */
    public boolean onCache() {
        return here();
    }

    private boolean here() {
        return offline.isPresent() && offline.get().countyDown();
    }

    /** Where the queue is read now: the county, or the cache while the county does not answer. */
    private Jdbi reads() {
        return here() ? offline.get().cache() : jdbi;
    }

    /** The services tickets are offered for. */
    public List<QueueLine> lines() {
        return reads().withHandle(h -> h.createQuery(TicketRows.LINE + "WHERE active ORDER BY prefix").map(TicketRows::line).list());
    }

    /**
     * Every service with today's waiting count and the likely wait of a new regular ticket:
     * today's measured time per ticket (once a few are done), shared among the desks calling it.
     */
    public List<LineStatus> status() {
        LocalDateTime now = LocalDateTime.now(clock);
        return reads().withHandle(h -> {
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
        if (here()) {
            return takeHere(lineId, reason);
        }
        try {
            IssuedTicket issued = jdbi.inTransaction(h -> take(h, lineId, reason, null));
            offline.ifPresent(Offline::takenAtCounty);
            return issued;
        } catch (org.jdbi.v3.core.JdbiException e) {
            if (offline.isPresent() && org.madang.core.county.CountyLink.lostCounty(e)) {
                return takeHere(lineId, reason);
            }
            throw e;
        }
    }

    /**
     * The offline way: the next number of the service as the cache knows the centre's day (the
     * cache's service row locked, so the centre's terminals sharing the cache take turns), kept
     * in the cache with an id below zero until {@link #sendTaken} gives it to the county.
     */
    private IssuedTicket takeHere(long lineId, PriorityReason reason) {
        LocalDateTime now = LocalDateTime.now(clock);
        return offline.get().cache().inTransaction(h -> {
            QueueLine line = lockLine(h, lineId);
            int ahead = ahead(h, lineId, now.toLocalDate(), reason);
            long id = h.createQuery("SELECT LEAST(COALESCE(MIN(id), 0), 0) - 1 FROM queue_ticket").mapTo(Long.class).one();
            Ticket ticket = insert(h, id, line, reason, null, nextNumber(h, lineId, now.toLocalDate()), now, now.toLocalDate(),
                    new Printed(terminal.id(), java.util.UUID.randomUUID().toString()));
            return new IssuedTicket(ticket, line, ahead, ServiceTimes.today(h, now, terminal.site()).estimateMinutes(line, ahead));
        });
    }

    /** The tickets taken at this centre while the county did not answer and not yet sent, in the order taken. */
    public List<Ticket> takenHere() {
        return offline.map(way -> way.cache().withHandle(h -> h.createQuery(TicketRows.TICKET + "WHERE t.id < 0 ORDER BY t.issued_at, t.id DESC")
                .map(TicketRows::ticket).list())).orElse(List.of());
    }

    /**
     * Gives the county a ticket taken here while it did not answer: with the number printed and
     * the time taken (its place in line), event {@code TicketIssued} noting it was taken while
     * offline; then the cache forgets its own row (the county's comes with the next follow). A
     * ticket already given (the cache's forgetting lost) is not given twice. Should the county
     * hold that number already (a ticket taken meanwhile by a terminal that still reached it),
     * the ticket is the next free number and the event names the number printed.
     *
     * @return the ticket as the county holds it; empty when the cache no longer keeps it (another
     *         terminal of the centre sent it first)
     */
    public Optional<Ticket> sendTaken(Ticket taken) {
        // the terminal that printed it (any terminal of the centre sharing the cache may send it) and the ticket's request id
        Optional<Printed> kept = offline.flatMap(way -> way.cache().withHandle(h -> h.createQuery("SELECT terminal_id, request_id "
                        + "FROM queue_ticket WHERE id = :id AND issued_at = :at").bind("id", taken.id()).bind("at", taken.issuedAt())
                .map((rs, ctx) -> new Printed(rs.getString(1), rs.getString(2))).findOne()));
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        Printed printed = kept.get();
        Ticket sent = jdbi.inTransaction(h -> {
            QueueLine line = h.createQuery(TicketRows.LINE + "WHERE id = :id FOR UPDATE").bind("id", taken.lineId())
                    .map(TicketRows::line).findOne().orElseThrow(() -> new IllegalArgumentException("no queue service " + taken.lineId()));
            // given already (by another terminal of the centre, or before the cache's forgetting was lost)
            Optional<Ticket> given = h.createQuery(TicketRows.TICKET + "WHERE t.request_id = :r").bind("r", printed.requestId())
                    .map(TicketRows::ticket).findOne();
            if (given.isPresent()) {
                return given.get();
            }
            boolean numberTaken = h.createQuery("SELECT COUNT(*) FROM queue_ticket WHERE site = :site AND service_id = :s "
                            + "AND ticket_day = :d AND number = :n")
                    .bind("site", terminal.site()).bind("s", taken.lineId()).bind("d", taken.day()).bind("n", taken.number())
                    .mapTo(Integer.class).one() > 0;
            int number = numberTaken ? nextNumber(h, taken.lineId(), taken.day()) : taken.number();
            Ticket ticket = insert(h, null, line, taken.reason(), null, number, taken.issuedAt(), taken.day(), printed);
            Map<String, Object> payload = issued(ticket, line);
            payload.put("takenWhileOffline", taken.issuedAt().toString());
            if (number != taken.number()) {
                payload.put("printedAs", taken.label());
            }
            events.append(h, new EventDraft(EventType.TICKET_ISSUED, "ticket:" + ticket.id(), "resident", payload));
            return ticket;
        });
        offline.ifPresent(way -> way.cache().useHandle(h -> h.createUpdate("DELETE FROM queue_ticket WHERE id = :id AND id < 0")
                .bind("id", taken.id()).execute()));
        return Optional.of(sent);
    }

    /**
     * Takes a ticket in the caller's transaction (a welfare request's ticket commits with the
     * request), for a known resident when {@code residentId} is given.
     */
    public IssuedTicket take(org.jdbi.v3.core.Handle h, long lineId, PriorityReason reason, Long residentId) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        QueueLine line = lockLine(h, lineId);
        int ahead = ahead(h, lineId, today, reason);
        Ticket ticket = insert(h, null, line, reason, residentId, nextNumber(h, lineId, today), now, today, new Printed(terminal.id(), null));
        events.append(h, new EventDraft(EventType.TICKET_ISSUED, "ticket:" + ticket.id(), "resident", issued(ticket, line)));
        return new IssuedTicket(ticket, line, ahead, ServiceTimes.today(h, now, terminal.site()).estimateMinutes(line, ahead));
    }

    /** The service's row, locked while a number of it is chosen. */
    private static QueueLine lockLine(org.jdbi.v3.core.Handle h, long lineId) {
        return h.createQuery(TicketRows.LINE + "WHERE id = :id AND active FOR UPDATE").bind("id", lineId)
                .map(TicketRows::line).findOne().orElseThrow(() -> new IllegalArgumentException("no queue service " + lineId));
    }

    private int nextNumber(org.jdbi.v3.core.Handle h, long lineId, LocalDate day) {
        return h.createQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM queue_ticket WHERE site = :site AND service_id = :s "
                        + "AND ticket_day = :d")
                .bind("site", terminal.site()).bind("s", lineId).bind("d", day).mapTo(Integer.class).one();
    }

    /** How many wait ahead of a new ticket: every waiting one of the service, or only the priority ones for a priority ticket. */
    private int ahead(org.jdbi.v3.core.Handle h, long lineId, LocalDate day, PriorityReason reason) {
        return h.createQuery("SELECT COUNT(*) FROM queue_ticket WHERE site = :site AND COALESCE(serve_service_id, service_id) = :s "
                        + "AND ticket_day = :d AND status = 'WAITING'" + (reason != null ? " AND priority" : ""))
                .bind("site", terminal.site()).bind("s", lineId).bind("d", day).mapTo(Integer.class).one();
    }

    /** The terminal that printed a ticket, and the id it chose for a ticket taken in the cache (null for one taken at the county). */
    private record Printed(String terminal, String requestId) {
    }

    /** A waiting ticket's row, numbered {@code number} of {@code day}, taken at {@code at}: the given id, or the next one. */
    private Ticket insert(org.jdbi.v3.core.Handle h, Long id, QueueLine line, PriorityReason reason, Long residentId, int number,
                          LocalDateTime at, LocalDate day, Printed printed) {
        var insert = h.createUpdate("INSERT INTO queue_ticket (" + (id != null ? "id, " : "") + "site, service_id, ticket_day, number, "
                        + "priority, priority_reason, status, issued_at, queued_at, terminal_id, resident_id, request_id) VALUES ("
                        + (id != null ? ":id, " : "") + ":site, :s, :d, :n, :p, :reason, 'WAITING', :at, :at, :terminal, :r, :request)")
                .bind("site", terminal.site()).bind("s", line.id()).bind("d", day).bind("n", number).bind("p", reason != null)
                .bind("r", residentId).bind("reason", reason == null ? null : reason.name()).bind("at", at)
                .bind("terminal", printed.terminal()).bind("request", printed.requestId());
        long made;
        if (id != null) {
            insert.bind("id", id).execute();
            made = id;
        } else {
            made = insert.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        }
        return new Ticket(made, line.id(), line.prefix(), day, number, reason, TicketStatus.WAITING, at, null, null, null, 0, null, null, at);
    }

    private static Map<String, Object> issued(Ticket ticket, QueueLine line) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("ticket", ticket.label());
        payload.put("service", line.code());
        payload.put("priority", ticket.reason() == null ? "" : ticket.reason().name());
        return payload;
    }

    /** The active service with this code (e.g. {@code welfare}), if the site has it. */
    public java.util.Optional<QueueLine> lineByCode(String code) {
        return reads().withHandle(h -> h.createQuery(TicketRows.LINE + "WHERE code = :c AND active").bind("c", code).map(TicketRows::line).findOne());
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
        return reads().withHandle(h -> h.createQuery(TicketRows.TICKET + "WHERE t.id = :id").bind("id", ticketId).map(TicketRows::ticket)
                .findOne());
    }

    /** Today's latest calls, newest first: what the board lists under the number being called. */
    public List<Ticket> recentCalls(int limit) {
        return reads().withHandle(h -> h.createQuery(TicketRows.TICKET + "WHERE t.site = :site AND t.ticket_day = :d "
                        + "AND t.called_at IS NOT NULL AND t.desk IS NOT NULL ORDER BY t.called_at DESC, t.id DESC LIMIT :n")
                .bind("site", terminal.site()).bind("d", LocalDate.now(clock)).bind("n", limit).map(TicketRows::ticket).list());
    }
}
