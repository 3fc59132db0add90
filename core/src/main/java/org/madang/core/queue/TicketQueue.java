package org.madang.core.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.facility.Localized;
import org.madang.core.site.Terminal;

/**
 * Queue tickets (번호표): numbered per service and day, taken at a kiosk, called at counters
 * in order, priority tickets ahead under the fairness rule of {@link QueuePolicy}.
 */
public final class TicketQueue {
    private static final String TICKET = "SELECT t.id, t.service_id, q.prefix, t.ticket_day, t.number, t.priority_reason, t.status, "
            + "t.issued_at, t.called_at, t.counter_id FROM queue_ticket t JOIN queue_service q ON q.id = t.service_id ";

    private static final String LINE = "SELECT id, code, prefix, name_ko, name_en, minutes_per_ticket FROM queue_service ";

    private final Jdbi jdbi;
    private final EventLog events;
    private final QueuePolicy policy;
    private final Clock clock;
    private final Terminal terminal;

    public TicketQueue(Jdbi jdbi, EventLog events, QueuePolicy policy, Clock clock, Terminal terminal) {
        this.jdbi = jdbi;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
        this.terminal = terminal;
    }

    /** The services tickets are offered for. */
    public List<QueueLine> lines() {
        return jdbi.withHandle(h -> h.createQuery(LINE + "WHERE active ORDER BY prefix").map(TicketQueue::line).list());
    }

    /** Every service with today's waiting count and the likely wait of a new regular ticket. */
    public List<LineStatus> status() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Integer> waiting = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT service_id, COUNT(*) FROM queue_ticket WHERE ticket_day = :d AND status = 'WAITING' "
                        + "GROUP BY service_id")
                .bind("d", today).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .forEach(e -> waiting.put(e.getKey(), e.getValue())));
        List<LineStatus> out = new ArrayList<>();
        for (QueueLine line : lines()) {
            int n = waiting.getOrDefault(line.id(), 0);
            out.add(new LineStatus(line, n, n * line.minutesPerTicket()));
        }
        return out;
    }

    /**
     * Takes the next number of a service. Numbers never repeat within a day: the service's row
     * is locked while the number is chosen, and the database holds (service, day, number) unique.
     *
     * @param reason why the resident is served ahead; null for a regular ticket
     */
    public IssuedTicket take(long lineId, PriorityReason reason) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        return jdbi.inTransaction(h -> {
            QueueLine line = h.createQuery(LINE + "WHERE id = :id AND active FOR UPDATE").bind("id", lineId).map(TicketQueue::line)
                    .findOne().orElseThrow(() -> new IllegalArgumentException("no queue service " + lineId));
            int number = h.createQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM queue_ticket WHERE service_id = :s AND ticket_day = :d")
                    .bind("s", lineId).bind("d", today).mapTo(Integer.class).one();
            int ahead = h.createQuery("SELECT COUNT(*) FROM queue_ticket WHERE service_id = :s AND ticket_day = :d AND status = 'WAITING'"
                            + (reason != null ? " AND priority" : ""))
                    .bind("s", lineId).bind("d", today).mapTo(Integer.class).one();
            long id = h.createUpdate("INSERT INTO queue_ticket (service_id, ticket_day, number, priority, priority_reason, status, "
                            + "issued_at, terminal_id) VALUES (:s, :d, :n, :p, :reason, 'WAITING', :now, :terminal)")
                    .bind("s", lineId).bind("d", today).bind("n", number).bind("p", reason != null)
                    .bind("reason", reason == null ? null : reason.name()).bind("now", now).bind("terminal", terminal.id())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Ticket ticket = new Ticket(id, lineId, line.prefix(), today, number, reason, TicketStatus.WAITING, now, null, null);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("ticket", ticket.label());
            payload.put("service", line.code());
            payload.put("priority", reason == null ? "" : reason.name());
            events.append(h, new EventDraft(EventType.TICKET_ISSUED, "ticket:" + id, "resident", payload));
            return new IssuedTicket(ticket, line, ahead, ahead * line.minutesPerTicket());
        });
    }

    /**
     * Calls the next ticket for a counter serving {@code lineIds}: the oldest priority ticket,
     * unless {@code maxPriorityInRow} priority tickets were just called and a regular ticket has
     * waited past the limit; then the oldest regular one.
     */
    public Optional<Ticket> callNext(List<Long> lineIds, String counterId) {
        if (lineIds.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        return jdbi.inTransaction(h -> {
            // serialise callers of these services, so two counters never call the same ticket
            h.createQuery("SELECT id FROM queue_service WHERE id IN (<ids>) ORDER BY id FOR UPDATE").bindList("ids", lineIds)
                    .mapTo(Long.class).list();
            Optional<Ticket> priority = oldest(h, lineIds, today, true);
            Optional<Ticket> regular = oldest(h, lineIds, today, false);
            Optional<Ticket> next;
            if (priority.isEmpty() || regular.isEmpty()) {
                next = priority.isPresent() ? priority : regular;
            } else {
                boolean regularOverdue = Duration.between(regular.get().issuedAt(), now).compareTo(policy.regularWaitLimit()) > 0;
                next = regularOverdue && priorityStreak(h, lineIds, today) >= policy.maxPriorityInRow() ? regular : priority;
            }
            next.ifPresent(t -> call(h, t, counterId, now));
            return next.map(t -> new Ticket(t.id(), t.lineId(), t.prefix(), t.day(), t.number(), t.reason(), TicketStatus.CALLED,
                    t.issuedAt(), now, counterId));
        });
    }

    /** Ends a called ticket: served, or the resident did not come. */
    public boolean finish(long ticketId, TicketStatus outcome, String counterId) {
        if (outcome != TicketStatus.DONE && outcome != TicketStatus.NO_SHOW) {
            throw new IllegalArgumentException("a ticket finishes DONE or NO_SHOW, not " + outcome);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.inTransaction(h -> {
            int n = h.createUpdate("UPDATE queue_ticket SET status = :s, finished_at = :now WHERE id = :id AND status IN ('CALLED', 'SERVING')")
                    .bind("s", outcome.name()).bind("now", now).bind("id", ticketId).execute();
            if (n == 1) {
                events.append(h, new EventDraft(EventType.TICKET_FINISHED, "ticket:" + ticketId, "counter:" + counterId,
                        Map.of("outcome", outcome.name())));
            }
            return n == 1;
        });
    }

    /** Today's tickets of a service in number order. */
    public List<Ticket> today(long lineId) {
        return jdbi.withHandle(h -> h.createQuery(TICKET + "WHERE t.service_id = :s AND t.ticket_day = :d ORDER BY t.number")
                .bind("s", lineId).bind("d", LocalDate.now(clock)).map(TicketQueue::ticket).list());
    }

    private static Optional<Ticket> oldest(Handle h, List<Long> lineIds, LocalDate today, boolean priority) {
        return h.createQuery(TICKET + "WHERE t.service_id IN (<ids>) AND t.ticket_day = :d AND t.status = 'WAITING' AND t.priority = :p "
                        + "ORDER BY t.issued_at, t.id LIMIT 1")
                .bindList("ids", lineIds).bind("d", today).bind("p", priority).map(TicketQueue::ticket).findOne();
    }

    /** Priority tickets called one after another most recently, among these services today. */
    private static int priorityStreak(Handle h, List<Long> lineIds, LocalDate today) {
        List<Boolean> recent = h.createQuery("SELECT c.priority FROM queue_call c JOIN queue_ticket t ON t.id = c.ticket_id "
                        + "WHERE t.service_id IN (<ids>) AND t.ticket_day = :d ORDER BY c.id DESC LIMIT 20")
                .bindList("ids", lineIds).bind("d", today).mapTo(Boolean.class).list();
        int streak = 0;
        for (boolean p : recent) {
            if (!p) {
                break;
            }
            streak++;
        }
        return streak;
    }

    private void call(Handle h, Ticket t, String counterId, LocalDateTime now) {
        h.createUpdate("UPDATE queue_ticket SET status = 'CALLED', called_at = :now, counter_id = :c WHERE id = :id")
                .bind("now", now).bind("c", counterId).bind("id", t.id()).execute();
        h.createUpdate("INSERT INTO queue_call (ticket_id, called_at, priority) VALUES (:id, :now, :p)")
                .bind("id", t.id()).bind("now", now).bind("p", t.priority()).execute();
        events.append(h, new EventDraft(EventType.TICKET_CALLED, "ticket:" + t.id(), "counter:" + counterId,
                Map.of("ticket", t.label(), "counter", counterId)));
    }

    private static QueueLine line(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
        return new QueueLine(rs.getLong(1), rs.getString(2), rs.getString(3).charAt(0), new Localized(rs.getString(4), rs.getString(5)),
                rs.getInt(6));
    }

    private static Ticket ticket(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
        String reason = rs.getString(6);
        return new Ticket(rs.getLong(1), rs.getLong(2), rs.getString(3).charAt(0), rs.getObject(4, LocalDate.class), rs.getInt(5),
                reason == null ? null : PriorityReason.valueOf(reason), TicketStatus.valueOf(rs.getString(7)),
                rs.getObject(8, LocalDateTime.class), rs.getObject(9, LocalDateTime.class), rs.getString(10));
    }
}
