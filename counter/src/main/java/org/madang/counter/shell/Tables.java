package org.madang.counter.shell;

import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;

/** The counter's lists: tables the clerk reads (not edits), in scroll panes that keep their column names. */
public final class Tables {
    private Tables() {
    }

    /** A table model of these column names whose cells cannot be edited. */
    public static DefaultTableModel readOnly(Object... columns) {
        return new DefaultTableModel(columns, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
    }

    /** A scroll pane for a table, its header set at once so offscreen screenshots have the column names too. */
    public static JScrollPane scroll(JTable table) {
        JScrollPane pane = new JScrollPane(table);
        pane.setColumnHeaderView(table.getTableHeader());
        return pane;
    }
}
