package org.madang.counter.kiosks;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.List;
import java.util.function.LongConsumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.terminal.StaffCall;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/** A red strip under the top bar, on every workspace, while a kiosk waits for a clerk; it names the kiosk's screen in words. */
public final class StaffCallStrip extends JPanel implements StaffCallsView {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final Formats formats;
    private LongConsumer answer = id -> { };

    public StaffCallStrip(Messages words) {
        super(new MigLayout("insets 6 12 6 12, fillx, wrap 2, gap 4", "[grow][]"));
        this.words = words;
        this.formats = new Formats(words);
        setName("today.staffCalls");
        putClientProperty(FlatClientProperties.STYLE_CLASS, "alert");
        setVisible(false);
    }

    /** "On my way" goes to the presenter. */
    public void attach(StaffCallsPresenter presenter) {
        answer = presenter::answer;
    }

    @Override
    public void showStaffCalls(List<StaffCall> open) {
        removeAll();
        for (StaffCall call : open) {
            JLabel text = new JLabel(words.get("counter.staffCall", call.terminalId(), KioskScreenNames.of(call.screen(), words),
                    formats.time(call.calledAt())));
            text.setName("staffCall." + call.id());
            text.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");
            JButton go = new JButton(words.get("counter.staffCall.answer"));
            go.setName("staffCall.answer." + call.id());
            go.addActionListener(e -> answer.accept(call.id()));
            add(text);
            add(go);
        }
        setVisible(!open.isEmpty());
        revalidate();
        repaint();
    }

    @Override
    public void showFailure() {
        // the alert stays as it was; the workspace in front says the database cannot be reached
    }
}
