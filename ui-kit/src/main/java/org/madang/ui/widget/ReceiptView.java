package org.madang.ui.widget;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;

/** Shows a receipt image (as the simulated printer drew it) scaled to the space it gets. */
public final class ReceiptView extends JComponent {
    private static final long serialVersionUID = 1L;
    private transient BufferedImage image;

    public ReceiptView() {
        setName("receipt");
    }

    public void show(BufferedImage receipt, String accessibleText) {
        this.image = receipt;
        getAccessibleContext().setAccessibleName(accessibleText);
        revalidate();
        repaint();
    }

    @Override
    public javax.accessibility.AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                private static final long serialVersionUID = 1L;

                @Override
                public javax.accessibility.AccessibleRole getAccessibleRole() {
                    return javax.accessibility.AccessibleRole.LABEL;
                }
            };
        }
        return accessibleContext;
    }

    @Override
    public Dimension getPreferredSize() {
        return image == null ? new Dimension(0, 0) : new Dimension(image.getWidth(), image.getHeight());
    }

    @Override
    public Dimension getMinimumSize() {
        // shrinks to whatever room is left: the image scales down to fit
        return new Dimension(100, 100);
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (image == null) {
            return;
        }
        double scale = Math.min(1.0, Math.min((double) getWidth() / image.getWidth(), (double) getHeight() / image.getHeight()));
        int w = (int) (image.getWidth() * scale);
        int h = (int) (image.getHeight() * scale);
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g2.drawImage(image, (getWidth() - w) / 2, 0, w, h, null);
        } finally {
            g2.dispose();
        }
    }
}
