package org.madang.counter.documents;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.List;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.document.DocumentIssue;
import org.madang.core.document.DocumentNumber;
import org.madang.core.document.Verification;
import org.madang.counter.shell.ActLine;
import org.madang.counter.shell.Tables;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/**
 * The Documents workspace (증명서): the latest issuances with their state; a selected one printed
 * again (when its print failed) or revoked for a reason typed in place; a document checked by its
 * number or QR; and, below, the resident's document PIN.
 */
public final class DocumentsPanel extends JPanel implements DocumentsView {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final Formats formats;
    private final DefaultTableModel model;
    private final JTable table;
    private transient List<DocumentIssue> rows = List.of();
    private final JTextField reason = new JTextField(20);
    private final JTextField check = new JTextField(24);
    private final JLabel verdict = new JLabel(" ");
    private final ActLine message = new ActLine();
    private transient DocumentsPresenter presenter;
    private final JButton revoke;

    /** Only a supervisor revokes a document (the service says no to others as well). */
    public void allowRevoke(boolean allowed) {
        revoke.setEnabled(allowed);
        reason.setEnabled(allowed);
        String why = allowed ? null : words.get("clerk.refused.revoke_document");
        revoke.setToolTipText(why);
        reason.setToolTipText(why);
    }

    /** @param pin the document PIN form, shown below the list */
    public DocumentsPanel(Messages words, JComponent pin) {
        super(new MigLayout("fill, wrap 1, insets 16, gap 8", "[grow, fill]", "[][][grow, fill][][][]"));
        this.words = words;
        this.formats = new Formats(words);
        setName("screen.documents");
        model = Tables.readOnly(words.get("counter.payments.column.number"), words.get("counter.documents.column.type"),
            words.get("counter.documents.column.holder"), words.get("counter.residents.column.when"), words.get("counter.documents.column.channel"),
            words.get("counter.residents.column.state"));
        table = new JTable(model);
        table.setName("documents.issued");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        JLabel title = new JLabel(words.get("counter.documents.title"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        message.setName("documents.message");
        reason.setName("documents.reason");
        reason.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, words.get("counter.documents.reason"));
        revoke = new JButton(words.get("counter.documents.revoke"));
        revoke.setName("documents.revoke");
        revoke.addActionListener(e -> selected().ifPresent(d -> presenter.revoke(d, reason.getText())));
        JButton again = new JButton(words.get("counter.documents.printAgain"));
        again.setName("documents.printAgain");
        again.addActionListener(e -> selected().ifPresent(d -> presenter.printAgain(d)));
        check.setName("documents.check");
        check.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, words.get("counter.documents.checkHint"));
        check.enableInputMethods(false);
        JButton verify = new JButton(words.get("counter.documents.verify"));
        verify.setName("documents.verify");
        verify.addActionListener(e -> presenter.verify(check.getText()));
        check.addActionListener(e -> verify.doClick());
        verdict.setName("documents.verdict");

        add(title, "split 2");
        add(message, "gapleft 16, wmin 0");
        add(again, "split 3");
        add(reason, "gapleft 24, growx");
        add(revoke);
        JScrollPane list = new JScrollPane(table);
        list.setColumnHeaderView(table.getTableHeader());
        add(list);
        add(check, "split 2, growx");
        add(verify);
        add(verdict, "wmin 0");
        add(pin, "growy 0");
    }

    public void attach(DocumentsPresenter documents) {
        this.presenter = documents;
    }

    private Optional<DocumentIssue> selected() {
        int row = table.getSelectedRow();
        if (row < 0) {
            message.say(words.get("counter.documents.choose"), true);
            return Optional.empty();
        }
        return Optional.of(rows.get(table.convertRowIndexToModel(row)));
    }


    @Override
    public void showIssued(List<DocumentIssue> recent, java.util.Map<String, org.madang.core.facility.Localized> typeNames) {
        rows = List.copyOf(recent);
        model.setRowCount(0);
        for (DocumentIssue d : recent) {
            model.addRow(new Object[] {DocumentNumber.grouped(d.number()),
                Optional.ofNullable(typeNames.get(d.typeCode())).map(n -> n.in(words.language())).orElse(d.typeCode()), d.holderMasked(), formats.shortStamp(d.issuedAt()),
                words.get(channelKey(d.channel())), words.get(d.revoked() ? "resident.document.revoked"
                    : "FAILED".equals(d.printState()) ? "resident.document.printFailed" : "resident.document.issued")});
        }
    }

    private static String channelKey(org.madang.core.booking.Channel channel) {
        return switch (channel) {
            case KIOSK -> "counter.documents.kiosk";
            case PHONE -> "counter.documents.phone";
            default -> "counter.documents.counter";
        };
    }

    @Override
    public void showVerdict(Verification v) {
        String summary = v.summary().map(s -> " (" + DocumentNumber.grouped(s.number()) + ", " + s.typeName().in(words.language()) + ", "
                + s.holder() + s.revokeReason().map(r -> ", " + r).orElse("") + ")").orElse("");
        verdict.setText(words.get(v.verdict().messageKey()) + summary);
        verdict.putClientProperty(FlatClientProperties.STYLE_CLASS, v.verdict() == Verification.Verdict.VALID ? "good" : "refusal");
    }

    @Override
    public void showDone(String messageKey, Object... args) {
        message.say(words.get(messageKey, args), false);
        reason.setText("");
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
