package org.madang.kiosk.shell;

import java.awt.Component;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingUtilities;
import javax.swing.LookAndFeel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.madang.ui.widget.WrappingText;

/**
 * A kiosk screen's frame: a title, a line that says what to do, and the content below.
 * Screens fill {@link #content()} and call {@link #refresh()}.
 */
public class KioskPage extends JPanel {
    private static final long serialVersionUID = 1L;
    /** Title, what to do, the content; and a row at the foot while a part stands there. */
    private static final String ROWS = "[][][grow, fill]";

    protected final Look look;
    private final WrappingText title;
    private final WrappingText hint;
    private final JPanel content = new JPanel();
    private JScrollPane scrolling;
    private JComponent footer;
    private transient LookAndFeel themeSeen = UIManager.getLookAndFeel();

    public KioskPage(Look look, String id) {
        super(new MigLayout("fill, wrap 1, insets " + look.scale().mm(8), "[grow, fill]", ROWS));
        this.look = look;
        title = new WrappingText(id + ".title", "title");
        hint = new WrappingText(id + ".hint", "hint");
        content.setOpaque(false);
        add(title);
        add(hint, "gapbottom " + look.scale().mm(6));
        add(content);
    }

    public void setTitle(String text) {
        title.say(text);
    }

    public void setHint(String text) {
        hint.say(text);
    }

    /**
     * Puts {@code part} at the foot of the screen, under its content (the satisfaction question
     * after a completed service); one at a time.
     */
    public void showFooter(JComponent part) {
        clearFooter();
        footer = part;
        ((MigLayout) getLayout()).setRowConstraints(ROWS + "[]");
        // never squeezed by the content above: the part is as tall as it needs
        add(part, "gaptop " + look.gap() + ", hmin pref");
        revalidate();
        repaint();
    }

    /** Takes the foot's part away, if there is one. */
    public void clearFooter() {
        if (footer != null && footer.getParent() == this) {
            remove(footer);
            ((MigLayout) getLayout()).setRowConstraints(ROWS);
            revalidate();
            repaint();
        }
        footer = null;
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

    /** Replaces the content with one plain sentence, when there is nothing to choose from. */
    public void showNothing(String name, String text) {
        content().removeAll();
        content().setLayout(new MigLayout("fill"));
        WrappingText none = new WrappingText(name, "hint");
        none.say(text);
        content().add(none, "top, growx");
        refresh();
    }

    /**
     * Replaces the content with a list or grid that scrolls when it does not fit. A grid kept
     * from the last showing (updated in place) stays in its scroll pane, back at the top.
     */
    public void showScrolling(JComponent inner) {
        if (scrolling != null && scrolling.getParent() == content && scrolling.getViewport().getView() == inner) {
            scrolling.getViewport().setViewPosition(new java.awt.Point(0, 0));
        } else {
            content().removeAll();
            content().setLayout(new MigLayout("fill, insets 0"));
            scrolling = scroller(inner);
            content().add(scrolling, "grow");
        }
        refresh();
    }

    /**
     * Replaces the scrolling content with a new version of itself (an option changed): the list
     * stays scrolled where it was and the control of the same name keeps the focus, so neither a
     * finger nor a keypad loses its place.
     */
    public void showScrollingInPlace(JComponent inner) {
        if (scrolling == null || scrolling.getParent() != content) {
            showScrolling(inner);
            return;
        }
        java.awt.Point at = scrolling.getViewport().getViewPosition();
        Component focused = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        String focusedName = focused != null && SwingUtilities.isDescendingFrom(focused, content) ? focused.getName() : null;
        scrolling.setViewportView(inner);
        content.revalidate();
        content.repaint();
        SwingUtilities.invokeLater(() -> {
            scrolling.getViewport().setViewPosition(at);
            Component same = focusedName == null ? null : named(inner, focusedName);
            if (same != null && same.isShowing() && same.isEnabled()) {
                same.requestFocusInWindow();
            } else if (focusedName != null) {
                Component first = Keypad.firstControl(inner);
                if (first != null) {
                    first.requestFocusInWindow();
                }
            }
        });
    }

    private static Component named(java.awt.Container in, String name) {
        for (Component c : in.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof java.awt.Container inner) {
                Component found = named(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    protected void refresh() {
        if (themeSeen != UIManager.getLookAndFeel()) {
            // components kept aside while the colours changed (a page's fixed buttons) catch up
            themeSeen = UIManager.getLookAndFeel();
            SwingUtilities.updateComponentTreeUI(this);
        }
        content.revalidate();
        content.repaint();
        Component first = Keypad.firstControl(content);
        if (first != null && isShowing()) {
            first.requestFocusInWindow();
        }
    }
}
