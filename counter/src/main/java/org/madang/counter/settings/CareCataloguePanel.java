package org.madang.counter.settings;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.care.CareCatalogue;
import org.madang.core.care.CatalogueEntry;
import org.madang.core.facility.Localized;
import org.madang.counter.shell.ActLine;
import org.madang.counter.shell.Tables;
import org.madang.ui.Messages;

/**
 * Settings → 복지 목록: the kinds of need (the kiosk's topics) and the welfare services, each with
 * its code, Korean and English name and whether it is offered; a chosen line fills the form to
 * rename it or switch it off; a new code adds one.
 */
public final class CareCataloguePanel extends JPanel implements CareCatalogueView {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final DefaultTableModel needModel;
    private final DefaultTableModel serviceModel;
    private final JTable needs;
    private final JTable services;
    private final JComboBox<String> part = new JComboBox<>();
    private final JTextField code = new JTextField(14);
    private final JTextField nameKo = new JTextField(18);
    private final JTextField nameEn = new JTextField(18);
    private final JCheckBox active = new JCheckBox();
    private final ActLine message = new ActLine();
    private transient List<CatalogueEntry> needRows = List.of();
    private transient List<CatalogueEntry> serviceRows = List.of();
    private transient CareCataloguePresenter presenter;

    public CareCataloguePanel(Messages words) {
        super(new MigLayout("insets 12, fill, gap 12", "[grow, fill][grow, fill][340!]", "[][grow, fill]"));
        this.words = words;
        setName("settings.care");
        needModel = Tables.readOnly(words.get("counter.care.code"), words.get("counter.care.nameKo"), words.get("counter.care.nameEn"),
                words.get("counter.care.active"));
        serviceModel = Tables.readOnly(words.get("counter.care.code"), words.get("counter.care.nameKo"), words.get("counter.care.nameEn"),
                words.get("counter.care.active"));
        needs = table("care.needs", needModel);
        services = table("care.services", serviceModel);
        needs.getSelectionModel().addListSelectionListener(e -> chosen(needs, needRows, 0));
        services.getSelectionModel().addListSelectionListener(e -> chosen(services, serviceRows, 1));
        part.setName("care.part");
        part.addItem(words.get("counter.care.needs"));
        part.addItem(words.get("counter.care.services"));
        code.setName("care.code");
        nameKo.setName("care.nameKo");
        nameEn.setName("care.nameEn");
        active.setName("care.active");
        active.setText(words.get("counter.care.offered"));
        active.setSelected(true);
        message.setName("care.message");
        JButton save = new JButton(words.get("counter.care.save"));
        save.setName("care.save");
        save.addActionListener(e -> presenter.save(part.getSelectedIndex() == 0 ? CareCatalogue.Part.NEEDS : CareCatalogue.Part.SERVICES,
                new CatalogueEntry(code.getText().strip(), new Localized(nameKo.getText(), nameEn.getText()), active.isSelected())));
        JButton fresh = new JButton(words.get("counter.care.new"));
        fresh.setName("care.new");
        fresh.addActionListener(e -> {
            needs.clearSelection();
            services.clearSelection();
            code.setText("");
            nameKo.setText("");
            nameEn.setText("");
            active.setSelected(true);
            code.requestFocusInWindow();
        });

        JLabel needTitle = new JLabel(words.get("counter.care.needs"));
        needTitle.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        JLabel serviceTitle = new JLabel(words.get("counter.care.services"));
        serviceTitle.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        JPanel form = new JPanel(new MigLayout("wrap 2, insets 0, gap 8", "[right][grow, fill, 60::]"));
        JLabel formTitle = new JLabel(words.get("counter.care.form"));
        formTitle.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        form.add(formTitle, "span 2, left");
        form.add(new JLabel(words.get("counter.care.list")));
        form.add(part);
        form.add(new JLabel(words.get("counter.care.code")));
        form.add(code);
        form.add(new JLabel(words.get("counter.care.nameKo")));
        form.add(nameKo);
        form.add(new JLabel(words.get("counter.care.nameEn")));
        form.add(nameEn);
        form.add(active, "skip");
        form.add(save, "skip, split 2");
        form.add(fresh);
        org.madang.ui.widget.WrappingText rule = new org.madang.ui.widget.WrappingText("care.rule", "hint");
        rule.say(words.get("counter.care.rule"));
        form.add(rule, "span 2, growx, wmin 0");
        form.add(message, "span 2, left, gaptop 12, wmin 0");

        add(needTitle);
        add(serviceTitle);
        add(form, "spany 2, top, growx, wmin 0, wrap");
        add(Tables.scroll(needs));
        add(Tables.scroll(services));
    }

    public void attach(CareCataloguePresenter cataloguePresenter) {
        this.presenter = cataloguePresenter;
    }

    private static JTable table(String name, DefaultTableModel model) {
        JTable t = new JTable(model);
        t.setName(name);
        t.setFillsViewportHeight(true);
        t.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        return t;
    }

    private void chosen(JTable table, List<CatalogueEntry> rows, int partIndex) {
        int row = table.getSelectedRow();
        if (row < 0 || row >= rows.size()) {
            return;
        }
        (partIndex == 0 ? services : needs).clearSelection();
        CatalogueEntry e = rows.get(row);
        part.setSelectedIndex(partIndex);
        code.setText(e.code());
        nameKo.setText(e.name().ko());
        nameEn.setText(e.name().en());
        active.setSelected(e.active());
    }

    @Override
    public void showLists(List<CatalogueEntry> needKinds, List<CatalogueEntry> welfareServices) {
        needRows = new ArrayList<>(needKinds);
        serviceRows = new ArrayList<>(welfareServices);
        fill(needModel, needRows);
        fill(serviceModel, serviceRows);
    }

    private void fill(DefaultTableModel model, List<CatalogueEntry> rows) {
        model.setRowCount(0);
        for (CatalogueEntry e : rows) {
            model.addRow(new Object[] {e.code(), e.name().ko(), e.name().en(), words.get(e.active() ? "counter.care.yes" : "counter.care.no")});
        }
    }

    @Override
    public void showSaved(CatalogueEntry entry) {
        for (JComponent c : List.of(code, nameKo, nameEn)) {
            c.putClientProperty(FlatClientProperties.OUTLINE, null);
        }
        message.say(words.get("counter.care.saved", entry.name().in(words.language())), false);
    }

    @Override
    public void showInvalid(Map<String, Refusal> fields) {
        List<String> said = new ArrayList<>();
        Map<String, JComponent> byName = Map.of("code", code, "nameKo", nameKo, "nameEn", nameEn);
        byName.forEach((n, c) -> c.putClientProperty(FlatClientProperties.OUTLINE, fields.containsKey(n) ? FlatClientProperties.OUTLINE_ERROR
                : null));
        fields.forEach((n, why) -> said.add(words.get("code".equals(n) ? "counter.care.code" : "nameKo".equals(n) ? "counter.care.nameKo"
                : "counter.care.nameEn") + ": " + words.say(why)));
        message.say(String.join(" · ", said), true);
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
