package org.madang.counter.settings;

import com.formdev.flatlaf.FlatClientProperties;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.clerk.ClerkAccount;
import org.madang.core.clerk.Role;
import org.madang.counter.shell.Tables;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/**
 * Settings → staff accounts: the list on the left (sortable), the chosen account's acts and a
 * new account's form on the right. A temporary password is shown once, in the panel, not in a
 * dialog that would stop the desk.
 */
public final class ClerksPanel extends JPanel implements ClerksView {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final Formats formats;
    private final Clock clock;
    private final DefaultTableModel model;
    private final JTable table;
    private final List<ClerkAccount> shown = new ArrayList<>();
    private final JLabel chosen = new JLabel();
    private final JComboBox<Role> role = roles();
    private final JButton changeRole;
    private final JButton reset;
    private final JButton unlock;
    private final JButton onOff;
    private final JTextField newLogin = new JTextField(14);
    private final JTextField newName = new JTextField(14);
    private final JComboBox<Role> newRole = roles();
    /** Where the new account belongs: shown to the county's administrator only. */
    private final JComboBox<org.madang.core.clerk.ClerkAccounts.Place> newPlace = new JComboBox<>();
    private final JLabel newPlaceLabel;
    private final java.util.Map<String, String> centreNames = new java.util.HashMap<>();
    private final javax.swing.table.TableColumn centreColumn;
    private final JButton create;
    private final JLabel message = new JLabel(" ");
    private final JTextField temporary = new JTextField(12);
    private ClerksPresenter presenter;

    public ClerksPanel(Messages words, Clock clock) {
        super(new MigLayout("insets 12, fill, gap 12", "[grow, fill][360!]", "[][grow, fill]"));
        this.words = words;
        this.formats = new Formats(words);
        this.clock = clock;
        setName("screen.settings");
        JLabel title = new JLabel(words.get("counter.clerks.title"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        model = Tables.readOnly(words.get("counter.clerks.login"), words.get("counter.clerks.name"), words.get("counter.clerks.role"),
                words.get("counter.clerks.centre"), words.get("counter.clerks.state"), words.get("counter.clerks.since"));
        table = new JTable(model);
        table.setName("clerks.table");
        // every account is the centre's for a centre's administrator: the column shows for the county's
        centreColumn = table.getColumnModel().getColumn(3);
        table.removeColumn(centreColumn);
        table.setAutoCreateRowSorter(true);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showChosen();
            }
        });

        chosen.setName("clerks.chosen");
        chosen.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        role.setName("clerks.role");
        changeRole = button("clerks.changeRole", "counter.clerks.changeRole", () -> selected().ifPresent(a ->
                presenter.setRole(a.login(), (Role) role.getSelectedItem())));
        reset = button("clerks.reset", "counter.clerks.resetPassword", () -> selected().ifPresent(a -> presenter.resetPassword(a.login())));
        unlock = button("clerks.unlock", "counter.clerks.unlock", () -> selected().ifPresent(a -> presenter.unlock(a.login())));
        onOff = button("clerks.onOff", "counter.clerks.deactivate", () -> selected().ifPresent(a -> presenter.setActive(a.login(), !a.active())));
        newLogin.setName("clerks.newLogin");
        newName.setName("clerks.newName");
        newRole.setName("clerks.newRole");
        newPlace.setName("clerks.newPlace");
        newPlace.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, value instanceof org.madang.core.clerk.ClerkAccounts.Place p ? placeName(p) : "",
                        index, selected, focus);
            }
        });
        newPlace.setVisible(false);
        newPlaceLabel = label("counter.clerks.centre", newPlace);
        newPlaceLabel.setVisible(false);
        create = button("clerks.create", "counter.clerks.create", () -> {
            if (newPlace.isVisible() && newPlace.getSelectedItem() instanceof org.madang.core.clerk.ClerkAccounts.Place place) {
                presenter.create(newLogin.getText(), newName.getText(), (Role) newRole.getSelectedItem(), place);
            } else {
                presenter.create(newLogin.getText(), newName.getText(), (Role) newRole.getSelectedItem());
            }
        });
        message.setName("clerks.message");
        temporary.setName("clerks.temporary");
        temporary.setEditable(false);
        temporary.setVisible(false);
        temporary.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");

        JPanel side = new JPanel(new MigLayout("wrap 2, insets 0, gap 8, hidemode 3", "[right][grow, fill]"));
        side.add(chosen, "span 2, left");
        side.add(new JLabel(words.get("counter.clerks.role")));
        side.add(role);
        side.add(changeRole, "skip");
        side.add(reset, "skip");
        side.add(unlock, "skip");
        side.add(onOff, "skip");
        JLabel newTitle = new JLabel(words.get("counter.clerks.new"));
        newTitle.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        side.add(newTitle, "span 2, left, gaptop 24");
        side.add(label("counter.clerks.login", newLogin));
        side.add(newLogin);
        side.add(label("counter.clerks.name", newName));
        side.add(newName);
        side.add(label("counter.clerks.role", newRole));
        side.add(newRole);
        side.add(newPlaceLabel);
        side.add(newPlace);
        side.add(create, "skip");
        side.add(new JLabel(words.get("counter.clerks.loginRule")), "span 2, left");
        side.add(message, "span 2, left, gaptop 16, wmin 0");
        side.add(temporary, "span 2, growx");

        add(title, "span 2, wrap");
        add(Tables.scroll(table));
        add(side, "top");
        showChosen();
    }

    private JComboBox<Role> roles() {
        JComboBox<Role> box = new JComboBox<>(Role.values());
        box.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, value == null ? "" : words.get(((Role) value).messageKey()), index, selected,
                        focus);
            }
        });
        return box;
    }

    private JLabel label(String key, java.awt.Component field) {
        JLabel l = new JLabel(words.get(key));
        l.setLabelFor(field);
        return l;
    }

    private JButton button(String name, String key, Runnable action) {
        JButton b = new JButton(words.get(key));
        b.setName(name);
        b.addActionListener(e -> action.run());
        return b;
    }

    public void attach(ClerksPresenter clerksPresenter) {
        this.presenter = clerksPresenter;
    }

    private Optional<ClerkAccount> selected() {
        int row = table.getSelectedRow();
        return row < 0 ? Optional.empty() : Optional.of(shown.get(table.convertRowIndexToModel(row)));
    }

    private void showChosen() {
        Optional<ClerkAccount> a = selected();
        chosen.setText(a.map(x -> x.name() + " (" + x.login() + ")").orElse(words.get("counter.clerks.choose")));
        a.ifPresent(x -> role.setSelectedItem(x.role()));
        LocalDateTime now = LocalDateTime.now(clock);
        role.setEnabled(a.isPresent());
        changeRole.setEnabled(a.isPresent());
        reset.setEnabled(a.filter(ClerkAccount::active).isPresent());
        unlock.setEnabled(a.filter(x -> x.lockedAt(now)).isPresent());
        onOff.setEnabled(a.isPresent());
        onOff.setText(words.get(a.map(ClerkAccount::active).orElse(true) ? "counter.clerks.deactivate" : "counter.clerks.reactivate"));
    }

    @Override
    public void showAccounts(List<ClerkAccount> accounts) {
        String keep = selected().map(ClerkAccount::login).orElse(null);
        shown.clear();
        shown.addAll(accounts);
        model.setRowCount(0);
        LocalDateTime now = LocalDateTime.now(clock);
        for (ClerkAccount a : accounts) {
            model.addRow(new Object[] {a.login(), a.name(), words.get(a.role().messageKey()), centreName(a.centre()), state(a, now),
                formats.day(a.createdAt())});
        }
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).login().equals(keep)) {
                int row = table.convertRowIndexToView(i);
                table.getSelectionModel().setSelectionInterval(row, row);
            }
        }
        showChosen();
    }

    @Override
    public void showPlaces(List<org.madang.core.clerk.ClerkAccounts.Place> places) {
        newPlace.removeAllItems();
        places.forEach(p -> {
            newPlace.addItem(p);
            if (!p.county()) {
                centreNames.put(p.centre(), p.name());
            }
        });
        newPlace.setVisible(!places.isEmpty());
        newPlaceLabel.setVisible(!places.isEmpty());
        if (!places.isEmpty() && table.getColumnCount() < model.getColumnCount()) {
            table.addColumn(centreColumn);
            table.moveColumn(table.getColumnCount() - 1, 3);
        }
        for (int row = 0; row < shown.size(); row++) {
            model.setValueAt(centreName(shown.get(row).centre()), row, 3);
        }
        revalidate();
    }

    private String placeName(org.madang.core.clerk.ClerkAccounts.Place p) {
        return p.county() ? words.get("counter.clerks.county") : p.name();
    }

    /** An account's centre by name where known (the county's administrator sees every centre's), else its code; the county's in words. */
    private String centreName(String centre) {
        return centre == null ? words.get("counter.clerks.county") : centreNames.getOrDefault(centre, centre);
    }

    private String state(ClerkAccount a, LocalDateTime now) {
        if (!a.active()) {
            return words.get("counter.clerks.state.off");
        }
        if (a.lockedAt(now)) {
            return words.get("counter.clerks.state.locked", formats.time(a.lockedUntil()));
        }
        return words.get(a.mustChangePassword() ? "counter.clerks.state.temporary" : "counter.clerks.state.on");
    }

    @Override
    public void showDone(ClerkAccount account, String doneKey, Optional<String> temporaryPassword) {
        message.setText(words.get(doneKey, account.name(), account.login()));
        temporary.setVisible(temporaryPassword.isPresent());
        temporary.setText(temporaryPassword.orElse(""));
        if (doneKey.equals("counter.clerks.created")) {
            newLogin.setText("");
            newName.setText("");
        }
        revalidate();
    }

    @Override
    public void showRefusal(Refusal refusal) {
        temporary.setVisible(false);
        temporary.setText("");
        message.setText(words.get(refusal.messageKey(), refusal.args().toArray()));
    }

    @Override
    public void showFailure() {
        message.setText(words.get("counter.failure"));
    }

    @Override
    public void setBusy(boolean busy) {
        create.setEnabled(!busy);
    }
}
