package org.madang.core.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.madang.core.facility.Localized;

/** How tickets and services are read from the database, for the kiosk's queue, the counters and the board. */
final class TicketRows {
    static final String TICKET = "SELECT t.id, t.service_id, q.prefix, t.ticket_day, t.number, t.priority_reason, t.status, "
            + "t.issued_at, t.called_at, t.counter_id, t.desk, t.recalls, t.serve_service_id, t.serve_desk, t.queued_at "
            + "FROM queue_ticket t JOIN queue_service q ON q.id = t.service_id ";

    static final String LINE = "SELECT id, code, prefix, name_ko, name_en, minutes_per_ticket FROM queue_service ";

    private TicketRows() {
    }

    static QueueLine line(ResultSet rs, StatementContext ctx) throws SQLException {
        return new QueueLine(rs.getLong(1), rs.getString(2), rs.getString(3).charAt(0), new Localized(rs.getString(4), rs.getString(5)),
                rs.getInt(6));
    }

    static Ticket ticket(ResultSet rs, StatementContext ctx) throws SQLException {
        String reason = rs.getString(6);
        Integer serveDesk = rs.getObject(14, Integer.class);
        return new Ticket(rs.getLong(1), rs.getLong(2), rs.getString(3).charAt(0), rs.getObject(4, LocalDate.class), rs.getInt(5),
                reason == null ? null : PriorityReason.valueOf(reason), TicketStatus.valueOf(rs.getString(7)),
                rs.getObject(8, LocalDateTime.class), rs.getObject(9, LocalDateTime.class), rs.getString(10),
                rs.getObject(11, Integer.class), rs.getInt(12), rs.getObject(13, Long.class),
                serveDesk, rs.getObject(15, LocalDateTime.class));
    }

    /** One ticket, its row locked for the rest of the transaction. */
    static Optional<Ticket> lock(Handle h, long ticketId) {
        if (h.createQuery("SELECT id FROM queue_ticket WHERE id = :id FOR UPDATE").bind("id", ticketId).mapTo(Long.class).findOne().isEmpty()) {
            return Optional.empty();
        }
        return h.createQuery(TICKET + "WHERE t.id = :id").bind("id", ticketId).map(TicketRows::ticket).findOne();
    }

    static Optional<QueueLine> line(Handle h, long lineId) {
        return h.createQuery(LINE + "WHERE id = :id").bind("id", lineId).map(TicketRows::line).findOne();
    }
}
