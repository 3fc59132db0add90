package org.madang.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Drawn pictures for staged screens (the demo keeps no photographs): a sunlit room with a table
 * and chairs for a facility, a head and shoulders for an instructor — PNG bytes, as a file an
 * administrator would choose.
 */
public final class StagedPictures {
    private StagedPictures() {
    }

    /** A bright multi-purpose room: window, floor, a long table and chairs. */
    public static byte[] room() {
        BufferedImage image = new BufferedImage(1200, 700, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        try {
            g.setPaint(new GradientPaint(0, 0, new Color(0xF4EBDD), 0, 430, new Color(0xE6D8C3)));
            g.fillRect(0, 0, 1200, 430);
            g.setPaint(new GradientPaint(0, 430, new Color(0xC89B6D), 0, 700, new Color(0xA9784C)));
            g.fillRect(0, 430, 1200, 270);
            g.setColor(new Color(0xBFE3F5));
            g.fillRect(120, 70, 380, 250);
            g.fillRect(700, 70, 380, 250);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(10));
            g.drawRect(120, 70, 380, 250);
            g.drawRect(700, 70, 380, 250);
            g.drawLine(310, 70, 310, 320);
            g.drawLine(890, 70, 890, 320);
            g.setColor(new Color(0x7A5235));
            g.fillRoundRect(250, 420, 700, 50, 16, 16);
            g.fillRect(290, 470, 24, 140);
            g.fillRect(886, 470, 24, 140);
            g.setColor(new Color(0x3C7A5A));
            for (int x = 230; x <= 900; x += 130) {
                g.fillRoundRect(x, 360, 80, 90, 14, 14);
                g.fillRect(x + 8, 450, 12, 110);
                g.fillRect(x + 60, 450, 12, 110);
            }
        } finally {
            g.dispose();
        }
        return png(image);
    }

    /** Head and shoulders on a pale ground. */
    public static byte[] portrait() {
        BufferedImage image = new BufferedImage(480, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        try {
            g.setColor(new Color(0xD8E6F0));
            g.fillRect(0, 0, 480, 600);
            g.setColor(new Color(0x3C5A78));
            g.fillOval(140, 110, 200, 230);
            g.fillRoundRect(70, 360, 340, 300, 160, 160);
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private static Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
