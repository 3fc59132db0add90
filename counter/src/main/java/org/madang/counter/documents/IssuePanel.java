package org.madang.counter.documents;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.List;
import java.util.function.Function;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.civil.Person;
import org.madang.core.document.DocumentIssue;
import org.madang.core.document.DocumentIssuing;
import org.madang.core.document.DocumentNumber;
import org.madang.core.document.DocumentOptions;
import org.madang.core.document.DocumentType;
import org.madang.core.document.Purpose;
import org.madang.counter.shell.ActLine;
import org.madang.hardware.receipt.PrintResult;
import org.madang.ui.HouseholdWords;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/**
 * The resident view's "issue a document": type (the counter-only ones marked), for whom, what
 * it is for, copies and the type's options; Check shows the counter fee, Issue numbers, seals
 * and prints it at the desk. Changing any choice asks for Check again.
 */
public final class IssuePanel extends JPanel implements IssueView {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final Formats formats;
    private final JComboBox<DocumentType> type = new JComboBox<>();
    private final JComboBox<Person> subject = new JComboBox<>();
    private final JComboBox<Purpose> purpose = new JComboBox<>(Purpose.values());
    private final JSpinner copies = new JSpinner(new SpinnerNumberModel(1, 1, DocumentOptions.MAX_COPIES, 1));
    private final JCheckBox history = new JCheckBox();
    private final JCheckBox rrnBack = new JCheckBox();
    private final JLabel fee = new JLabel(" ");
    private final JButton check;
    private final JButton issue;
    private final ActLine message = new ActLine();
    private transient IssuePresenter presenter;
    private boolean loading;
    private long requester = -1;

    public IssuePanel(Messages words, Runnable back) {
        super(new MigLayout("wrap 2, insets 12, gap 12 8", "[right][grow, fill]"));
        this.words = words;
        this.formats = new Formats(words);
        setName("issue");
        JButton toFile = new JButton(words.get("counter.behalf.back"));
        toFile.setName("issue.back");
        toFile.addActionListener(e -> back.run());
        JLabel title = new JLabel(words.get("counter.issue.title"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        type.setName("issue.type");
        type.setRenderer(renderer(v -> {
            DocumentType t = (DocumentType) v;
            String name = t.name().in(words.language());
            return t.kioskIssuable() ? name : words.get("counter.issue.counterOnly", name);
        }));
        type.addActionListener(e -> {
            if (!loading && type.getSelectedItem() != null) {
                DocumentType t = (DocumentType) type.getSelectedItem();
                history.setEnabled(t.addressHistory());
                rrnBack.setEnabled(t.rrnBack());
                changed();
                presenter.chooseType(t);
            }
        });
        subject.setName("issue.subject");
        subject.setRenderer(renderer(v -> {
            Person p = (Person) v;
            return p.name() + " (" + words.get(p.id() == requester ? "counter.issue.self" : HouseholdWords.relation(p.relation())) + ")";
        }));
        subject.addActionListener(e -> changed());
        purpose.setName("issue.purpose");
        purpose.setRenderer(renderer(v -> words.get(HouseholdWords.purpose((Purpose) v))));
        purpose.addActionListener(e -> changed());
        copies.setName("issue.copies");
        copies.addChangeListener(e -> changed());
        history.setName("issue.history");
        history.setText(words.get("documents.option.addressHistory"));
        history.addActionListener(e -> changed());
        rrnBack.setName("issue.rrnBack");
        rrnBack.setText(words.get("documents.option.rrnBack"));
        rrnBack.addActionListener(e -> changed());
        fee.setName("issue.fee");
        fee.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        check = new JButton(words.get("counter.issue.check"));
        check.setName("issue.check");
        check.addActionListener(e -> {
            if (type.getSelectedItem() != null && subject.getSelectedItem() != null) {
                presenter.prepare((DocumentType) type.getSelectedItem(), ((Person) subject.getSelectedItem()).id(), options());
            }
        });
        issue = new JButton(words.get("counter.issue.issue"));
        issue.setName("issue.issue");
        issue.putClientProperty(FlatClientProperties.STYLE_CLASS, "deskPrimary");
        issue.setEnabled(false);
        issue.addActionListener(e -> {
            issue.setEnabled(false);
            presenter.issue();
        });
        message.setName("issue.message");

        add(toFile, "span 2, split 2, left");
        add(title, "gapleft 16");
        add(new JLabel(words.get("counter.issue.type")));
        add(type);
        add(new JLabel(words.get("counter.issue.subject")));
        add(subject);
        add(new JLabel(words.get("documents.option.purpose")));
        add(purpose);
        add(new JLabel(words.get("counter.issue.copies")));
        add(copies, "growx 0, w 80!");
        add(history, "skip");
        add(rrnBack, "skip");
        add(check, "skip, split 2, growx 0");
        add(fee, "gapleft 16, wmin 0");
        add(issue, "skip, growx 0");
        add(message, "span 2, wmin 0, gaptop 12");
    }

    public void attach(IssuePresenter issuePresenter) {
        this.presenter = issuePresenter;
    }

    private DocumentOptions options() {
        return DocumentOptions.DEFAULTS.withCopies((Integer) copies.getValue()).withPurpose((Purpose) purpose.getSelectedItem())
                .withAddressHistory(history.isEnabled() && history.isSelected()).withRrnBack(rrnBack.isEnabled() && rrnBack.isSelected());
    }

    /** A choice changed: what was checked no longer holds. */
    private void changed() {
        if (!loading) {
            issue.setEnabled(false);
            fee.setText(" ");
        }
    }

    private DefaultListCellRenderer renderer(Function<Object, String> text) {
        return new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, value == null ? "" : text.apply(value), index, selected, focus);
            }
        };
    }

    @Override
    public void showTypes(List<DocumentType> types) {
        loading = true;
        type.removeAllItems();
        types.forEach(type::addItem);
        type.setSelectedIndex(-1);
        subject.removeAllItems();
        loading = false;
        fee.setText(" ");
        message.setText(" ");
        issue.setEnabled(false);
        if (!types.isEmpty()) {
            type.setSelectedIndex(0);
        }
    }

    @Override
    public void showSubjects(DocumentType chosen, List<Person> subjects, long requesterId) {
        requester = requesterId;
        loading = true;
        subject.removeAllItems();
        subjects.forEach(subject::addItem);
        loading = false;
        if (subjects.isEmpty()) {
            message.setText(words.get("document.refused.notRegistered"));
        }
    }

    @Override
    public void showReady(DocumentIssuing.Ready ready) {
        fee.setText(ready.fee() == 0 ? words.get("documents.fee.free")
                : words.get("counter.issue.fee", formats.number(ready.fee()), formats.number(ready.type().counterFee()),
                        ready.options().copies()));
        message.setText(" ");
        issue.setEnabled(true);
    }

    @Override
    public void showIssued(DocumentIssue issued, PrintResult printed) {
        String number = DocumentNumber.grouped(issued.number());
        if (printed instanceof PrintResult.Failed failed) {
            message.say(words.get("counter.issue.notPrinted", number, failed.reason()), true);
        } else {
            message.say(words.get(issued.fee() > 0 ? "counter.issue.issuedFee" : "counter.issue.issued", number, formats.number(issued.fee())),
                    false);
        }
        fee.setText(" ");
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
