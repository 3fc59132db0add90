package org.madang.counter.learning;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SpinnerNumberModel;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.course.Course;
import org.madang.core.course.CourseRoster;
import org.madang.counter.shell.ActLine;
import org.madang.counter.shell.Tables;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/**
 * Courses → register (출석부): the courses under way on the left; the chosen class's register
 * on the right, a tick for each resident who came. Ticks the clerk changed and has not saved
 * stay as they are when a kiosk check-in refreshes the list.
 */
public final class AttendancePanel extends JPanel implements AttendanceView {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final Formats formats;
    private final DefaultListModel<Course> courses = new DefaultListModel<>();
    private final JList<Course> courseList = new JList<>(courses);
    private final JLabel heading = new JLabel(" ");
    private final JSpinner session = new JSpinner(new SpinnerNumberModel(1, 1, 1, 1));
    private final DefaultTableModel model;
    private final JTable table;
    private final JButton save;
    private final ActLine message = new ActLine();
    private transient List<CourseRoster.Line> lines = List.of();
    /** Ticks changed by the clerk and not saved yet, by enrolment. */
    private final Map<Long, Boolean> unsaved = new HashMap<>();
    private String shownKey = "";
    private transient AttendancePresenter presenter;
    private boolean loading;

    public AttendancePanel(Messages words) {
        super(new MigLayout("fill, insets 16, gap 12", "[320!][grow, fill]", "[grow, fill]"));
        this.words = words;
        this.formats = new Formats(words);
        setName("screen.attendance");
        courseList.setName("attendance.courses");
        courseList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        courseList.setCellRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
                Course c = (Course) value;
                String text = words.get("counter.attendance.course", c.title().in(words.language()),
                        formats.weeklyTime(c.firstSessionStart()), c.enrolled());
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        });
        courseList.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && courseList.getSelectedValue() != null && !loading) {
                presenter.chooseCourse(courseList.getSelectedValue());
            }
        });
        heading.setName("attendance.heading");
        heading.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        session.setName("attendance.session");
        session.addChangeListener(e -> {
            if (!loading) {
                presenter.chooseSession((Integer) session.getValue());
            }
        });
        model = new DefaultTableModel(new Object[] {words.get("counter.attendance.came"), words.get("counter.attendance.name"),
            words.get("counter.attendance.sofar")}, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public Class<?> getColumnClass(int column) {
                return column == 0 ? Boolean.class : column == 2 ? Integer.class : String.class;
            }

            @Override
            public boolean isCellEditable(int row, int column) {
                return column == 0;
            }
        };
        model.addTableModelListener(e -> {
            if (!loading && e.getColumn() == 0 && e.getFirstRow() >= 0 && e.getFirstRow() < lines.size()) {
                CourseRoster.Line line = lines.get(e.getFirstRow());
                boolean ticked = Boolean.TRUE.equals(model.getValueAt(e.getFirstRow(), 0));
                if (ticked == line.present()) {
                    unsaved.remove(line.enrolmentId());
                } else {
                    unsaved.put(line.enrolmentId(), ticked);
                }
            }
        });
        table = new JTable(model);
        table.setName("attendance.register");
        table.setFillsViewportHeight(true);
        table.getColumnModel().getColumn(0).setMaxWidth(90);
        save = new JButton(words.get("counter.attendance.save"));
        save.setName("attendance.save");
        save.putClientProperty(FlatClientProperties.STYLE_CLASS, "deskPrimary");
        save.setEnabled(false);
        save.addActionListener(e -> {
            if (table.isEditing()) {
                table.getCellEditor().stopCellEditing();
            }
            presenter.save(ticked());
        });
        message.setName("attendance.message");

        add(new JScrollPane(courseList), "grow");
        JPanel right = new JPanel(new MigLayout("fill, wrap 1, insets 0", "[grow, fill]", "[][grow, fill][]"));
        right.add(heading, "split 3, wmin 0");
        right.add(new JLabel(words.get("counter.attendance.session")), "gapleft push, growx 0");
        right.add(session, "growx 0, w 80!");
        right.add(Tables.scroll(table));
        right.add(save, "split 2, growx 0");
        right.add(message, "gapleft 16, wmin 0");
        add(right, "grow");
    }

    public void attach(AttendancePresenter attendancePresenter) {
        this.presenter = attendancePresenter;
    }

    private Set<Long> ticked() {
        Set<Long> present = new HashSet<>();
        for (int r = 0; r < lines.size(); r++) {
            if (Boolean.TRUE.equals(model.getValueAt(r, 0))) {
                present.add(lines.get(r).enrolmentId());
            }
        }
        return present;
    }

    @Override
    public void showCourses(List<Course> running) {
        loading = true;
        courses.clear();
        running.forEach(courses::addElement);
        loading = false;
        if (running.isEmpty()) {
            heading.setText(words.get("counter.attendance.none"));
        }
    }

    @Override
    public void showRegister(CourseRoster.Register register) {
        String key = register.course().id() + "/" + register.session();
        boolean another = !key.equals(shownKey);
        if (another) {
            unsaved.clear();
            shownKey = key;
        }
        loading = true;
        lines = register.lines();
        model.setRowCount(0);
        for (CourseRoster.Line l : lines) {
            boolean came = unsaved.getOrDefault(l.enrolmentId(), l.present());
            model.addRow(new Object[] {came, l.name(), l.attended()});
        }
        session.setModel(new SpinnerNumberModel(register.session(), 1, register.course().sessions(), 1));
        loading = false;
        heading.setText(words.get("counter.attendance.heading", register.course().title().in(words.language()), register.session(),
                formats.weekdayTime(register.starts())));
        save.setEnabled(!lines.isEmpty());
        if (another || lines.isEmpty()) {
            // a refresh of the same register (a kiosk check-in) keeps what the last act said
            message.say(lines.isEmpty() ? words.get("counter.attendance.nobody") : " ", false);
        }
    }

    @Override
    public void showSaved(int present) {
        unsaved.clear();
        message.say(words.get("counter.attendance.saved", present, lines.size()), false);
    }

    @Override
    public void showRefusal(Refusal refusal) {
        message.say(words.say(refusal), true);
    }

    @Override
    public void showFailure() {
        message.say(words.get("counter.failure"), true);
    }

}
