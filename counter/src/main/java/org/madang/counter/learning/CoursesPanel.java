package org.madang.counter.learning;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.course.CourseEnrolments;
import org.madang.core.course.CourseWishes;
import org.madang.ui.CourseWords;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/** Courses at the counter: who got a seat from a waiting list, and what residents wish to learn, by subject with counts. */
public final class CoursesPanel extends JPanel implements CoursesView {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final Formats formats;
    private final DefaultTableModel promoted;
    private final DefaultTableModel wishes;
    private final DefaultTableModel latest;
    private final JTable wishTable;
    private final JLabel latestTitle = new JLabel();
    private final JLabel problem = new JLabel();
    private final JButton refresh;
    private transient List<CourseWishes.WishCount> shownCounts = List.of();

    public CoursesPanel(Messages words) {
        super(new MigLayout("fill, wrap 2, insets 16", "[grow, fill][grow, fill]", "[][][][grow, fill][][grow, fill]"));
        this.words = words;
        this.formats = new Formats(words);
        setName("screen.courses");
        JLabel title = new JLabel(words.get("counter.courses.title"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        refresh = new JButton(words.get("counter.today.refresh"));
        refresh.setName("courses.refresh");
        add(title, "split 2");
        add(refresh, "align right, growx 0");
        problem.setName("courses.problem");
        add(problem, "span 2");
        promoted = table(words.get("counter.courses.promoted.resident"), words.get("counter.courses.promoted.course"),
                words.get("counter.courses.promoted.waitNo"), words.get("counter.courses.promoted.when"));
        wishes = table(words.get("counter.courses.wish.topic"), words.get("counter.courses.wish.count"), words.get("counter.courses.wish.latest"));
        latest = table(words.get("counter.courses.wish.day"), words.get("counter.courses.wish.time"), words.get("counter.courses.wish.words"));
        JLabel promotedTitle = new JLabel(words.get("counter.courses.promoted", CoursesPresenter.PROMOTED_DAYS));
        promotedTitle.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        JLabel wishTitle = new JLabel(words.get("counter.courses.wishes"));
        wishTitle.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        add(promotedTitle);
        add(wishTitle);
        add(scroll(promoted, "courses.promoted"), "spany 3, grow");
        wishTable = (JTable) ((JScrollPane) add(scroll(wishes, "courses.wishes"))).getViewport().getView();
        wishTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        latestTitle.setName("courses.latestTitle");
        add(latestTitle);
        add(scroll(latest, "courses.latest"));
    }

    private static DefaultTableModel table(String... columns) {
        return new DefaultTableModel(columns, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
    }

    private static JScrollPane scroll(DefaultTableModel model, String name) {
        JTable t = new JTable(model);
        t.setName(name);
        t.setFillsViewportHeight(true);
        JScrollPane pane = new JScrollPane(t);
        pane.setColumnHeaderView(t.getTableHeader());
        return pane;
    }

    public void onRefresh(Runnable action) {
        refresh.addActionListener(e -> action.run());
    }

    /** What choosing a subject in the wish table does. */
    public void onTopic(Consumer<String> action) {
        wishTable.getSelectionModel().addListSelectionListener(e -> {
            int row = wishTable.getSelectedRow();
            if (!e.getValueIsAdjusting() && row >= 0 && row < shownCounts.size()) {
                action.accept(shownCounts.get(wishTable.convertRowIndexToModel(row)).topic());
            }
        });
    }

    @Override
    public void showPromoted(List<CourseEnrolments.Promotion> list) {
        problem.setText("");
        promoted.setRowCount(0);
        for (CourseEnrolments.Promotion p : list) {
            promoted.addRow(new Object[] {p.residentMasked(), p.course().in(words.language()), p.waitlistNo(), formats.shortStamp(p.seatedAt())});
        }
    }

    @Override
    public void showWishes(List<CourseWishes.WishCount> counts) {
        problem.setText("");
        shownCounts = List.copyOf(counts);
        wishes.setRowCount(0);
        for (CourseWishes.WishCount c : counts) {
            wishes.addRow(new Object[] {topicName(c.topic()), c.count(), formats.shortStamp(c.latest())});
        }
    }

    @Override
    public void showWords(String topic, List<CourseWishes.Wish> list) {
        latestTitle.setText(words.get("counter.courses.wish.of", topicName(topic)));
        latest.setRowCount(0);
        for (CourseWishes.Wish w : list) {
            latest.addRow(new Object[] {w.weekday().map(d -> java.time.DayOfWeek.of(d).getDisplayName(java.time.format.TextStyle.SHORT,
                    words.locale())).orElse("–"), w.timeOfDay().map(t -> words.get(CourseWords.timeOfDay(t))).orElse("–"), w.words()});
        }
    }

    @Override
    public void showFailure() {
        problem.setText(words.get("counter.courses.failed"));
        problem.putClientProperty(FlatClientProperties.STYLE_CLASS, "refusal");
    }

    private String topicName(String topic) {
        return words.get(CourseWords.category(topic));
    }
}
