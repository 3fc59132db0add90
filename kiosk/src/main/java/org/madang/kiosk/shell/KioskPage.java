package org.madang.kiosk.shell;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import net.miginfocom.swing.MigLayout;

/**
 * A kiosk screen's frame: a title, a line that says what to do, and the content below.
 * Screens fill {@link #content()} and call {@link #refresh()}.
 */
public class KioskPage extends JPanel {
    private static final long serialVersionUID = 1L;

    protected final Look look;
    private final JLabel title = new JLabel();
    private final JLabel hint = new JLabel();
    private final JPanel content = new JPanel();

    public KioskPage(Look look, String id) {
        super(new MigLayout("fill, wrap 1, insets " + look.scale().mm(8), "[grow, fill]", "[][][grow, fill]"));
        this.look = look;
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "title");
        title.setName(id + ".title");
        hint.putClientProperty(FlatClientProperties.STYLE_CLASS, "hint");
        hint.setName(id + ".hint");
        content.setOpaque(false);
        add(title);
        add(hint, "gapbottom " + look.scale().mm(6));
        add(content);
    }

    protected void setTitle(String text) {
        title.setText(Look.wrapAt(text, look.contentWidth()));
        title.getAccessibleContext().setAccessibleName(text);
    }

    protected void setHint(String text) {
        hint.setText(Look.wrapAt(text, look.contentWidth()));
        hint.getAccessibleContext().setAccessibleName(text);
    }

    protected JPanel content() {
        return content;
    }

    /** A scroll pane for content that may not fit; scrolls with big steps, no bars to aim at. */
    protected JScrollPane scroller(JComponent inner) {
        JScrollPane pane = new JScrollPane(inner, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        pane.setBorder(null);
        pane.getVerticalScrollBar().setUnitIncrement(look.scale().mm(20));
        pane.getVerticalScrollBar().setPreferredSize(new java.awt.Dimension(look.scale().mm(12), 0));
        pane.setOpaque(false);
        pane.getViewport().setOpaque(false);
        return pane;
    }

    protected void refresh() {
        content.revalidate();
        content.repaint();
        Component first = firstFocusable(content);
        if (first != null && isShowing()) {
            first.requestFocusInWindow();
        }
    }

    private static Component firstFocusable(java.awt.Container c) {
        for (Component child : c.getComponents()) {
            if (child.isFocusable() && child.isEnabled() && child instanceof javax.swing.AbstractButton) {
                return child;
            }
            if (child instanceof java.awt.Container inner) {
                Component found = firstFocusable(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
