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
 */
public final class TextLines implements Icon {
    private final JComponent owner;
    private final List<String> lines;
    private final boolean centred;
    private final int pad;
    private final Icon picture;
    private Font plain;
    private Font bold;

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
        int width = textWidth();
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
        for (int i = 0; i < lines.size(); i++) {
            height += metrics(i).getHeight();
        }
        return height;
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
            for (int i = 0; i < lines.size(); i++) {
                FontMetrics fm = metrics(i);
                g2.setFont(fm.getFont());
                int left = x + (centred ? (width - fm.stringWidth(lines.get(i))) / 2 : 0);
                FlatUIUtils.drawString(owner, g2, lines.get(i), left, top + fm.getAscent());
                top += fm.getHeight();
            }
        } finally {
            g2.dispose();
        }
    }

    /** The first line's metrics in bold; the bold font is derived once per font the owner gets (a theme change). */
    private FontMetrics metrics(int line) {
        Font font = owner.getFont();
        if (font != plain) {
            plain = font;
            bold = font.deriveFont(Font.BOLD);
        }
        return owner.getFontMetrics(line == 0 ? bold : plain);
    }
}
