package org.madang.counter.payments;

import java.time.LocalDateTime;
import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.madang.core.payment.FeeItem;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/** Fees due: what for, the number, whose, when used, how much, and when an unpaid booking lapses. */
final class FeeTableModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final Formats formats;
    private final String[] columns;
    private transient List<FeeItem> rows = List.of();
    private transient LocalDateTime now = LocalDateTime.MIN;

    FeeTableModel(Messages words) {
        this.words = words;
        this.formats = new Formats(words);
        columns = new String[] {words.get("counter.payments.column.kind"), words.get("counter.payments.column.number"),
            words.get("counter.column.resident"), words.get("counter.payments.column.what"), words.get("counter.payments.column.when"),
            words.get("counter.column.fee"), words.get("counter.column.payBy")};
    }

    void setRows(List<FeeItem> items, LocalDateTime at) {
        rows = List.copyOf(items);
        now = at;
        fireTableDataChanged();
    }

    FeeItem row(int modelRow) {
        return rows.get(modelRow);
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
    public Class<?> getColumnClass(int column) {
        return column == 5 ? Integer.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        FeeItem f = rows.get(row);
        return switch (column) {
            case 0 -> words.get(f.kind().messageKey());
            case 1 -> f.reference();
            case 2 -> f.residentName();
            case 3 -> f.what().in(words.language());
            case 4 -> formats.shortStamp(f.when());
            case 5 -> f.fee();
            default -> f.payBy() == null ? "" : words.get(f.payBy().isBefore(now.plusHours(24)) ? "counter.payments.lapsesSoon"
                    : "counter.payments.lapses", formats.shortStamp(f.payBy()));
        };
    }
}
