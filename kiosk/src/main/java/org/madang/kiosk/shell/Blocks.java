package org.madang.kiosk.shell;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.ui.widget.Pictograms;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.ViewportPanel;
import org.madang.ui.widget.WrappingText;

/** The pieces kiosk screens are built of: a scrolling column, a heading, label–value rows and a radio-style choice. */
public final class Blocks {
    private Blocks() {
    }

    /** A column that fills the width of its scroll pane, for {@link KioskPage#showScrolling}. */
    public static JPanel column(Look look) {
        ViewportPanel p = new ViewportPanel(new MigLayout("fillx, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]"), look.scale().mm(20));
        p.setOpaque(false);
        return p;
    }

    /** A bold line of the bundle's words for {@code key}, named by the key. */
    public static WrappingText heading(Look look, String key) {
        WrappingText h = new WrappingText(key, "heading");
        h.say(look.words().get(key));
        return h;
    }

    /** Label–value rows; fill with {@link #row}. */
    public static JPanel rows(Look look) {
        JPanel rows = new JPanel(new MigLayout("fillx, wrap 2, insets 0, gapy " + look.scale().mm(3), "[][grow, fill]"));
        rows.setOpaque(false);
        return rows;
    }

    /** A row: the label in hint colour, the value wrapping beside it, named {@code name}, read out as "label value". */
    public static void row(Look look, JPanel rows, String labelKey, String value, String name) {
        JLabel label = new JLabel(look.words().get(labelKey));
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, "hint");
        WrappingText v = new WrappingText(name, "body");
        v.say(value);
        v.getAccessibleContext().setAccessibleName(look.words().get(labelKey) + " " + value);
        rows.add(label, "top, gapright " + look.scale().mm(6));
        rows.add(v);
    }

    /** An option as a big button with a ring before it, ticked when it is the one chosen (a radio button for unsteady hands). */
    public static TouchButton choice(Look look, String name, List<String> lines, boolean chosen) {
        TouchButton b = new TouchButton(name, "", chosen ? "primaryTile" : "tile", look.scale());
        b.setLines(lines, false, look.scale(), Pictograms.of(chosen ? "chosen" : "unchosen", b, look.scale().mm(8)));
        // the voice guide says "chosen" after the button's name, in the session's language
        b.putClientProperty(VoiceGuide.CHOSEN, chosen);
        return b;
    }
}
