package org.madang.hardware.receipt;

import com.google.zxing.common.BitMatrix;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link Receipt} as an image that looks like 80 mm thermal paper (576 dots wide at
 * 203 dpi), for the simulated printer and on-screen previews.
 */
public final class ReceiptImageRenderer {
    /** Printable width of 80 mm paper in dots. */
    public static final int PAPER_DOTS = 576;
    private static final int MARGIN = 16;
    private static final int QR_DOTS_PER_MODULE = 6;
    private static final Color PAPER = new Color(0xFB, 0xFA, 0xF5);
    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);

    private final Font normal;
    private final Font large;

    /** @param family a font family that can display Hangul */
    public ReceiptImageRenderer(String family) {
        this.normal = new Font(family, Font.PLAIN, 24);
        this.large = new Font(family, Font.PLAIN, 44);
    }

    /** Whether the receipt's font has every letter of {@code text} (line breaks aside). */
    public boolean canDraw(String text) {
        return normal.canDisplayUpTo(text.replaceAll("[\\r\\n\\t]", " ")) == -1;
    }

    public BufferedImage render(Receipt receipt) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        int height = draw(receipt, null, scratch.createGraphics());
        BufferedImage image = new BufferedImage(PAPER_DOTS, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(PAPER);
            g.fillRect(0, 0, PAPER_DOTS, height);
            draw(receipt, g, g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Lays out (and, when {@code g} is not null, paints) the receipt; returns the height used. */
    private int draw(Receipt receipt, Graphics2D g, Graphics2D measure) {
        int y = MARGIN;
        int width = PAPER_DOTS - 2 * MARGIN;
        for (ReceiptLine line : receipt.lines()) {
            y = drawLine(line, y, width, g, measure);
        }
        return y + MARGIN;
    }

    private int drawLine(ReceiptLine line, int top, int width, Graphics2D g, Graphics2D measure) {
        int y = top;
        if (line instanceof ReceiptLine.Text t) {
            Font base = t.size() == ReceiptLine.Size.DOUBLE ? large : normal;
            Font font = t.bold() ? base.deriveFont(Font.BOLD) : base;
            FontMetrics fm = measure.getFontMetrics(font);
            for (String part : wrap(t.text(), fm, width)) {
                y += fm.getAscent();
                if (g != null) {
                    g.setFont(font);
                    g.setColor(INK);
                    int w = fm.stringWidth(part);
                    int x = switch (t.align()) {
                        case LEFT -> MARGIN;
                        case CENTRE -> MARGIN + (width - w) / 2;
                        case RIGHT -> MARGIN + width - w;
                    };
                    g.drawString(part, x, y);
                }
                y += fm.getDescent() + 4;
            }
        } else if (line instanceof ReceiptLine.Row r) {
            FontMetrics fm = measure.getFontMetrics(normal);
            // label and value side by side; when they do not fit (a label in two languages), the value on the line below, at the right
            boolean apart = fm.stringWidth(r.label()) + fm.stringWidth("  ") + fm.stringWidth(r.value()) > width;
            y += fm.getAscent();
            if (g != null) {
                g.setFont(normal);
                g.setColor(INK);
                g.drawString(r.label(), MARGIN, y);
            }
            if (apart) {
                y += fm.getDescent() + fm.getAscent();
            }
            if (g != null) {
                g.drawString(r.value(), MARGIN + width - fm.stringWidth(r.value()), y);
            }
            y += fm.getDescent() + 4;
        } else if (line instanceof ReceiptLine.Rule) {
            y += 10;
            if (g != null) {
                g.setColor(INK);
                g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
                g.drawLine(MARGIN, y, MARGIN + width, y);
            }
            y += 12;
        } else if (line instanceof ReceiptLine.Qr qr) {
            BitMatrix m = QrImages.encode(qr.payload());
            int size = m.getWidth() * QR_DOTS_PER_MODULE;
            int x0 = (PAPER_DOTS - size) / 2;
            if (g != null) {
                g.setColor(INK);
                for (int my = 0; my < m.getHeight(); my++) {
                    for (int mx = 0; mx < m.getWidth(); mx++) {
                        if (m.get(mx, my)) {
                            g.fillRect(x0 + mx * QR_DOTS_PER_MODULE, y + my * QR_DOTS_PER_MODULE, QR_DOTS_PER_MODULE, QR_DOTS_PER_MODULE);
                        }
                    }
                }
            }
            y += size + 4;
        } else if (line instanceof ReceiptLine.Barcode b) {
            BitMatrix m = QrImages.code128(b.data());
            int scale = Math.max(1, Math.min(3, width / m.getWidth()));
            int x0 = (PAPER_DOTS - m.getWidth() * scale) / 2;
            int height = 80;
            if (g != null) {
                g.setColor(INK);
                for (int mx = 0; mx < m.getWidth(); mx++) {
                    if (m.get(mx, 0)) {
                        g.fillRect(x0 + mx * scale, y, scale, height);
                    }
                }
            }
            y += height;
            FontMetrics fm = measure.getFontMetrics(normal);
            y += fm.getAscent();
            if (g != null) {
                g.setFont(normal);
                g.drawString(b.data(), (PAPER_DOTS - fm.stringWidth(b.data())) / 2, y);
            }
            y += fm.getDescent() + 4;
        } else if (line instanceof ReceiptLine.Logo logo) {
            BufferedImage image = logo.image();
            double scale = Math.min(1.0, width / (double) image.getWidth());
            int w = (int) Math.round(image.getWidth() * scale);
            int h = (int) Math.round(image.getHeight() * scale);
            if (g != null) {
                g.drawImage(image, (PAPER_DOTS - w) / 2, y, w, h, null);
            }
            y += h + 4;
        } else if (line instanceof ReceiptLine.Feed) {
            y += measure.getFontMetrics(normal).getHeight();
        } else if (line instanceof ReceiptLine.Cut) {
            y += 24;
            if (g != null) {
                drawTornEdge(g, y);
            }
            y += 12;
        }
        return y;
    }

    private static void drawTornEdge(Graphics2D g, int y) {
        Polygon teeth = new Polygon();
        teeth.addPoint(0, y + 12);
        for (int x = 0; x <= PAPER_DOTS; x += 12) {
            teeth.addPoint(x, (x / 12) % 2 == 0 ? y : y + 8);
        }
        teeth.addPoint(PAPER_DOTS, y + 40);
        teeth.addPoint(0, y + 40);
        g.setColor(Color.WHITE);
        g.fillPolygon(teeth);
    }

    /** Splits text into lines that fit {@code width}, at spaces where possible. */
    static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("(?<= )")) {
            if (fm.stringWidth(line + word) <= width) {
                line.append(word);
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            for (char c : word.toCharArray()) {
                if (fm.stringWidth(line.toString() + c) > width && line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                line.append(c);
            }
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString().stripTrailing());
        }
        return out;
    }
}
