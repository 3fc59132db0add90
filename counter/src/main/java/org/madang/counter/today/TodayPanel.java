package org.madang.counter.today;

import com.formdev.flatlaf.FlatClientProperties;
import java.time.LocalDateTime;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTable;
import net.miginfocom.swing.MigLayout;
import org.madang.core.booking.BookingSummary;
import org.madang.core.payment.FeeItem;
import org.madang.counter.shell.Tables;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/**
 * The Bookings workspace: the bookings made today across the site, refreshed as they happen,
 * and the unpaid fee bookings the sweeper cancels at their deadline, soonest first.
 */
public final class TodayPanel extends JPanel implements TodayView {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final Formats formats;
    private final BookingTableModel model;
    private final JTable table;
    private final JLabel count = new JLabel();
    private final JLabel updated = new JLabel();
    private final JButton refresh;
    private final javax.swing.table.DefaultTableModel lapsingModel;
    private final JLabel lapsingTitle = new JLabel();

    public TodayPanel(Messages words) {
        // rows: head, today's table, the lapsing head and table, the clock
        super(new MigLayout("fill, wrap 1, insets 16", "[grow, fill]", "[][grow 65, fill][][grow 35, fill][]"));
        this.words = words;
        this.formats = new Formats(words);
        setName("screen.bookings");
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
        JPanel head = new JPanel(new MigLayout("insets 0, fillx", "[][grow][]"));
        head.add(title);
        head.add(count, "gapleft 16");
        head.add(refresh);
        add(head);
        add(Tables.scroll(table));
        lapsingModel = Tables.readOnly(words.get("counter.column.number"),
            words.get("counter.column.resident"), words.get("counter.column.facility"), words.get("counter.column.slot"),
            words.get("counter.column.fee"), words.get("counter.column.payBy"));
        JTable lapsing = new JTable(lapsingModel);
        lapsing.setName("bookings.lapsing");
        lapsing.setAutoCreateRowSorter(true);
        lapsing.setFillsViewportHeight(true);
        lapsingTitle.setName("bookings.lapsingTitle");
        lapsingTitle.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        add(lapsingTitle, "gaptop 8");
        add(Tables.scroll(lapsing));
        add(updated);
    }

    public void onRefresh(Runnable action) {
        refresh.addActionListener(e -> action.run());
    }

    @Override
    public void showBookings(List<BookingSummary> bookings, LocalDateTime updatedAt) {
        model.setRows(bookings);
        count.setText(words.get("counter.today.count", bookings.size()));
        updated.setText(words.get("counter.today.updated", formats.seconds(updatedAt)));
    }

    @Override
    public void showLapsing(List<FeeItem> lapsing, LocalDateTime now) {
        lapsingModel.setRowCount(0);
        for (FeeItem f : lapsing) {
            lapsingModel.addRow(new Object[] {f.reference(), f.residentName(), f.what().in(words.language()), formats.shortStamp(f.when()),
                formats.number(f.fee()), formats.shortStamp(f.payBy())});
        }
        lapsingTitle.setText(words.get("counter.bookings.lapsing", lapsing.size()));
    }

    @Override
    public void showFailure() {
        updated.setText(words.get("counter.failure"));
    }
}
