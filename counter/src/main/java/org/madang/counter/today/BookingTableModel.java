package org.madang.counter.today;

import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.madang.core.booking.BookingSummary;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/** Rows of the "today" table: one booking each, in the clerk's language. */
final class BookingTableModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final Formats formats;
    private final String[] columns;
    private transient List<BookingSummary> rows = List.of();

    BookingTableModel(Messages words) {
        this.words = words;
        this.formats = new Formats(words);
        this.columns = new String[] {words.get("counter.column.number"), words.get("counter.column.made"),
                words.get("counter.column.facility"), words.get("counter.column.slot"), words.get("counter.column.resident"),
                words.get("counter.column.party"), words.get("counter.column.fee"), words.get("counter.column.payment"),
                words.get("counter.column.terminal")};
    }

    void setRows(List<BookingSummary> bookings) {
        rows = List.copyOf(bookings);
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
        BookingSummary b = rows.get(row);
        return switch (column) {
            case 0 -> b.number();
            case 1 -> formats.seconds(b.createdAt());
            case 2 -> b.facility().in(words.language());
            case 3 -> formats.shortStamp(b.startsAt());
            case 4 -> b.residentName();
            case 5 -> b.party();
            case 6 -> formats.number(b.fee());
            case 7 -> words.get(b.payment().messageKey());
            default -> b.terminalId();
        };
    }
}
