package org.madang.counter.residents;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.CardLayout;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.residentfile.ResidentFile;
import org.madang.core.resident.ResidentRegistry;
import org.madang.core.residentfile.ResidentSearch;
import org.madang.counter.shell.ActLine;
import org.madang.counter.shell.Tables;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/**
 * The Residents workspace (주민): what the top bar's search found (a list to choose from), the
 * chosen resident's file, and the form to register someone new — in place, no dialog.
 */
public final class ResidentsPanel extends JPanel implements ResidentsView {
    private static final long serialVersionUID = 1L;
    private static final String FILE = "file";
    private static final String REGISTER = "register";
    private static final String EMPTY = "empty";
    private static final String BEHALF = "behalf";
    private static final String ISSUE = "issue";

    private final Messages words;
    private final Formats formats;
    private final ActLine message = new ActLine();
    private final DefaultTableModel hitsModel;
    private final JTable hits;
    private transient List<ResidentSearch.Hit> hitRows = List.of();
    private final CardLayout cards = new CardLayout();
    private final JPanel right = new JPanel(cards);
    private final ResidentFilePanel file;
    private final JTextField newName = new JTextField(14);
    private final JTextField newRrn = new JTextField(14);
    private final JTextField newPhone = new JTextField(14);
    private final JTextField newAddress = new JTextField(28);
    private final JCheckBox newCounty = new JCheckBox();
    private final JCheckBox newConsent = new JCheckBox();
    private final JCheckBox sameHousehold = new JCheckBox();
    private final JComboBox<String> relation = new JComboBox<>(new String[] {"SPOUSE", "CHILD", "PARENT", "SIBLING", "OTHER"});
    private transient ResidentsPresenter presenter;
    private Long openId;
    private final org.madang.counter.behalf.BehalfPanel behalf;
    private transient org.madang.counter.behalf.BehalfPresenter behalfPresenter;
    private javax.swing.JComponent issuing = new JPanel();

    public ResidentsPanel(Messages words) {
        super(new MigLayout("fill, insets 16, gap 12", "[360!][grow, fill]", "[][grow, fill]"));
        this.words = words;
        this.formats = new Formats(words);
        setName("screen.residents");
        message.setName("residents.message");
        hitsModel = Tables.readOnly(words.get("counter.residents.column.name"), words.get("counter.residents.column.born"),
            words.get("counter.residents.column.phone"));
        hits = new JTable(hitsModel);
        hits.setName("residents.hits");
        hits.setFillsViewportHeight(true);
        hits.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        hits.getSelectionModel().addListSelectionListener(e -> {
            int row = hits.getSelectedRow();
            if (!e.getValueIsAdjusting() && row >= 0 && presenter != null) {
                long id = hitRows.get(row).resident().id();
                if (openId == null || openId != id) {
                    presenter.open(id);
                }
            }
        });
        JButton register = new JButton(words.get("counter.residents.new"));
        register.setName("residents.new");
        register.addActionListener(e -> {
            sameHousehold.setEnabled(openId != null);
            sameHousehold.setSelected(false);
            cards.show(right, REGISTER);
            newName.requestFocusInWindow();
        });
        JLabel title = new JLabel(words.get("counter.residents.title"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        add(title, "split 2");
        add(register, "gapleft push");
        add(message, "wmin 0");
        JScrollPane list = new JScrollPane(hits);
        list.setColumnHeaderView(hits.getTableHeader());
        add(list, "newline");

        file = new ResidentFilePanel(words, reason -> presenter.reveal(reason), this::act);
        file.allowReveal(false);
        behalf = new org.madang.counter.behalf.BehalfPanel(words, () -> cards.show(right, FILE));
        JLabel empty = new JLabel(words.get("counter.residents.empty"));
        empty.setName("residents.empty");
        JPanel emptyPanel = new JPanel(new MigLayout("insets 24"));
        emptyPanel.add(empty);
        right.add(emptyPanel, EMPTY);
        right.add(file, FILE);
        right.add(registerForm(), REGISTER);
        right.add(behalf, BEHALF);
        add(right, "grow, wmin 0");
    }

    private JPanel registerForm() {
        JPanel form = new JPanel(new MigLayout("wrap 2, insets 12, gap 10 8", "[right][grow, fill]"));
        form.setName("residents.register");
        JLabel heading = new JLabel(words.get("counter.residents.new"));
        heading.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        form.add(heading, "span 2, left");
        field(form, "register.name", "counter.residents.field.name", newName);
        field(form, "register.rrn", "counter.residents.field.rrn", newRrn);
        field(form, "register.phone", "counter.residents.field.phone", newPhone);
        field(form, "register.address", "counter.residents.field.address", newAddress);
        newCounty.setName("register.county");
        newCounty.setText(words.get("counter.residents.field.county"));
        newCounty.setSelected(true);
        newConsent.setName("register.consent");
        newConsent.setText(words.get("counter.residents.field.consent"));
        sameHousehold.setName("register.household");
        sameHousehold.setText(words.get("counter.residents.field.household"));
        relation.setName("register.relation");
        relation.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index, boolean selected,
                                                                   boolean focus) {
                return super.getListCellRendererComponent(list, words.get(org.madang.ui.HouseholdWords.relation(String.valueOf(value))), index, selected, focus);
            }
        });
        form.add(newCounty, "skip");
        form.add(newConsent, "skip");
        form.add(sameHousehold, "skip, split 2");
        form.add(relation);
        JButton save = new JButton(words.get("counter.residents.save"));
        save.setName("register.save");
        save.addActionListener(e -> presenter.register(new ResidentRegistry.NewResident(newName.getText(), newRrn.getText(),
                newPhone.getText(), newAddress.getText(), newCounty.isSelected(), newConsent.isSelected(),
                sameHousehold.isSelected() ? openId : null, sameHousehold.isSelected() ? (String) relation.getSelectedItem() : null)));
        JButton cancel = new JButton(words.get("counter.residents.cancel"));
        cancel.setName("register.cancel");
        cancel.addActionListener(e -> cards.show(right, openId == null ? EMPTY : FILE));
        form.add(save, "skip, split 2");
        form.add(cancel);
        return form;
    }

    private void field(JPanel form, String name, String labelKey, JTextField field) {
        field.setName(name);
        JLabel label = new JLabel(words.get(labelKey));
        label.setLabelFor(field);
        form.add(label);
        form.add(field);
    }

    /** Whether the signed-in clerk's role may show a full registration number. */
    public void allowReveal(boolean allowed) {
        file.allowReveal(allowed);
    }

    /**
     * Adds issuing a document to the resident view (a site that issues documents).
     *
     * @param panel the issuing form, shown in place of the file
     * @param forResident tells it whose file is open
     */
    /** The welfare lines of the resident view (officer, case summary, a phone request). */
    public void addCare(javax.swing.JComponent panel) {
        file.addCare(panel);
    }

    public void addIssuing(javax.swing.JComponent panel, java.util.function.LongConsumer forResident) {
        issuing = panel;
        right.add(panel, ISSUE);
        file.allowIssuing(() -> {
            if (openId != null) {
                forResident.accept(openId);
                cards.show(right, ISSUE);
            }
        });
    }

    /** Back from an act to the open resident's file. */
    public void backToFile() {
        cards.show(right, openId == null ? EMPTY : FILE);
    }

    /** Whether the signed-in clerk's role may lift or shorten a booking ban. */
    public void allowBanChange(boolean allowed) {
        behalf.allowBanChange(allowed);
    }

    public void attach(ResidentsPresenter residents, org.madang.counter.behalf.BehalfPresenter forResident) {
        this.presenter = residents;
        this.behalfPresenter = forResident;
        behalf.attach(forResident);
    }

    /** The panel that books and enrols for the open resident, for its presenter. */
    public org.madang.counter.behalf.BehalfView behalfView() {
        return behalf;
    }

    /** Booking and enrolling for the open resident, in place of their file. */
    private void act() {
        if (openId != null) {
            behalfPresenter.forResident(openId);
            cards.show(right, BEHALF);
        }
    }


    @Override
    public void showHits(String typed, List<ResidentSearch.Hit> found) {
        hitRows = List.copyOf(found);
        hitsModel.setRowCount(0);
        for (ResidentSearch.Hit h : found) {
            hitsModel.addRow(new Object[] {h.resident().name(), formats.day(h.resident().birthDate()), h.phone() == null ? "" : h.phone()});
        }
        message.say(found.isEmpty() ? words.get("counter.residents.none", typed) : words.get("counter.residents.found", found.size()), found.isEmpty());
    }

    @Override
    public void showRefusal(Refusal refusal) {
        message.say(words.say(refusal), true);
    }

    @Override
    public void showFile(ResidentFile shown) {
        boolean acting = (behalf.isShowing() || issuing.isShowing()) && openId != null && openId == shown.resident().id();
        openId = shown.resident().id();
        file.show(shown);
        behalf.showFile(shown);
        if (!acting) {
            cards.show(right, FILE);
        }
        for (int r = 0; r < hitRows.size(); r++) {
            if (hitRows.get(r).resident().id() == openId && hits.getSelectedRow() != r) {
                hits.setRowSelectionInterval(r, r);
            }
        }
    }

    @Override
    public void showRevealed(String rrn) {
        file.showRevealed(rrn);
        message.say(words.get("counter.residents.revealed"), false);
    }

    @Override
    public void showDone(String messageKey, Object... args) {
        message.say(words.get(messageKey, args), false);
    }

    @Override
    public void showFailure() {
        message.say(words.get("counter.failure"), true);
    }
}
