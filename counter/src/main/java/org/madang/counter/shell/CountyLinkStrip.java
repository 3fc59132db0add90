package org.madang.counter.shell;

import com.formdev.flatlaf.FlatClientProperties;
import java.time.ZoneId;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.madang.core.county.CountyLink;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/**
 * A strip under the top bar, on every workspace of a centre of a county, while the county's
 * database does not answer (SCALE.md): since when, and that nothing can be saved until it is back;
 * when the link returns it says so for a few seconds, then goes. A site on its own database never shows it.
 */
public final class CountyLinkStrip extends JPanel {
    private static final long serialVersionUID = 1L;
    /** How long "connected again" stays. */
    static final int BACK_MS = 10_000;

    private final Messages words;
    private final Formats formats;
    private final ZoneId zone;
    private final JLabel text = new JLabel();
    private final String downKey;
    private final Timer hide = new Timer(BACK_MS, e -> setVisible(false));
    private boolean wasDown;

    /** The workspaces' strip. */
    public CountyLinkStrip(Messages words, ZoneId zone) {
        this(words, zone, "county", "counter.county.down");
    }

    /**
     * @param name    the strip's name (its text's is {@code name + ".linkText"})
     * @param downKey what it says while the county does not answer ({0}: since when)
     */
    public CountyLinkStrip(Messages words, ZoneId zone, String name, String downKey) {
        super(new MigLayout("insets 6 12 6 12, fillx", "[grow]"));
        this.words = words;
        this.formats = new Formats(words);
        this.zone = zone;
        this.downKey = downKey;
        setName(name + ".linkStrip");
        text.setName(name + ".linkText");
        text.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");
        add(text, "growx, wmin 0");
        hide.setRepeats(false);
        setVisible(false);
    }

    /** Shows the link's state; on the UI thread. */
    public void show(CountyLink.State state) {
        hide.stop();
        String at = formats.time(state.since().atZone(zone));
        if (state.up()) {
            if (!wasDown) {
                return;
            }
            wasDown = false;
            text.setText(words.get("counter.county.back", at));
            putClientProperty(FlatClientProperties.STYLE_CLASS, "visitor");
            hide.restart();
        } else {
            wasDown = true;
            text.setText(words.get(downKey, at));
            putClientProperty(FlatClientProperties.STYLE_CLASS, "alert");
        }
        text.setToolTipText(state.problem().isBlank() ? null : state.problem());
        setVisible(true);
        revalidate();
        repaint();
    }

    /** What the strip says now (empty while hidden), for tests and the screen reader. */
    public String said() {
        return isVisible() ? text.getText() : "";
    }
}
