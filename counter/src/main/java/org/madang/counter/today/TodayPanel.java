package org.madang.counter.today;

import com.formdev.flatlaf.FlatClientProperties;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import net.miginfocom.swing.MigLayout;
import org.madang.core.booking.BookingSummary;
import org.madang.core.terminal.StaffCall;
import org.madang.ui.Messages;

/** The bookings made today across the site, refreshed as they happen. */
public final class TodayPanel extends JPanel implements TodayView {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final BookingTableModel model;
    private final JTable table;
    private final JLabel count = new JLabel();
    private final JLabel updated = new JLabel();
    private final JButton refresh;
    private final JPanel alerts = new JPanel(new MigLayout("insets 8, fillx, wrap 2, hidemode 3", "[grow][]"));
    private java.util.function.LongConsumer answer = id -> { };

    public TodayPanel(Messages words, String clerkName) {
        // rows: head, staff calls (no height while there are none), the table that takes the rest, the clock
        super(new MigLayout("fill, wrap 1, insets 16", "[grow, fill]", "[][][grow, fill][]"));
        this.words = words;
        setName("screen.today");
        model = new BookingTableModel(words);
        table = new JTable(model);
        table.setName("today.table");
        table.setAutoCreateRowSorter(true);
        table.setFillsViewportHeight(true);
        JLabel title = new JLabel(words.get("counter.today.title"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        count.setName("today.count");
        updated.setName("today.updated");
        refresh = new JButton(words.get("counter.today.refresh"));
        refresh.setName("today.refresh");
        JPanel head = new JPanel(new MigLayout("insets 0, fillx", "[][grow][][]"));
        head.add(title);
        head.add(count, "gapleft 16");
        head.add(new JLabel(words.get("counter.signedIn", clerkName)), "gapright 16");
        head.add(refresh);
        add(head);
        alerts.setName("today.staffCalls");
        alerts.putClientProperty(FlatClientProperties.STYLE_CLASS, "alert");
        alerts.setVisible(false);
        add(alerts, "hidemode 2");
        JScrollPane scroll = new JScrollPane(table);
        // set here, not only when shown, so offscreen screenshots have the column names too
        scroll.setColumnHeaderView(table.getTableHeader());
        add(scroll);
        add(updated);
    }

    public void onRefresh(Runnable action) {
        refresh.addActionListener(e -> action.run());
    }

    @Override
    public void showBookings(List<BookingSummary> bookings, LocalDateTime updatedAt) {
        model.setRows(bookings);
        count.setText(words.get("counter.today.count", bookings.size()));
        updated.setText(words.get("counter.today.updated", updatedAt.format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
    }

    /** What "On my way" does with a call's id. */
    public void onAnswer(java.util.function.LongConsumer action) {
        answer = action;
    }

    @Override
    public void showStaffCalls(List<StaffCall> open) {
        alerts.removeAll();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        for (StaffCall call : open) {
            JLabel text = new JLabel(words.get("counter.staffCall", call.terminalId(), KioskScreenNames.of(call.screen(), words),
                    call.calledAt().format(time)));
            text.setName("staffCall." + call.id());
            text.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
            JButton go = new JButton(words.get("counter.staffCall.answer"));
            go.setName("staffCall.answer." + call.id());
            go.addActionListener(e -> answer.accept(call.id()));
            alerts.add(text);
            alerts.add(go);
        }
        alerts.setVisible(!open.isEmpty());
        revalidate();
        repaint();
    }

    @Override
    public void showFailure() {
        updated.setText(words.get("counter.failure"));
    }
}
