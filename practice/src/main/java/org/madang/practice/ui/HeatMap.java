package org.madang.practice.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import org.madang.practice.progress.StepFigure;
import org.madang.ui.Messages;

/**
 * Where a class stumbles, drawn over the screens: each step's screen dimmed but for its control,
 * the control ringed in a colour from calm to hot by the class's average time on that step (the
 * slowest step of the lesson hottest), and a caption with the average time and how many gave up
 * there.
 */
public final class HeatMap {
    private HeatMap() {
    }

    /** The heat of each step: its average time against the lesson's slowest step (0 to 1). */
    public static double heat(StepFigure step, List<StepFigure> all) {
        long max = all.stream().map(StepFigure::averageTime).mapToLong(Duration::toMillis).max().orElse(0);
        return max == 0 ? 0 : (double) step.averageTime().toMillis() / max;
    }

    /** A copy of {@code shot}'s picture with the heat of {@code figure} painted on. */
    public static BufferedImage paint(StepShots.Shot shot, StepFigure figure, double heat, String language, float fontPx) {
        BufferedImage src = shot.image();
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.drawImage(src, 0, 0, null);
            Color hot = colour(heat);
            Area dim = new Area(new Rectangle(0, 0, src.getWidth(), src.getHeight()));
            shot.control().ifPresent(r -> dim.subtract(new Area(r)));
            g.setColor(new Color(0, 0, 0, 110));
            g.fill(dim);
            shot.control().ifPresent(r -> {
                g.setColor(new Color(hot.getRed(), hot.getGreen(), hot.getBlue(), 70));
                g.fill(r);
                g.setColor(hot);
                int w = Math.max(6, Math.round(fontPx / 3));
                g.setStroke(new BasicStroke(w));
                g.drawRoundRect(r.x - w, r.y - w, r.width + 2 * w, r.height + 2 * w, 3 * w, 3 * w);
            });
            Messages words = Messages.forLanguage(language);
            String caption = words.get("practice.heat.caption", figure.index() + 1, Math.round(figure.averageTime().toMillis() / 100.0) / 10.0,
                    figure.reached(), figure.stoppedHere());
            int pad = Math.round(fontPx / 2);
            float size = fontPx;
            g.setFont(g.getFont().deriveFont(Font.BOLD, size));
            // the caption fits the picture's width: a smaller font rather than words cut off
            while (size > 12 && g.getFontMetrics().stringWidth(caption) > src.getWidth() - 2 * pad) {
                size -= 2;
                g.setFont(g.getFont().deriveFont(Font.BOLD, size));
            }
            FontMetrics fm = g.getFontMetrics();
            int boxH = fm.getHeight() + 2 * pad;
            g.setColor(hot.darker().darker());
            g.fillRect(0, src.getHeight() - boxH, src.getWidth(), boxH);
            g.setColor(Color.WHITE);
            g.drawString(caption, pad, src.getHeight() - pad - fm.getDescent());
        } finally {
            g.dispose();
        }
        return out;
    }

    /** From a calm blue-green (0) through amber to red (1). */
    static Color colour(double heat) {
        double h = Math.max(0, Math.min(1, heat));
        float hue = (float) (0.45 * (1 - h));
        return Color.getHSBColor(hue, 0.9f, 0.85f);
    }
}
