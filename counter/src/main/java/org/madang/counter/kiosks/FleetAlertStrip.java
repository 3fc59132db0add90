package org.madang.counter.kiosks;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.terminal.FleetAlert;
import org.madang.ui.Messages;

/** A strip under the top bar, on every workspace, while a kiosk needs a person (paper out, silent); it opens the Kiosks workspace. */
public final class FleetAlertStrip extends JPanel implements FleetAlertsView {
    private static final long serialVersionUID = 1L;

    private final JLabel text = new JLabel();
    private final transient Function<FleetAlert, String> said;

    /** @param said an alert in the clerk's words; {@code open} shows the Kiosks workspace */
    public FleetAlertStrip(Messages words, Function<FleetAlert, String> said, Runnable open) {
        super(new MigLayout("insets 6 12 6 12, fillx", "[grow][]"));
        this.said = said;
        setName("fleet.alertStrip");
        putClientProperty(FlatClientProperties.STYLE_CLASS, "warning");
        text.setName("fleet.alertText");
        text.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");
        JButton go = new JButton(words.get("counter.fleet.open"));
        go.setName("fleet.alertOpen");
        go.addActionListener(e -> open.run());
        add(text, "growx, wmin 0");
        add(go);
        setVisible(false);
    }

    @Override
    public void showAlerts(List<FleetAlert> alerts) {
        text.setText(alerts.stream().map(said).collect(Collectors.joining(" · ")));
        text.setToolTipText(text.getText());
        setVisible(!alerts.isEmpty());
        revalidate();
        repaint();
    }
}
