package org.madang.counter.residents;

import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.madang.core.residentfile.ResidentFile;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/** One section of a resident's file as a table: when, what, its number, its state. */
final class EntryTableModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final Formats formats;
    private final String[] columns;
    private transient List<ResidentFile.Entry> rows = List.of();

    EntryTableModel(Messages words) {
        this.words = words;
        this.formats = new Formats(words);
        columns = new String[] {words.get("counter.residents.column.when"), words.get("counter.payments.column.what"),
            words.get("counter.payments.column.number"), words.get("counter.residents.column.state")};
    }

    void setRows(List<ResidentFile.Entry> entries) {
        rows = List.copyOf(entries);
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
        ResidentFile.Entry e = rows.get(row);
        return switch (column) {
            case 0 -> formats.stamp(e.when());
            case 1 -> e.what().in(words.language());
            case 2 -> e.reference();
            default -> words.get(e.stateKey());
        };
    }
}
