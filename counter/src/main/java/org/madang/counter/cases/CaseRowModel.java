package org.madang.counter.cases;

import java.time.LocalDate;
import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.madang.core.care.CaseRow;
import org.madang.ui.Messages;

/** The residents of a caseload: name, age, area, officer, last contact, next visit and the counts, each column sorting by its value. */
final class CaseRowModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    static final int NAME = 0;
    static final int OPEN = 6;
    static final int OVERDUE = 7;
    static final int FRESH = 8;
    private static final Class<?>[] TYPES = {String.class, Integer.class, String.class, String.class, LocalDate.class, LocalDate.class,
        Integer.class, Integer.class, Integer.class};

    private final String[] columns;
    private transient List<CaseRow> rows = List.of();
    private transient LocalDate today = LocalDate.MIN;

    CaseRowModel(Messages words) {
        columns = new String[] {words.get("counter.cases.column.name"), words.get("counter.cases.column.age"),
            words.get("counter.cases.column.area"), words.get("counter.cases.column.officer"), words.get("counter.cases.column.lastContact"),
            words.get("counter.cases.column.nextVisit"), words.get("counter.cases.column.open"), words.get("counter.cases.column.overdue"),
            words.get("counter.cases.column.fresh")};
    }

    void setRows(List<CaseRow> shown, LocalDate day) {
        rows = List.copyOf(shown);
        today = day;
        fireTableDataChanged();
    }

    CaseRow row(int modelRow) {
        return rows.get(modelRow);
    }

    /** The day the rows were read on. */
    LocalDate today() {
        return today;
    }

    List<CaseRow> rows() {
        return rows;
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
        return TYPES[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        CaseRow r = rows.get(row);
        return switch (column) {
            case NAME -> r.name();
            case 1 -> java.time.Period.between(r.birthDate(), today).getYears();
            case 2 -> r.area();
            case 3 -> r.officer() == null ? "" : r.officer().name();
            case 4 -> r.lastContact() == null ? null : r.lastContact().toLocalDate();
            case 5 -> r.nextVisit();
            case OPEN -> r.openNeeds();
            case OVERDUE -> r.overdue();
            default -> r.fresh();
        };
    }
}
