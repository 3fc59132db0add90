package org.madang.counter.payments;

import com.formdev.flatlaf.FlatClientProperties;
import java.time.LocalDateTime;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.RowFilter;
import javax.swing.table.DefaultTableModel;
import javax.swing.table.TableRowSorter;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.payment.CashUp;
import org.madang.core.payment.FeeItem;
import org.madang.core.payment.PayMethod;
import org.madang.core.payment.RefundDue;
import org.madang.core.receipt.Receipts;
import org.madang.core.resident.Exemption;
import org.madang.counter.shell.ActLine;
import org.madang.counter.shell.Tables;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/**
 * The Payments workspace (수납): the fees due with a filter typed as you go, taking one in cash,
 * by card or transfer or waiving it on a ground; the refunds to give back; the day's cash-up
 * with its printout; a receipt the printer did not print, printed again.
 */
public final class PaymentsPanel extends JPanel implements PaymentsView {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final Formats formats;
    private final FeeTableModel dueModel;
    private final JTable due;
    private final TableRowSorter<FeeTableModel> dueSorter;
    private final JTextField filter = new JTextField(18);
    private final JLabel dueTitle = new JLabel();
    private final JComboBox<Exemption> ground = new JComboBox<>(Exemption.values());
    private final DefaultTableModel refundModel;
    private final JTable refunds;
    private transient List<RefundDue> refundRows = List.of();
    private final JLabel cashUp = new JLabel();
    private final ActLine message = new ActLine();
    private final JButton printAgain;
    private transient PaymentsPresenter presenter;

    public PaymentsPanel(Messages words) {
        super(new MigLayout("fill, insets 16, gap 8, wrap 2", "[grow, fill][300!]", "[][][grow 60, fill][][][grow 40, fill]"));
        this.words = words;
        this.formats = new Formats(words);
        setName("screen.payments");
        dueModel = new FeeTableModel(words);
        due = new JTable(dueModel);
        due.setName("payments.due");
        due.setFillsViewportHeight(true);
        // won with thousands separators, right-aligned; the column still sorts as numbers
        due.setDefaultRenderer(Integer.class, new javax.swing.table.DefaultTableCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void setValue(Object value) {
                setHorizontalAlignment(RIGHT);
                setText(value == null ? "" : formats.number((Integer) value));
            }
        });
        dueSorter = new TableRowSorter<>(dueModel);
        due.setRowSorter(dueSorter);
        filter.setName("payments.filter");
        filter.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, words.get("counter.payments.filter"));
        filter.getDocument().addDocumentListener(new javax.swing.event.DocumentListener() {
            @Override
            public void insertUpdate(javax.swing.event.DocumentEvent e) {
                applyFilter();
            }

            @Override
            public void removeUpdate(javax.swing.event.DocumentEvent e) {
                applyFilter();
            }

            @Override
            public void changedUpdate(javax.swing.event.DocumentEvent e) {
                applyFilter();
            }
        });
        dueTitle.setName("payments.dueTitle");
        dueTitle.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        message.setName("payments.message");
        printAgain = new JButton(words.get("counter.payments.printAgain"));
        printAgain.setName("payments.printAgain");
        printAgain.setVisible(false);
        printAgain.addActionListener(e -> presenter.printAgain());

        JPanel actions = new JPanel(new MigLayout("insets 0, gap 8", "[][][][]16[][]"));
        actions.add(payButton("payments.cash", PayMethod.CASH));
        actions.add(payButton("payments.card", PayMethod.CARD));
        actions.add(payButton("payments.transfer", PayMethod.TRANSFER));
        ground.setName("payments.ground");
        ground.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index, boolean selected,
                                                                   boolean focus) {
                return super.getListCellRendererComponent(list, value == null ? "" : words.get(Receipts.exemptionKey((Exemption) value)),
                        index, selected, focus);
            }
        });
        JButton exempt = new JButton(words.get("counter.payments.exempt"));
        exempt.setName("payments.exempt");
        exempt.addActionListener(e -> selectedFee().ifPresent(f -> presenter.exempt(f, (Exemption) ground.getSelectedItem())));
        actions.add(new JLabel(words.get("counter.payments.ground")), "skip");
        actions.add(ground);
        actions.add(exempt);

        JPanel head = new JPanel(new MigLayout("insets 0, fillx", "[][grow][]"));
        head.add(dueTitle);
        head.add(message, "gapleft 16, wmin 0");
        head.add(filter);
        add(head, "span 2");
        add(actions, "span 2");
        add(Tables.scroll(due));

        JPanel day = new JPanel(new MigLayout("wrap 1, insets 12, fillx", "[grow, fill]"));
        day.putClientProperty(FlatClientProperties.STYLE_CLASS, "deskCard");
        JLabel dayTitle = new JLabel(words.get("counter.payments.cashUp"));
        dayTitle.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        cashUp.setName("payments.cashUp");
        cashUp.setVerticalAlignment(JLabel.TOP);
        JButton printDay = new JButton(words.get("counter.payments.printCashUp"));
        printDay.setName("payments.printCashUp");
        printDay.addActionListener(e -> presenter.printCashUp());
        day.add(dayTitle);
        day.add(cashUp);
        day.add(printDay);
        day.add(printAgain, "hidemode 3");
        add(day, "spany 4, aligny top, growy 0, growx");

        refundModel = Tables.readOnly(words.get("counter.payments.column.number"), words.get("counter.column.resident"),
            words.get("counter.payments.column.what"), words.get("counter.payments.column.paid"),
            words.get("counter.payments.column.refund"));
        refunds = new JTable(refundModel);
        refunds.setName("payments.refunds");
        refunds.setFillsViewportHeight(true);
        JLabel refundsTitle = new JLabel(words.get("counter.payments.refunds"));
        refundsTitle.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        JButton refund = new JButton(words.get("counter.payments.refund"));
        refund.setName("payments.refund");
        refund.addActionListener(e -> {
            int row = refunds.getSelectedRow();
            if (row >= 0) {
                presenter.refund(refundRows.get(refunds.convertRowIndexToModel(row)));
            } else {
                message.say(words.get("counter.payments.chooseRefund"), true);
            }
        });
        add(refundsTitle, "newline, split 2");
        add(refund, "gapleft 16, growx 0");
        add(Tables.scroll(refunds), "newline");
    }

    /** The presenter the buttons act through. */
    public void attach(PaymentsPresenter payments) {
        this.presenter = payments;
    }

    private JButton payButton(String name, PayMethod method) {
        JButton b = new JButton(words.get(method.messageKey()));
        b.setName(name);
        b.addActionListener(e -> selectedFee().ifPresent(f -> presenter.pay(f, method)));
        return b;
    }

    private java.util.Optional<FeeItem> selectedFee() {
        int row = due.getSelectedRow();
        if (row < 0) {
            message.say(words.get("counter.payments.chooseFee"), true);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(dueModel.row(due.convertRowIndexToModel(row)));
    }

    private void applyFilter() {
        String typed = filter.getText().strip();
        dueSorter.setRowFilter(typed.isEmpty() ? null : RowFilter.regexFilter("(?i)" + java.util.regex.Pattern.quote(typed), 1, 2, 3));
    }


    @Override
    public void showDue(List<FeeItem> items, LocalDateTime now) {
        dueModel.setRows(items, now);
        dueTitle.setText(words.get("counter.payments.due", items.size()));
    }

    @Override
    public void showRefunds(List<RefundDue> rows) {
        refundRows = List.copyOf(rows);
        refundModel.setRowCount(0);
        for (RefundDue r : rows) {
            refundModel.addRow(new Object[] {r.reference(), r.residentName(), r.what().in(words.language()),
                formats.number(r.payment().amount()), formats.number(r.refund())});
        }
    }

    @Override
    public void showCashUp(CashUp day) {
        StringBuilder html = new StringBuilder("<html>");
        for (PayMethod m : PayMethod.values()) {
            html.append(words.get(m.messageKey())).append(": ").append(formats.won(day.byMethod().getOrDefault(m, 0)))
                    .append("<br>");
        }
        html.append(words.get("receipt.cashUp.refunds")).append(": ").append(formats.won(day.refunds()))
                .append("<br><b>").append(words.get("receipt.cashUp.net", formats.won(day.net())))
                .append("</b><br><br>");
        day.byClerk().forEach((clerk, sum) -> html.append(clerk).append(": ").append(formats.won(sum)).append("<br>"));
        cashUp.setText(html.append("</html>").toString());
    }

    @Override
    public void showDone(String messageKey, Object... args) {
        message.say(words.get(messageKey, args), false);
        printAgain.setVisible(false);
    }

    @Override
    public void showRefusal(Refusal refusal) {
        message.say(words.say(refusal), true);
    }

    @Override
    public void showPrintFailed(String reason) {
        message.say(words.get("counter.payments.printFailed", reason), true);
        printAgain.setVisible(true);
    }

    @Override
    public void showFailure() {
        message.say(words.get("counter.failure"), true);
    }
}
