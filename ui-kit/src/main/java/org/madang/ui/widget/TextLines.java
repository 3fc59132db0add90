package org.madang.ui.widget;

import com.formdev.flatlaf.ui.FlatUIUtils;
import java.awt.Component;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.util.List;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * A few lines of text that a button draws as its icon: the first line bold, the rest plain,
 * in the button's own font and colour. A calendar of 90 days is 90 such buttons, and an HTML
 * text costs each of them an HTML document and view; these lines cost a few string widths.
 * A line wider than the button has room for (a zoomed screen, a long name) wraps at its spaces,
 * or between letters when a word alone is too wide, and the button grows taller instead.
 */
public final class TextLines implements Icon {
    private final JComponent owner;
    private final List<String> lines;
    private final boolean centred;
    private final int pad;
    private final Icon picture;
    private final boolean wraps;
    private Font plain;
    private Font bold;
    /** The lines as last wrapped, for the room and font they were wrapped for. */
    private List<String> wrapped;
    private List<Boolean> wrappedBold;
    private int wrappedFor = -1;
    private Font wrappedFont;

    /**
     * @param centred each line centred in the widest one; else all start at the left
     * @param pad     pixels kept clear left and right (FlatLaf gives an icon-only button slim margins)
     */
    public TextLines(JComponent owner, List<String> lines, boolean centred, int pad) {
        this(owner, lines, centred, pad, null);
    }

    /**
     * Lines with a picture: above them when centred, at their left otherwise.
     *
     * @param picture a pictogram, or {@code null} for none
     */
    public TextLines(JComponent owner, List<String> lines, boolean centred, int pad, Icon picture) {
        this(owner, lines, centred, pad, picture, false);
    }

    /**
     * @param wraps whether a line wider than the button wraps (a zoomed screen); otherwise lines keep
     *     their width and the layout gives the button room for them, as it always has
     */
    public TextLines(JComponent owner, List<String> lines, boolean centred, int pad, Icon picture, boolean wraps) {
        this.wraps = wraps;
        this.owner = owner;
        this.lines = List.copyOf(lines);
        this.centred = centred;
        this.pad = pad;
        this.picture = picture;
    }

    /** The lines as one sentence, for assistive technology and tests. */
    public String text() {
        return String.join(" ", lines);
    }

    public List<String> lines() {
        return lines;
    }

    @Override
    public int getIconWidth() {
        int width = Math.min(textWidth(), room() > 0 ? room() : Integer.MAX_VALUE);
        if (picture != null) {
            width = centred ? Math.max(width, picture.getIconWidth()) : picture.getIconWidth() + gap() + width;
        }
        return width + 2 * pad;
    }

    @Override
    public int getIconHeight() {
        int height = textHeight();
        if (picture != null) {
            height = centred ? picture.getIconHeight() + gap() + height : Math.max(height, picture.getIconHeight());
        }
        return height;
    }

    private int textWidth() {
        int width = 0;
        for (int i = 0; i < lines.size(); i++) {
            width = Math.max(width, metrics(i).stringWidth(lines.get(i)));
        }
        return width;
    }

    private int textHeight() {
        int height = 0;
        wrap();
        for (int i = 0; i < wrapped.size(); i++) {
            height += metrics(wrappedBold.get(i)).getHeight();
        }
        return height;
    }

    private int textHeight(List<String> pieces, List<Boolean> boldness) {
        int height = 0;
        for (int i = 0; i < pieces.size(); i++) {
            height += metrics(boldness.get(i)).getHeight();
        }
        return height;
    }

    /** The width the owner has for the words (0 before it is laid out: then the lines are not wrapped). */
    private int room() {
        if (!wraps || owner.getWidth() <= 0) {
            return 0;
        }
        java.awt.Insets in = owner.getInsets();
        int room = owner.getWidth() - in.left - in.right - 2 * pad;
        if (picture != null && !centred) {
            room -= picture.getIconWidth() + gap();
        }
        return Math.max(1, room);
    }

    /** Wraps the lines to the room there is, once per room and font. */
    private void wrap() {
        int room = room();
        metrics(0);
        if (wrapped != null && room == wrappedFor && plain == wrappedFont) {
            return;
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.List<Boolean> boldness = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            FontMetrics fm = metrics(i);
            for (String piece : room > 0 ? breakLine(lines.get(i), fm, room) : List.of(lines.get(i))) {
                out.add(piece);
                boldness.add(i == 0);
            }
        }
        boolean taller = wrapped != null && out.size() > wrapped.size();
        wrapped = out;
        wrappedBold = boldness;
        wrappedFor = room;
        wrappedFont = plain;
        if (taller && textHeight(out, boldness) > owner.getHeight() - owner.getInsets().top - owner.getInsets().bottom) {
            // the button now needs more height than it has: its layout (and the ones around it) must ask again
            owner.revalidate();
        }
    }

    /** One line broken into pieces no wider than {@code room}: at spaces, or inside a word too wide alone. */
    static List<String> breakLine(String line, FontMetrics fm, int room) {
        if (fm.stringWidth(line) <= room) {
            return List.of(line);
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            String tried = current.length() == 0 ? word : current + " " + word;
            if (fm.stringWidth(tried) <= room) {
                current.setLength(0);
                current.append(tried);
                continue;
            }
            if (current.length() > 0) {
                out.add(current.toString());
                current.setLength(0);
            }
            // a word wider than the room on its own: as many letters as fit, then the rest
            String rest = word;
            while (fm.stringWidth(rest) > room && rest.length() > 1) {
                int fit = rest.length() - 1;
                while (fit > 1 && fm.stringWidth(rest.substring(0, fit)) > room) {
                    fit--;
                }
                out.add(rest.substring(0, fit));
                rest = rest.substring(fit);
            }
            current.append(rest);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    /** Between the picture and the words: a quarter of the picture. */
    private int gap() {
        return picture == null ? 0 : picture.getIconHeight() / 4;
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        int left = x + pad;
        int top = y;
        int width = getIconWidth() - 2 * pad;
        if (picture != null) {
            if (centred) {
                picture.paintIcon(c, g, left + (width - picture.getIconWidth()) / 2, top);
                top += picture.getIconHeight() + gap();
            } else {
                picture.paintIcon(c, g, left, y + (getIconHeight() - picture.getIconHeight()) / 2);
                left += picture.getIconWidth() + gap();
                width -= picture.getIconWidth() + gap();
                top = y + (getIconHeight() - textHeight()) / 2;
            }
        }
        paintLines(g, left, top, width);
    }

    private void paintLines(Graphics g, int x, int y, int width) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setColor(owner.isEnabled() ? owner.getForeground() : UIManager.getColor("Button.disabledText"));
            int top = y;
            wrap();
            for (int i = 0; i < wrapped.size(); i++) {
                FontMetrics fm = metrics(wrappedBold.get(i));
                g2.setFont(fm.getFont());
                int left = x + (centred ? (width - fm.stringWidth(wrapped.get(i))) / 2 : 0);
                FlatUIUtils.drawString(owner, g2, wrapped.get(i), left, top + fm.getAscent());
                top += fm.getHeight();
            }
        } finally {
            g2.dispose();
        }
    }

    /** The first line's metrics in bold; the bold font is derived once per font the owner gets (a theme change). */
    private FontMetrics metrics(int line) {
        return metrics(line == 0);
    }

    private FontMetrics metrics(boolean isBold) {
        Font font = owner.getFont();
        if (font != plain) {
            plain = font;
            bold = font.deriveFont(Font.BOLD);
        }
        return owner.getFontMetrics(isBold ? bold : plain);
    }
}
