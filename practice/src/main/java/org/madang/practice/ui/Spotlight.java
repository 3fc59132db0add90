package org.madang.practice.ui;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Area;
import java.awt.geom.RoundRectangle2D;
import java.util.function.Consumer;
import javax.swing.JComponent;

/**
 * The guided lesson's overlay on the kiosk: everything dimmed but the next control, ringed in
 * yellow. Touches outside the ring land on the overlay (and do nothing but count); inside it,
 * {@link #contains} says no, so Swing hands them to the control underneath.
 */
final class Spotlight extends JComponent {
    private static final long serialVersionUID = 1L;
    private static final Color DIM = new Color(0, 0, 0, 150);
    private static final Color RING = new Color(0xFF, 0xD4, 0x00);

    private Rectangle hole;

    /** @param missed told where a touch outside the ring landed (in this overlay's coordinates) */
    Spotlight(Consumer<java.awt.Point> missed) {
        setName("practice.spotlight");
        setOpaque(false);
        addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                // while the screen changes nothing is lit yet: a touch then does nothing, and is no mistake
                if (hole != null && !hole.isEmpty()) {
                    missed.accept(e.getPoint());
                }
            }
        });
    }

    /** Rings {@code around} (in this overlay's coordinates); null takes the overlay away. */
    void show(Rectangle around) {
        hole = around;
        setVisible(around != null);
        repaint();
    }

    Rectangle hole() {
        return hole;
    }

    @Override
    public boolean contains(int x, int y) {
        return hole != null && !hole.contains(x, y);
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (hole == null) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int pad = 6;
        RoundRectangle2D ring = new RoundRectangle2D.Double(hole.x - pad, hole.y - pad, hole.width + 2.0 * pad, hole.height + 2.0 * pad, 24, 24);
        Area dim = new Area(new Rectangle(0, 0, getWidth(), getHeight()));
        dim.subtract(new Area(ring));
        g2.setComposite(AlphaComposite.SrcOver);
        g2.setColor(DIM);
        g2.fill(dim);
        g2.setColor(RING);
        g2.setStroke(new BasicStroke(8f));
        g2.draw(ring);
        g2.dispose();
    }
}
