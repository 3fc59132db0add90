package org.madang.counter.settings;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.booking.Closures;
import org.madang.core.facility.Facility;
import org.madang.counter.shell.Tables;
import org.madang.ui.Formats;
import org.madang.ui.Messages;
import org.madang.ui.widget.WrappingText;

/**
 * "휴관": close a facility or the whole centre for days — the bookings it hits are listed first,
 * then closing cancels them and tells the residents; the closures in force, with Reopen.
 */
public final class ClosuresPanel extends JPanel implements ClosuresView {
    private static final long serialVersionUID = 1L;

    private final transient Messages words;
    private final transient Formats formats;
    /** null stands for the whole centre. */
    private final JComboBox<Facility> facility = new JComboBox<>();
    private final JTextField first = new JTextField(10);
    private final JTextField last = new JTextField(10);
    private final JTextField reasonKo = new JTextField(30);
    private final JTextField reasonEn = new JTextField(30);
    private final JButton preview;
    private final JButton close;
    private final JButton reopen;
    private final WrappingText answer = new WrappingText("closure.answer", "body");
    private final DefaultTableModel hit;
    private final DefaultTableModel current;
    private final JTable currentTable;
    private transient List<Closures.Closure> shown = List.of();
    private transient List<Facility> facilities = List.of();

    public ClosuresPanel(Messages words) {
        super(new MigLayout("fill, wrap 1, insets 16", "[grow, fill]", "[][][][][grow 60, fill][][grow 40, fill][]"));
        this.words = words;
        this.formats = new Formats(words);
        setName("settings.closures");
        JLabel title = new JLabel(words.get("counter.closure.title"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        add(title);
        facility.setName("closure.facility");
        facility.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, value instanceof Facility f ? f.name().in(words.language())
                        : words.get("counter.closure.everything"), index, selected, focus);
            }
        });
        first.setName("closure.first");
        last.setName("closure.last");
        reasonKo.setName("closure.reasonKo");
        reasonEn.setName("closure.reasonEn");
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 4", "[][grow, fill][][grow, fill]"));
        form.add(new JLabel(words.get("counter.closure.facility")));
        form.add(facility, "span 3, growx");
        form.add(new JLabel(words.get("counter.closure.first")));
        form.add(first);
        form.add(new JLabel(words.get("counter.closure.last")));
        form.add(last);
        form.add(new JLabel(words.get("counter.closure.reasonKo")));
        form.add(reasonKo, "span 3, growx");
        form.add(new JLabel(words.get("counter.closure.reasonEn")));
        form.add(reasonEn, "span 3, growx");
        add(form);
        preview = new JButton(words.get("counter.closure.preview"));
        preview.setName("closure.preview");
        close = new JButton(words.get("counter.closure.close"));
        close.setName("closure.close");
        JPanel acts = new JPanel(new MigLayout("insets 0", "[][]push"));
        acts.add(preview);
        acts.add(close);
        add(acts);
        add(answer);
        hit = Tables.readOnly(words.get("counter.closure.col.when"), words.get("counter.closure.col.facility"),
                words.get("counter.closure.col.booking"), words.get("counter.closure.col.who"), words.get("counter.closure.col.refund"));
        JTable hitTable = new JTable(hit);
        hitTable.setName("closure.hit");
        hitTable.setFillsViewportHeight(true);
        add(Tables.scroll(hitTable));
        JLabel inForce = new JLabel(words.get("counter.closure.inForce"));
        inForce.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        add(inForce);
        current = Tables.readOnly(words.get("counter.closure.col.days"), words.get("counter.closure.col.facility"),
                words.get("counter.closure.col.reason"), words.get("counter.closure.col.by"));
        currentTable = new JTable(current);
        currentTable.setName("closure.current");
        currentTable.setFillsViewportHeight(true);
        add(Tables.scroll(currentTable));
        reopen = new JButton(words.get("counter.closure.reopen"));
        reopen.setName("closure.reopen");
        add(reopen, "growx 0");
    }

    public void attach(ClosuresPresenter presenter) {
        preview.addActionListener(e -> presenter.preview(chosen(), first.getText(), last.getText(), reasonKo.getText(), reasonEn.getText()));
        close.addActionListener(e -> presenter.close(chosen(), first.getText(), last.getText(), reasonKo.getText(), reasonEn.getText()));
        reopen.addActionListener(e -> {
            int row = currentTable.getSelectedRow();
            if (row >= 0 && row < shown.size()) {
                presenter.reopen(shown.get(row).id());
            }
        });
    }

    private Optional<Long> chosen() {
        return facility.getSelectedItem() instanceof Facility f ? Optional.of(f.id()) : Optional.empty();
    }

    @Override
    public void showClosures(List<Facility> all, List<Closures.Closure> now) {
        Object was = facility.getSelectedItem();
        facilities = List.copyOf(all);
        facility.removeAllItems();
        facility.addItem(null);
        all.forEach(facility::addItem);
        if (was != null) {
            facility.setSelectedItem(was);
        }
        shown = List.copyOf(now);
        current.setRowCount(0);
        for (Closures.Closure c : now) {
            current.addRow(new Object[] {c.firstDay().equals(c.lastDay()) ? c.firstDay().toString() : c.firstDay() + " ~ " + c.lastDay(),
                c.facilityId().flatMap(id -> facilities.stream().filter(f -> f.id() == id).findFirst())
                        .map(f -> f.name().in(words.language())).orElse(words.get("counter.closure.everything")),
                "ko".equals(words.language()) ? c.reasonKo() : c.reasonEn(), c.createdBy()});
        }
    }

    @Override
    public void showPreview(Closures.Preview p) {
        fill(p);
        if (!p.valid()) {
            answer.say(p.refused().values().stream().map(this::said).collect(Collectors.joining(" ")));
            answer.putClientProperty(FlatClientProperties.STYLE_CLASS, "refusal");
        } else {
            answer.say(words.get("counter.closure.affects", p.bookings().size(), p.slots(), p.waiting()));
            answer.putClientProperty(FlatClientProperties.STYLE_CLASS, "body");
        }
    }

    @Override
    public void showClosed(Closures.Preview done) {
        fill(done);
        answer.say(words.get("counter.closure.closed", done.bookings().size()));
        answer.putClientProperty(FlatClientProperties.STYLE_CLASS, "good");
    }

    @Override
    public void showReopened() {
        answer.say(words.get("counter.closure.reopened"));
        answer.putClientProperty(FlatClientProperties.STYLE_CLASS, "good");
    }

    @Override
    public void showRefusal(Refusal refusal) {
        answer.say(said(refusal));
        answer.putClientProperty(FlatClientProperties.STYLE_CLASS, "refusal");
    }

    @Override
    public void showFailure() {
        answer.say(words.get("counter.failure"));
        answer.putClientProperty(FlatClientProperties.STYLE_CLASS, "refusal");
    }

    /** Types a closure into the form (screenshots, tests). */
    public void type(Optional<Long> facilityId, String firstDay, String lastDay, String ko, String en) {
        facility.setSelectedItem(facilityId.flatMap(id -> facilities.stream().filter(f -> f.id() == id).findFirst()).orElse(null));
        first.setText(firstDay);
        last.setText(lastDay);
        reasonKo.setText(ko);
        reasonEn.setText(en);
    }

    private void fill(Closures.Preview p) {
        hit.setRowCount(0);
        for (Closures.Affected a : p.bookings()) {
            hit.addRow(new Object[] {formats.stamp(a.startsAt()), a.facility().name().in(words.language()), a.number(), a.residentMasked(),
                formats.number(a.refund())});
        }
    }

    private String said(Refusal r) {
        return words.get(r.messageKey(), r.args().toArray());
    }
}
