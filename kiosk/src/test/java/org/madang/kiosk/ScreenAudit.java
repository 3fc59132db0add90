package org.madang.kiosk;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.UIManager;
import javax.swing.text.JTextComponent;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import org.madang.ui.ScreenScale;

/**
 * The checks of ACCESSIBILITY.md on one rendered screen, for every walk test (the kiosk's and the
 * practice machines'): nothing runs off the side or under the bottom bar; every touch target
 * is at least 12 mm each way and 150 mm², at least 2.5 mm from the next, and named for
 * assistive technology; Hangul text is at least the site's glyph height; text contrast is at
 * least the given ratio.
 */
public final class ScreenAudit {
    private ScreenAudit() {
    }

    /** How many colours an image holds, sampled on a grid: a screen that drew nothing has one or two. */
    public static int colours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    /**
     * Every control showing lies in a seated resident's reach (400 to 1,220 mm above the floor, from
     * the screen's mounting height): as much of it as shows, where a scroll pane clips it.
     */
    public static void checkReach(String screen, Container root, ScreenScale scale, List<String> problems) {
        int top = scale.reachTopPx();
        int bottom = scale.reachBottomPx();
        for (Component c : org.madang.kiosk.shell.Keypad.controls(root)) {
            if (!(c instanceof javax.swing.JComponent j) || !c.isShowing() && c.getWidth() == 0) {
                continue;
            }
            Rectangle seen = j.getVisibleRect();
            if (seen.isEmpty()) {
                continue;
            }
            Rectangle r = SwingUtilities.convertRectangle(c, seen, root);
            if (r.y < top - 1 || r.y + r.height > bottom + 1) {
                problems.add(screen + ": " + describe(c) + " is at " + r.y + "-" + (r.y + r.height) + " px, outside the reach band "
                        + top + "-" + bottom + " px");
            }
        }
    }

    public static void check(String screen, Component c, Container root, ScreenScale scale, double minContrast, List<String> problems) {
        if (!c.isVisible()) {
            return;
        }
        Rectangle r = SwingUtilities.convertRectangle(c.getParent() == null ? c : c.getParent(), c.getBounds(), root);
        Container clip = SwingUtilities.getAncestorOfClass(JViewport.class, c);
        Rectangle bounds = clip == null ? new Rectangle(0, 0, root.getWidth(), root.getHeight())
                : SwingUtilities.convertRectangle(clip.getParent(), clip.getBounds(), root);
        if (c != root && r.x + r.width > bounds.x + bounds.width + 1) {
            problems.add(screen + ": " + describe(c) + " runs off the right edge (" + (r.x + r.width) + " > " + (bounds.x + bounds.width) + ")");
        }
        if (c != root && clip == null && r.y + r.height > bounds.y + bounds.height + 1) {
            problems.add(screen + ": " + describe(c) + " runs off the bottom (" + (r.y + r.height) + " > " + (bounds.y + bounds.height) + ")");
        }
        Container deck = SwingUtilities.getAncestorNamed("screens", c);
        if (deck != null && clip == null) {
            Rectangle d = SwingUtilities.convertRectangle(deck.getParent(), deck.getBounds(), root);
            if (r.y + r.height > d.y + d.height + 1) {
                problems.add(screen + ": " + describe(c) + " is hidden under the bottom bar (" + (r.y + r.height) + " > " + (d.y + d.height) + ")");
            }
        }
        if (c instanceof AbstractButton b && b.getWidth() > 0 && b.getHeight() > 0) {
            double minMm = 12;
            if (scale.toMm(b.getWidth()) < minMm - 0.05 || scale.toMm(b.getHeight()) < minMm - 0.05) {
                problems.add(screen + ": " + describe(c) + " is " + b.getWidth() + "x" + b.getHeight() + " px, under 12 mm");
            }
            if (scale.toMm(b.getWidth()) * scale.toMm(b.getHeight()) < 150) {
                problems.add(screen + ": " + describe(c) + " covers under 150 mm²");
            }
            String name = b.getAccessibleContext().getAccessibleName();
            if (name == null || name.isBlank()) {
                problems.add(screen + ": " + describe(c) + " has no accessible name");
            }
        }
        String text = textOf(c);
        if (!text.isBlank() && c.getWidth() > 0 && c.getHeight() > 0) {
            checkFits(screen, c, problems);
            checkGlyphs(screen, c, text, scale, problems);
            checkContrast(screen, c, minContrast, problems);
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                check(screen, child, root, scale, minContrast, problems);
            }
        }
    }

    private static String textOf(Component c) {
        if (c instanceof AbstractButton b && b.getIcon() instanceof org.madang.ui.widget.TextLines lines) {
            return lines.text();
        }
        if (c instanceof AbstractButton b) {
            return b.getText() == null ? "" : b.getText();
        }
        if (c instanceof JLabel l) {
            return l.getText() == null ? "" : l.getText();
        }
        if (c instanceof JTextComponent t) {
            return t.getText() == null ? "" : t.getText();
        }
        return "";
    }

    /** A button's or label's words fit inside it, clear of its border: nothing cut off, nothing "...". */
    private static void checkFits(String screen, Component c, List<String> problems) {
        int needed;
        if (c instanceof AbstractButton b && b.getIcon() instanceof org.madang.ui.widget.TextLines lines) {
            needed = lines.getIconWidth();
            // lines wrap to the button's width: then they must fit its height
            java.awt.Insets in = b.getInsets();
            int height = b.getHeight() - in.top - in.bottom;
            if (lines.getIconHeight() > height + 1) {
                problems.add(screen + ": " + describe(c) + " needs " + lines.getIconHeight() + " px of height for its lines but has " + height);
            }
        } else if (c instanceof AbstractButton b && textOf(c).startsWith("<html>")) {
            checkHtmlHeight(screen, b, problems);
            return;
        } else if ((c instanceof AbstractButton || c instanceof JLabel) && !textOf(c).startsWith("<html>")) {
            needed = c.getFontMetrics(c.getFont()).stringWidth(textOf(c));
            if (c instanceof AbstractButton b) {
                checkPlainHeight(screen, b, problems);
            }
        } else {
            return;
        }
        java.awt.Insets in = ((javax.swing.JComponent) c).getInsets();
        int room = c.getWidth() - in.left - in.right;
        if (needed > room) {
            problems.add(screen + ": " + describe(c) + " needs " + needed + " px for its words but has " + room + " inside its border");
        }
    }

    /** The widest button border of the touch theme (its tiles). */
    private static final int BORDER_PX = 3;

    /** A button's line of words, and its picture when it is above or below them, fit its height. */
    private static void checkPlainHeight(String screen, AbstractButton b, List<String> problems) {
        java.awt.FontMetrics m = b.getFontMetrics(b.getFont());
        int needed = m.getAscent() + m.getDescent();
        javax.swing.Icon icon = b.getIcon();
        if (icon != null && b.getVerticalTextPosition() != javax.swing.SwingConstants.CENTER) {
            needed += icon.getIconHeight() + b.getIconTextGap();
        } else if (icon != null) {
            needed = Math.max(needed, icon.getIconHeight());
        }
        // the words may use the button's padding, not its border
        int height = b.getHeight() - 2 * BORDER_PX;
        if (needed > height) {
            problems.add(screen + ": " + describe(b) + " needs " + needed + " px of height for its words and picture but has " + height);
        }
    }

    /**
     * An HTML button's text wraps to the width it gets and must then still fit its height, the
     * picture above or below it included: a tile whose last line is cut off fails. And it is drawn
     * as wide as it may be: a text laid out to a narrower column than the button gives it (one
     * syllable a line in a wide tile) fails too.
     */
    private static void checkHtmlHeight(String screen, AbstractButton b, List<String> problems) {
        javax.swing.text.View view = (javax.swing.text.View) b.getClientProperty(javax.swing.plaf.basic.BasicHTML.propertyKey);
        if (view == null) {
            return;
        }
        java.awt.Insets in = b.getInsets();
        int width = b.getWidth() - in.left - in.right;
        int height = b.getHeight() - in.top - in.bottom;
        javax.swing.Icon icon = b.getIcon();
        boolean stacked = b.getVerticalTextPosition() != javax.swing.SwingConstants.CENTER;
        if (icon != null && !stacked) {
            width -= icon.getIconWidth() + b.getIconTextGap();
        }
        // measured on a view of its own: the button's view keeps the width it is drawn at
        javax.swing.text.View fresh = javax.swing.plaf.basic.BasicHTML.createHTMLView(b, b.getText());
        int natural = (int) Math.ceil(fresh.getPreferredSpan(javax.swing.text.View.X_AXIS));
        int drawnAt = (int) view.getPreferredSpan(javax.swing.text.View.X_AXIS);
        if (drawnAt + 2 < Math.min(natural, width)) {
            problems.add(screen + ": " + describe(b) + " draws its words " + drawnAt + " px wide where it has " + width
                    + " px (they need " + natural + " on one line)");
        }
        fresh.setSize(width, 0);
        int needed = (int) Math.ceil(fresh.getPreferredSpan(javax.swing.text.View.Y_AXIS));
        if (icon != null && stacked) {
            needed += icon.getIconHeight() + b.getIconTextGap();
        }
        if (needed > height) {
            problems.add(screen + ": " + describe(b) + " needs " + needed + " px of height for its picture and words but has " + height);
        }
    }

    /** Hangul no shorter than the site's minimum: the component's font, and no smaller HTML text inside it. */
    private static void checkGlyphs(String screen, Component c, String text, ScreenScale scale, List<String> problems) {
        if (!text.codePoints().anyMatch(cp -> cp >= 0xAC00 && cp <= 0xD7A3)) {
            return;
        }
        double glyphPx = ScreenScale.hangulGlyphPx(c.getFont().getFamily(), c.getFont().getSize2D());
        double minMm = scale.geometry().minGlyphMm();
        if (scale.toMm((int) Math.floor(glyphPx)) < minMm - 0.5) {
            problems.add(String.format("%s: %s writes Hangul %.1f mm high, under %.0f mm", screen, describe(c), scale.toMm((int) glyphPx), minMm));
        }
        if (text.contains("<small>") || text.contains("font-size")) {
            problems.add(screen + ": " + describe(c) + " shrinks part of its Hangul text (" + text + ")");
        }
    }

    /** Text against what is behind it: at least 4.5:1 (ACCESSIBILITY.md #3), 7:1 in high contrast. */
    private static void checkContrast(String screen, Component c, double minContrast, List<String> problems) {
        Color fg = c.isEnabled() ? c.getForeground() : disabledText(c);
        Color bg = backgroundBehind(c);
        double ratio = Contrast.ratio(fg, bg);
        if (ratio < minContrast) {
            problems.add(String.format("%s: %s has text contrast %.2f:1 (%s on %s)", screen, describe(c), ratio, hex(fg), hex(bg)));
        }
    }

    private static Color disabledText(Component c) {
        Color d = UIManager.getColor(c instanceof AbstractButton ? "Button.disabledText" : "Label.disabledForeground");
        return d != null ? d : c.getForeground();
    }

    /** A button paints its own background, as does an opaque label; other text sits on the nearest opaque container. */
    private static Color backgroundBehind(Component c) {
        if (c instanceof AbstractButton b && b.isContentAreaFilled()) {
            return b.getBackground();
        }
        if (!(c instanceof AbstractButton) && c.isOpaque()) {
            // a label with a background of its own (the practice mark)
            return c.getBackground();
        }
        for (Component p = c.getParent(); p != null; p = p.getParent()) {
            if (p.isOpaque() || (p instanceof AbstractButton b && b.isContentAreaFilled())) {
                return p.getBackground();
            }
        }
        return Color.WHITE;
    }

    private static String hex(Color c) {
        return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** Touch targets of one screen at least 2.5 mm apart (ACCESSIBILITY.md #1). */
    public static void checkGaps(String screen, Container root, ScreenScale scale, List<String> problems) {
        List<AbstractButton> targets = new ArrayList<>();
        collectTargets(root, targets);
        double minGap = scale.mm(2.5) - 0.5;
        for (int i = 0; i < targets.size(); i++) {
            Rectangle a = SwingUtilities.convertRectangle(targets.get(i), targets.get(i).getVisibleRect(), root);
            for (int j = i + 1; j < targets.size(); j++) {
                Rectangle b = SwingUtilities.convertRectangle(targets.get(j), targets.get(j).getVisibleRect(), root);
                int gap = Math.max(Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width)), Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height)));
                if (gap < minGap) {
                    problems.add(screen + ": " + describe(targets.get(i)) + " and " + describe(targets.get(j)) + " are " + gap
                            + " px apart, under 2.5 mm");
                }
            }
        }
    }

    private static void collectTargets(Container c, List<AbstractButton> into) {
        for (Component child : c.getComponents()) {
            if (!child.isVisible()) {
                continue;
            }
            if (child instanceof AbstractButton b && !b.getVisibleRect().isEmpty()) {
                into.add(b);
            } else if (child instanceof Container inner) {
                collectTargets(inner, into);
            }
        }
    }

    private static String describe(Component c) {
        return c.getClass().getSimpleName() + " '" + c.getName() + "'";
    }
}
