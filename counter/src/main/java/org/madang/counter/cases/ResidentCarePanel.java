package org.madang.counter.cases;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.care.CallbackWindow;
import org.madang.core.care.CaseSummary;
import org.madang.core.care.CatalogueEntry;
import org.madang.core.care.Officer;
import org.madang.core.care.WelfareRequests;
import org.madang.counter.shell.ActLine;
import org.madang.ui.Formats;
import org.madang.ui.Messages;
import org.madang.ui.widget.WrappingText;

/**
 * The welfare lines of the resident view: the assigned officer, the case summary for those
 * allowed to see it, and a consultation the resident asks for on the phone.
 */
public final class ResidentCarePanel extends JPanel implements ResidentCareView {
    private static final long serialVersionUID = 1L;

    /** A choice of when: a half-day to call back in, or none for the counter now. */
    private record When(Optional<CallbackWindow> window, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Messages words;
    private final Formats formats;
    private final WrappingText care = new WrappingText("resident.care", "body");
    private final JComboBox<CatalogueEntry> topic = new JComboBox<>();
    private final JComboBox<When> when = new JComboBox<>();
    private final ActLine answer = new ActLine();
    private transient ResidentCarePresenter presenter;

    public ResidentCarePanel(Messages words) {
        super(new MigLayout("wrap 4, insets 0, gap 8 6", "[][grow, fill, 60::][grow, fill, 60::][]"));
        this.words = words;
        this.formats = new Formats(words);
        setName("resident.carePanel");
        topic.setName("resident.welfareTopic");
        topic.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel, boolean focus) {
                return super.getListCellRendererComponent(list, value == null ? "" : ((CatalogueEntry) value).name().in(words.language()), index,
                        sel, focus);
            }
        });
        when.setName("resident.welfareWhen");
        answer.setName("resident.welfareAnswer");
        JButton take = new JButton(words.get("counter.residents.welfare.take"));
        take.setName("resident.welfareTake");
        take.addActionListener(e -> {
            CatalogueEntry t = (CatalogueEntry) topic.getSelectedItem();
            When w = (When) when.getSelectedItem();
            if (t != null && w != null) {
                presenter.request(t.code(), w.window());
            }
        });
        JLabel title = new JLabel(words.get("counter.residents.welfare.title"));
        title.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE_CLASS, "h4");
        add(title, "span 4");
        add(care, "span 4, growx, wmin 0");
        add(new JLabel(words.get("counter.residents.welfare.phone")));
        add(topic, "wmin 60");
        add(when, "wmin 60");
        add(take);
        add(answer, "span 4, wmin 0");
    }

    public void attach(ResidentCarePresenter carePresenter) {
        this.presenter = carePresenter;
    }

    @Override
    public void offerRequest(List<CatalogueEntry> topics, List<CallbackWindow> windows, boolean counterOpen) {
        topic.removeAllItems();
        topics.forEach(topic::addItem);
        when.removeAllItems();
        for (CallbackWindow w : windows) {
            when.addItem(new When(Optional.of(w), words.get("counter.residents.welfare.callAt", formats.stamp(w.from()), formats.time(w.to()))));
        }
        if (counterOpen) {
            when.addItem(new When(Optional.empty(), words.get("counter.residents.welfare.counter")));
        }
    }

    @Override
    public void showCare(Optional<Officer> officer, Optional<CaseSummary> summary) {
        String who = words.get("counter.residents.welfare.officer", officer.map(Officer::name).orElse(words.get("counter.cases.scope.team")));
        String what = summary.map(s -> !s.exists() ? words.get("counter.residents.welfare.noCase")
                : words.get("counter.residents.welfare.summary", s.openNeeds().isEmpty() ? "—"
                        : s.openNeeds().stream().map(n -> n.in(words.language())).collect(Collectors.joining(", ")),
                        s.lastContact() == null ? "—" : formats.stamp(s.lastContact()), s.nextVisit() == null ? "—" : s.nextVisit().toString(),
                        s.overdue()))
                .orElse(words.get("counter.residents.welfare.hidden"));
        care.say(who + "\n" + what);
        answer.say(" ", false);
    }

    @Override
    public void showRequestReceived(WelfareRequests.Outcome.Received received) {
        String how = received.callback().map(w -> words.get("counter.residents.welfare.callAt", formats.stamp(w.from()), formats.time(w.to())))
                .orElse(received.ticket().map(t -> words.get("counter.residents.welfare.ticket", t.label())).orElse(""));
        answer.say(words.get(received.again() ? "counter.residents.welfare.again" : "counter.residents.welfare.received", how), false);
    }

    @Override
    public void showRequestRefused(Refusal refusal) {
        answer.say(words.say(refusal), true);
    }
}
