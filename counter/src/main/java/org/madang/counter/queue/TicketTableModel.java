package org.madang.counter.queue;

import java.util.List;
import java.util.Map;
import javax.swing.table.AbstractTableModel;
import org.madang.core.queue.QueueLine;
import org.madang.core.queue.Ticket;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/** The desk's waiting tickets: number, service, when issued, priority, and where a redirect or postponement sent it. */
final class TicketTableModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final Formats formats;
    private final String[] columns;
    private transient List<Ticket> rows = List.of();
    private transient Map<Long, QueueLine> lines = Map.of();

    TicketTableModel(Messages words) {
        this.words = words;
        this.formats = new Formats(words);
        this.columns = new String[] {words.get("counter.queue.column.ticket"), words.get("counter.queue.column.service"),
            words.get("counter.queue.column.issued"), words.get("counter.queue.column.priority"), words.get("counter.queue.column.note")};
    }

    void setLines(Map<Long, QueueLine> byId) {
        lines = byId;
    }

    void setRows(List<Ticket> tickets) {
        rows = List.copyOf(tickets);
        fireTableDataChanged();
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.length;
    }

    @Override
    public String getColumnName(int column) {
        return columns[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        Ticket t = rows.get(row);
        return switch (column) {
            case 0 -> t.label();
            case 1 -> name(t.servedLineId());
            case 2 -> formats.time(t.issuedAt());
            case 3 -> t.reason() == null ? "" : words.get(t.reason().messageKey());
            default -> note(t);
        };
    }

    private String note(Ticket t) {
        if (t.serveDesk() != null && !t.queuedAt().equals(t.issuedAt())) {
            return words.get("counter.queue.note.postponed", t.serveDesk(), formats.time(t.queuedAt()));
        }
        if (t.serveDesk() != null) {
            return words.get("counter.queue.note.toDesk", t.serveDesk());
        }
        return t.serveLineId() != null ? words.get("counter.queue.note.redirected", name(t.lineId())) : "";
    }

    private String name(long lineId) {
        QueueLine line = lines.get(lineId);
        return line == null ? "" : line.name().in(words.language());
    }
}
