package org.madang.core.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;

/**
 * The queue as counters serve it: call the next ticket for a desk (priority first under the
 * fairness rule of {@link QueuePolicy}), recall, start, finish with an outcome, no-show after a
 * recall, redirect to another service or desk (keeping the ticket's place), postpone. Each act
 * is one transaction with its event, guarded by the ticket's state, so two counters never act on
 * one ticket at once; a refusal says why in the counter's words. At a centre of a county with a
 * cache ({@link #offline}), the desks act on the cache while the county does not answer, each act
 * kept there and given to the county later at its own time ({@link #sendActed()}).
 */
public final class CounterQueue {
    /**
     * A counter desk: the terminal it runs on, the number residents are called to, and the
     * services it calls tickets of.
     */
    public record Desk(String terminal, int number, List<Long> lineIds) {
        public Desk {
            lineIds = List.copyOf(lineIds);
        }
    }

    private static final String FOR_DESK = "t.site = :site AND t.ticket_day = :d AND t.status = 'WAITING' AND ((COALESCE(t.serve_service_id, t.service_id) "
            + "IN (<ids>) AND (t.serve_desk IS NULL OR t.serve_desk = :desk)) OR t.serve_desk = :desk) ";

    private final Jdbi jdbi;
    private final EventLog events;
    private final QueuePolicy policy;
    private final Clock clock;
    private final String site;
    private final Optional<TicketQueue.Offline> offline;
    /** Set while an act taken offline is given to the county: when it was taken (its events say so). */
    private final Optional<LocalDateTime> actedOffline;

    /** What a desk did, kept in the cache while the county did not answer. */
    enum Act {
        CALL, RECALL, START, FINISH, NO_SHOW, REDIRECT, POSTPONE
    }

    /** The acts given to the county: those that held, and those it refused (another desk had the ticket meanwhile). */
    public record Sent(int held, int refused, int waiting) {
    }

    /** The queue of one centre ({@code site}): its desks call its own tickets. */
    public CounterQueue(Jdbi jdbi, EventLog events, QueuePolicy policy, Clock clock, String site) {
        this(jdbi, events, policy, clock, site, Optional.empty(), Optional.empty());
    }

    private CounterQueue(Jdbi jdbi, EventLog events, QueuePolicy policy, Clock clock, String site, Optional<TicketQueue.Offline> offline,
                         Optional<LocalDateTime> actedOffline) {
        this.jdbi = jdbi;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
        this.site = site;
        this.offline = offline;
        this.actedOffline = actedOffline;
    }

    /**
     * This queue, calling from the centre's cache while the county does not answer (SCALE.md): each
     * act is kept there and given to the county in order when it answers ({@link #sendActed()}).
     */
    public CounterQueue offline(TicketQueue.Offline way) {
        return new CounterQueue(jdbi, events, policy, clock, site, Optional.of(way), Optional.empty());
    }

    /** Whether the desks go on calling from the centre's cache while the county does not answer (a centre with a cache). */
    public boolean callsThroughOutage() {
        return offline.isPresent();
    }

    /** Whether the desks act on the centre's cache now (the county does not answer). */
    public boolean onCache() {
        return offline.isPresent() && offline.get().countyDown();
    }

    private Jdbi db(boolean here) {
        return here ? offline.orElseThrow().cache() : jdbi;
    }

    /** The ticket this desk has called and not yet finished, if any. */
    public Optional<Ticket> current(Desk desk) {
        return db(onCache()).withHandle(h -> h.createQuery(TicketRows.TICKET + "WHERE t.site = :site AND t.ticket_day = :d "
                        + "AND t.status IN ('CALLED', 'SERVING') AND t.counter_id = :c AND t.desk = :desk ORDER BY t.called_at DESC LIMIT 1")
                .bind("site", site).bind("d", LocalDate.now(clock)).bind("c", desk.terminal()).bind("desk", desk.number())
                .map(TicketRows::ticket).findOne());
    }

    /** The tickets this desk may call, in their place in line (priority ones marked). */
    public List<Ticket> waiting(Desk desk) {
        if (desk.lineIds().isEmpty()) {
            return List.of();
        }
        return db(onCache()).withHandle(h -> h.createQuery(TicketRows.TICKET + "WHERE " + FOR_DESK + "ORDER BY t.queued_at, t.id")
                .bindList("ids", desk.lineIds()).bind("site", site).bind("d", LocalDate.now(clock)).bind("desk", desk.number())
                .map(TicketRows::ticket).list());
    }

    /**
     * Calls the next ticket for the desk: the oldest priority ticket, unless
     * {@code maxPriorityInRow} priority tickets were just called and a regular ticket has waited
     * past the limit; then the oldest regular one. Refused while the desk still has a ticket it
     * has not finished.
     */
    public CallOutcome callNext(Desk desk, String clerk) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        if (desk.lineIds().isEmpty()) {
            return new CallOutcome.Refused(Refusal.of("queue.refused.noServices"));
        }
        boolean here = onCache();
        return db(here).inTransaction(h -> {
            if (!here) {
                StaffRights.require(h, clerk, Permission.WINDOW);
            }
            // serialise the desks calling these services, so two counters never call one ticket
            h.createQuery("SELECT id FROM queue_service WHERE id IN (<ids>) ORDER BY id FOR UPDATE").bindList("ids", desk.lineIds())
                    .mapTo(Long.class).list();
            Optional<Ticket> open = h.createQuery(TicketRows.TICKET + "WHERE t.site = :site AND t.ticket_day = :d "
                            + "AND t.status IN ('CALLED', 'SERVING') AND t.counter_id = :c AND t.desk = :desk LIMIT 1")
                    .bind("site", site).bind("d", today).bind("c", desk.terminal()).bind("desk", desk.number()).map(TicketRows::ticket).findOne();
            if (open.isPresent()) {
                return new CallOutcome.Refused(Refusal.of("queue.refused.finishFirst", open.get().label()));
            }
            Optional<Ticket> priority = oldest(h, desk, today, true);
            Optional<Ticket> regular = oldest(h, desk, today, false);
            Optional<Ticket> next;
            if (priority.isEmpty() || regular.isEmpty()) {
                next = priority.isPresent() ? priority : regular;
            } else {
                boolean regularOverdue = Duration.between(regular.get().queuedAt(), now).compareTo(policy.regularWaitLimit()) > 0;
                next = regularOverdue && priorityStreak(h, desk, today) >= policy.maxPriorityInRow() ? regular : priority;
            }
            if (next.isEmpty()) {
                return new CallOutcome.NobodyWaiting();
            }
            return called(h, here, next.get(), desk, clerk, now);
        });
    }

    /** The desk calls this waiting ticket (an act taken offline, given to the county). */
    private CallOutcome call(long ticketId, Desk desk, String clerk) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.inTransaction(h -> {
            StaffRights.require(h, clerk, Permission.WINDOW);
            Optional<Ticket> found = TicketRows.lock(h, ticketId);
            if (found.isEmpty()) {
                return new CallOutcome.Refused(Refusal.of("queue.refused.noTicket"));
            }
            return called(h, false, found.get(), desk, clerk, now);
        });
    }

    private CallOutcome called(Handle h, boolean here, Ticket t, Desk desk, String clerk, LocalDateTime now) {
        int updated = h.createUpdate("UPDATE queue_ticket SET status = 'CALLED', called_at = :now, counter_id = :c, desk = :desk, "
                        + "recalls = 0 WHERE id = :id AND status = 'WAITING'")
                .bind("now", now).bind("c", desk.terminal()).bind("desk", desk.number()).bind("id", t.id()).execute();
        if (updated != 1) {
            return new CallOutcome.Refused(Refusal.of("queue.refused.taken", t.label()));
        }
        h.createUpdate("INSERT INTO queue_call (ticket_id, called_at, priority) VALUES (:id, :now, :p)")
                .bind("id", t.id()).bind("now", now).bind("p", t.priority()).execute();
        Ticket called = t.with(TicketStatus.CALLED, now, desk.terminal(), desk.number(), 0);
        tell(h, here, new EventDraft(EventType.TICKET_CALLED, "ticket:" + t.id(), "clerk:" + clerk, callPayload(h, called)),
                new Kept(Act.CALL, t.id(), desk, clerk, now, null, null, null));
        return new CallOutcome.Called(called);
    }

    /** Calls the desk's ticket again: the board repeats the number. */
    public Optional<Refusal> recall(long ticketId, Desk desk, String clerk) {
        return act(ticketId, desk, clerk, List.of(TicketStatus.CALLED), (h, here, t, now) -> {
            h.createUpdate("UPDATE queue_ticket SET recalls = recalls + 1 WHERE id = :id").bind("id", t.id()).execute();
            Ticket again = t.with(t.status(), t.calledAt(), t.counterId(), t.desk(), t.recalls() + 1);
            tell(h, here, new EventDraft(EventType.TICKET_RECALLED, "ticket:" + t.id(), "clerk:" + clerk, callPayload(h, again)),
                    new Kept(Act.RECALL, t.id(), desk, clerk, now, null, null, null));
            return Optional.empty();
        });
    }

    /** The resident came: the desk starts serving the ticket. */
    public Optional<Refusal> start(long ticketId, Desk desk, String clerk) {
        return act(ticketId, desk, clerk, List.of(TicketStatus.CALLED), (h, here, t, now) -> {
            h.createUpdate("UPDATE queue_ticket SET status = 'SERVING', started_at = :now WHERE id = :id")
                    .bind("now", now).bind("id", t.id()).execute();
            tell(h, here, new EventDraft(EventType.TICKET_STARTED, "ticket:" + t.id(), "clerk:" + clerk,
                    marked(Map.of("ticket", t.label(), "desk", desk.number()))), new Kept(Act.START, t.id(), desk, clerk, now, null, null, null));
            return Optional.empty();
        });
    }

    /** Ends a called or served ticket with how it went. */
    public Optional<Refusal> finish(long ticketId, TicketOutcome outcome, Desk desk, String clerk) {
        return act(ticketId, desk, clerk, List.of(TicketStatus.CALLED, TicketStatus.SERVING), (h, here, t, now) -> {
            h.createUpdate("UPDATE queue_ticket SET status = 'DONE', outcome = :o, finished_at = :now, "
                            + "started_at = COALESCE(started_at, called_at) WHERE id = :id")
                    .bind("o", outcome.name()).bind("now", now).bind("id", t.id()).execute();
            tell(h, here, new EventDraft(EventType.TICKET_FINISHED, "ticket:" + t.id(), "clerk:" + clerk,
                    marked(Map.of("ticket", t.label(), "outcome", outcome.name(), "desk", desk.number()))),
                    new Kept(Act.FINISH, t.id(), desk, clerk, now, outcome.name(), null, null));
            return Optional.empty();
        });
    }

    /** The resident did not come, even after the call was repeated. */
    public Optional<Refusal> noShow(long ticketId, Desk desk, String clerk) {
        return act(ticketId, desk, clerk, List.of(TicketStatus.CALLED), (h, here, t, now) -> {
            if (t.recalls() == 0) {
                return Optional.of(Refusal.of("queue.refused.recallFirst", t.label()));
            }
            h.createUpdate("UPDATE queue_ticket SET status = 'NO_SHOW', outcome = 'NO_SHOW', finished_at = :now WHERE id = :id")
                    .bind("now", now).bind("id", t.id()).execute();
            tell(h, here, new EventDraft(EventType.TICKET_FINISHED, "ticket:" + t.id(), "clerk:" + clerk,
                    marked(Map.of("ticket", t.label(), "outcome", "NO_SHOW", "desk", desk.number()))),
                    new Kept(Act.NO_SHOW, t.id(), desk, clerk, now, null, null, null));
            return Optional.empty();
        });
    }

    /**
     * Sends the ticket to another service, or to one desk, under its own number; it keeps its
     * place in line (its original time), so the resident does not start again at the back.
     *
     * @param toDesk the only desk that may call it next; null for any desk of the service
     */
    public Optional<Refusal> redirect(long ticketId, long toLineId, Integer toDesk, Desk desk, String clerk) {
        return act(ticketId, desk, clerk, List.of(TicketStatus.CALLED, TicketStatus.SERVING), (h, here, t, now) -> {
            if (toLineId == t.servedLineId() && (toDesk == null || toDesk == desk.number())) {
                return Optional.of(Refusal.of("queue.refused.sameService", t.label()));
            }
            QueueLine to = TicketRows.line(h, toLineId).orElseThrow(() -> new IllegalArgumentException("no queue service " + toLineId));
            h.createUpdate("UPDATE queue_ticket SET status = 'WAITING', serve_service_id = :s, serve_desk = :to, counter_id = NULL, "
                            + "desk = NULL, recalls = 0 WHERE id = :id")
                    .bind("s", toLineId == t.lineId() ? null : toLineId).bind("to", toDesk).bind("id", t.id()).execute();
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("ticket", t.label());
            payload.put("service", to.code());
            payload.put("toDesk", toDesk == null ? "" : toDesk.toString());
            payload.put("desk", desk.number());
            tell(h, here, new EventDraft(EventType.TICKET_REDIRECTED, "ticket:" + t.id(), "clerk:" + clerk, marked(payload)),
                    new Kept(Act.REDIRECT, t.id(), desk, clerk, now, null, toLineId, toDesk));
            return Optional.empty();
        });
    }

    /**
     * Puts the ticket back to wait for this desk (the resident fetches a paper): it is called
     * again after those who were waiting by now.
     */
    public Optional<Refusal> postpone(long ticketId, Desk desk, String clerk) {
        return act(ticketId, desk, clerk, List.of(TicketStatus.CALLED, TicketStatus.SERVING), (h, here, t, now) -> {
            h.createUpdate("UPDATE queue_ticket SET status = 'WAITING', serve_desk = :desk, queued_at = :now, counter_id = NULL, "
                            + "desk = NULL, recalls = 0 WHERE id = :id")
                    .bind("desk", desk.number()).bind("now", now).bind("id", t.id()).execute();
            tell(h, here, new EventDraft(EventType.TICKET_POSTPONED, "ticket:" + t.id(), "clerk:" + clerk,
                    marked(Map.of("ticket", t.label(), "desk", desk.number()))), new Kept(Act.POSTPONE, t.id(), desk, clerk, now, null, null, null));
            return Optional.empty();
        });
    }

    /** Links the ticket being served to the resident it turned out to be (their queue visits). */
    public void servedResident(long ticketId, long residentId, String clerk) {
        jdbi.useTransaction(h -> {
            StaffRights.require(h, clerk, Permission.WINDOW);
            int n = h.createUpdate("UPDATE queue_ticket SET resident_id = :r WHERE id = :id AND (resident_id IS NULL OR resident_id <> :r)")
                    .bind("r", residentId).bind("id", ticketId).execute();
            if (n == 1) {
                events.append(h, new EventDraft(EventType.TICKET_RESIDENT, "ticket:" + ticketId, "clerk:" + clerk,
                        Map.of("resident", residentId)));
            }
        });
    }

    /** One act on a ticket of this desk: locks it, checks it is the desk's and in one of {@code states}. */
    private Optional<Refusal> act(long ticketId, Desk desk, String clerk, List<TicketStatus> states, TicketAct act) {
        LocalDateTime now = LocalDateTime.now(clock);
        boolean here = onCache();
        return db(here).inTransaction(h -> {
            if (!here) {
                // on the cache the clerk signed in while the county answered: the county checks the right when the act is given to it
                StaffRights.require(h, clerk, Permission.WINDOW);
            }
            Optional<Ticket> found = TicketRows.lock(h, ticketId);
            if (found.isEmpty()) {
                return Optional.of(Refusal.of("queue.refused.noTicket"));
            }
            Ticket t = found.get();
            boolean ours = desk.terminal().equals(t.counterId()) && t.desk() != null && t.desk() == desk.number();
            if (!states.contains(t.status()) || !ours) {
                return Optional.of(Refusal.of("queue.refused.notYours", t.label()));
            }
            return act.apply(h, here, t, now);
        });
    }

    @FunctionalInterface
    private interface TicketAct {
        Optional<Refusal> apply(Handle h, boolean here, Ticket t, LocalDateTime now);
    }

    /** An act kept in the cache: its place in order, and the request id of a ticket taken offline. */
    private record Pending(long seq, String request, Kept kept) {
    }

    /** An act as the cache keeps it until the county has it. */
    private record Kept(Act act, long ticketId, Desk desk, String clerk, LocalDateTime at, String outcome, Long toLine, Integer toDesk) {
    }

    /** The county's event for an act; on the cache, the act kept to give to the county (its event is written then). */
    private void tell(Handle h, boolean here, EventDraft draft, Kept kept) {
        if (!here) {
            events.append(h, draft);
            return;
        }
        h.createUpdate("INSERT INTO cache_queue_act (acted_at, act, ticket_id, request_id, terminal_id, desk, clerk, outcome, to_service, "
                        + "to_desk) VALUES (:at, :act, :t, (SELECT request_id FROM queue_ticket WHERE id = :t), :terminal, :desk, :clerk, "
                        + ":outcome, :toLine, :toDesk)")
                .bind("at", kept.at()).bind("act", kept.act().name()).bind("t", kept.ticketId()).bind("terminal", kept.desk().terminal())
                .bind("desk", kept.desk().number()).bind("clerk", kept.clerk()).bind("outcome", kept.outcome())
                .bind("toLine", kept.toLine()).bind("toDesk", kept.toDesk()).execute();
    }

    /** An event's details; for an act taken on the cache and given to the county now, when it was taken. */
    private Map<String, Object> marked(Map<String, Object> details) {
        if (actedOffline.isEmpty()) {
            return details;
        }
        Map<String, Object> out = new LinkedHashMap<>(details);
        out.put("actedWhileOffline", actedOffline.get().toString());
        return out;
    }

    /**
     * Gives the county the acts this centre's desks took on the cache while it did not answer, in
     * the order taken, each at its own time (called, started, finished as they were), with its
     * event. A ticket taken offline is found by its request id once it was sent; an act the county
     * refuses (another desk had the ticket meanwhile) is dropped and counted. Sent, an act leaves the cache.
     */
    public Sent sendActed() {
        if (offline.isEmpty()) {
            return new Sent(0, 0, 0);
        }
        Jdbi cache = offline.get().cache();
        List<Pending> acts = cache.withHandle(h -> h.createQuery("SELECT seq, acted_at, act, ticket_id, request_id, terminal_id, desk, clerk, "
                        + "outcome, to_service, to_desk FROM cache_queue_act ORDER BY seq")
                .map((rs, ctx) -> new Pending(rs.getLong(1), rs.getString(5), new Kept(Act.valueOf(rs.getString(3)), rs.getLong(4),
                        new Desk(rs.getString(6), rs.getInt(7), List.of()), rs.getString(8), rs.getObject(2, LocalDateTime.class), rs.getString(9),
                        rs.getObject(10, Long.class), rs.getObject(11, Integer.class))))
                .list());
        int held = 0;
        int refused = 0;
        for (int i = 0; i < acts.size(); i++) {
            Kept a = acts.get(i).kept();
            Optional<Long> ticket = a.ticketId() > 0 ? Optional.of(a.ticketId()) : Optional.ofNullable(acts.get(i).request()).flatMap(r ->
                    jdbi.withHandle(h -> h.createQuery("SELECT id FROM queue_ticket WHERE request_id = :r").bind("r", r).mapTo(Long.class).findOne()));
            if (ticket.isEmpty()) {
                // its ticket has not reached the county yet: the next round
                return new Sent(held, refused, acts.size() - i);
            }
            CounterQueue then = new CounterQueue(jdbi, events, policy, Clock.fixed(a.at().atZone(clock.getZone()).toInstant(), clock.getZone()),
                    site, Optional.empty(), Optional.of(a.at()));
            long id = ticket.get();
            long seq = acts.get(i).seq();
            // the act is claimed in the cache for as long as it is given to the county: the centre's terminals sharing the cache
            // each send what they find, and an act another one sent meanwhile is gone (its claim waited for that one's end)
            Optional<Optional<Refusal>> sent = cache.inTransaction(h -> {
                if (h.createUpdate("DELETE FROM cache_queue_act WHERE seq = :s").bind("s", seq).execute() == 0) {
                    return Optional.empty();
                }
                return Optional.of(replay(then, a, id));
            });
            if (sent.isEmpty()) {
                continue;
            }
            if (sent.get().isPresent()) {
                refused++;
            } else {
                held++;
            }
        }
        // the calls counted for the fairness rule while offline are the county's now
        cache.useHandle(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM cache_queue_act").mapTo(Integer.class).one() == 0) {
                h.createUpdate("DELETE FROM queue_call").execute();
            }
        });
        return new Sent(held, refused, 0);
    }

    /** One kept act, given to the county at its own time: its refusal, if the county cannot honour it. */
    private static Optional<Refusal> replay(CounterQueue then, Kept a, long id) {
        return switch (a.act()) {
            case CALL -> Optional.of(then.call(id, a.desk(), a.clerk())).filter(c -> c instanceof CallOutcome.Refused)
                    .map(c -> ((CallOutcome.Refused) c).refusal());
            case RECALL -> then.recall(id, a.desk(), a.clerk());
            case START -> then.start(id, a.desk(), a.clerk());
            case FINISH -> then.finish(id, TicketOutcome.valueOf(a.outcome()), a.desk(), a.clerk());
            case NO_SHOW -> then.noShow(id, a.desk(), a.clerk());
            case REDIRECT -> then.redirect(id, a.toLine(), a.toDesk(), a.desk(), a.clerk());
            case POSTPONE -> then.postpone(id, a.desk(), a.clerk());
        };
    }

    private Map<String, Object> callPayload(Handle h, Ticket t) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("ticket", t.label());
        payload.put("counter", t.counterId());
        payload.put("desk", t.desk());
        payload.put("service", TicketRows.line(h, t.servedLineId()).map(QueueLine::code).orElse(""));
        payload.put("recalls", t.recalls());
        return marked(payload);
    }

    private Optional<Ticket> oldest(Handle h, Desk desk, LocalDate today, boolean priority) {
        return h.createQuery(TicketRows.TICKET + "WHERE " + FOR_DESK + "AND t.priority = :p ORDER BY t.queued_at, t.id LIMIT 1")
                .bindList("ids", desk.lineIds()).bind("site", site).bind("d", today).bind("desk", desk.number()).bind("p", priority)
                .map(TicketRows::ticket).findOne();
    }

    /** Priority tickets called one after another most recently, among the desk's services today. */
    private int priorityStreak(Handle h, Desk desk, LocalDate today) {
        List<Boolean> recent = h.createQuery("SELECT c.priority FROM queue_call c JOIN queue_ticket t ON t.id = c.ticket_id "
                        + "WHERE t.site = :site AND COALESCE(t.serve_service_id, t.service_id) IN (<ids>) AND t.ticket_day = :d "
                        + "ORDER BY c.id DESC LIMIT 20")
                .bindList("ids", desk.lineIds()).bind("site", site).bind("d", today).mapTo(Boolean.class).list();
        int streak = 0;
        for (boolean p : recent) {
            if (!p) {
                break;
            }
            streak++;
        }
        return streak;
    }
}
