package org.madang.counter.residents;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.madang.core.resident.Resident;
import org.madang.ui.Messages;

/**
 * The document PIN at the counter: the registration number from the resident's ID card, who
 * that is and whether their PIN is set or locked, then the new PIN typed twice.
 */
public final class PinPanel extends JPanel implements PinView {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final JTextField rrn = new JTextField(16);
    private final JButton find;
    private final JLabel who = new JLabel(" ");
    private final JPasswordField pin = new JPasswordField(8);
    private final JPasswordField again = new JPasswordField(8);
    private final JButton set;
    private final JLabel message = new JLabel(" ");

    public PinPanel(Messages words) {
        super(new MigLayout("wrap 2, insets 16, gap 12", "[right][grow, fill]"));
        this.words = words;
        setName("documents.pin");
        JLabel title = new JLabel(words.get("counter.pin.title"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        add(title, "span 2, left");
        JLabel how = new JLabel(words.get("counter.pin.how"));
        add(how, "span 2, left");
        rrn.setName("pin.rrn");
        find = new JButton(words.get("counter.pin.find"));
        find.setName("pin.find");
        add(label("counter.pin.rrn", rrn));
        add(rrn, "split 2");
        add(find, "growx 0");
        who.setName("pin.who");
        add(new JLabel(words.get("counter.pin.who")));
        add(who);
        pin.setName("pin.new");
        again.setName("pin.again");
        add(label("counter.pin.new", pin));
        add(pin);
        add(label("counter.pin.again", again));
        add(again);
        set = new JButton(words.get("counter.pin.set"));
        set.setName("pin.set");
        add(set, "skip 1, growx 0");
        message.setName("pin.message");
        add(message, "span 2, left");
    }

    private JLabel label(String key, java.awt.Component field) {
        JLabel l = new JLabel(words.get(key));
        l.setLabelFor(field);
        return l;
    }

    public void attach(PinPresenter presenter) {
        find.addActionListener(e -> presenter.find(rrn.getText()));
        rrn.addActionListener(e -> presenter.find(rrn.getText()));
        set.addActionListener(e -> {
            presenter.set(pin.getPassword(), again.getPassword());
            pin.setText("");
            again.setText("");
        });
    }

    @Override
    public void showResident(Resident resident, PinState state) {
        String stateText = words.get(state == PinState.LOCKED ? "counter.pin.locked" : state == PinState.SET ? "counter.pin.isSet"
                : "counter.pin.notSet");
        who.setText(words.get("counter.pin.resident", resident.name(), resident.birthDate(), stateText));
        message.setText(" ");
    }

    @Override
    public void say(String key, boolean good) {
        message.setText(words.get(key));
        message.putClientProperty(FlatClientProperties.STYLE_CLASS, good ? "h3" : "refusal");
    }

    @Override
    public void showFailure() {
        say("counter.courses.failed", false);
    }
}
