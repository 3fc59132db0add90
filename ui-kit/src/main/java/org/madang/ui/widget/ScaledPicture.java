package org.madang.ui.widget;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.swing.JComponent;

/**
 * A picture drawn as large as its place allows, its proportions kept and centred; nothing
 * (and no space, when hidden by the layout) without one. The bytes are a picture the catalogue
 * kept, already re-encoded at a kiosk's size.
 */
public final class ScaledPicture extends JComponent {
    private static final long serialVersionUID = 1L;

    private transient BufferedImage image;
    private final int height;

    /** @param height the height it asks for, in pixels */
    public ScaledPicture(String name, int height) {
        this.height = height;
        setName(name);
        setVisible(false);
    }

    /** Shows the picture (none, or bytes that are not one: hidden). */
    public void show(Optional<byte[]> bytes) {
        image = bytes.flatMap(ScaledPicture::read).orElse(null);
        setVisible(image != null);
        revalidate();
        repaint();
    }

    private static Optional<BufferedImage> read(byte[] bytes) {
        try {
            return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The picture's width and height, or empty when none is shown. */
    public Optional<Dimension> pictureSize() {
        return image == null ? Optional.empty() : Optional.of(new Dimension(image.getWidth(), image.getHeight()));
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(image == null ? 0 : Math.max(1, height * image.getWidth() / Math.max(1, image.getHeight())), image == null ? 0 : height);
    }

    @Override
    public Dimension getMinimumSize() {
        return new Dimension(0, image == null ? 0 : height / 2);
    }

    @Override
    public javax.accessibility.AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            // a picture to assistive technology, named by whoever shows it
            accessibleContext = new AccessibleJComponent() {
                private static final long serialVersionUID = 1L;

                @Override
                public javax.accessibility.AccessibleRole getAccessibleRole() {
                    return javax.accessibility.AccessibleRole.ICON;
                }
            };
        }
        return accessibleContext;
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (image == null) {
            return;
        }
        double scale = Math.min((double) getWidth() / image.getWidth(), (double) getHeight() / image.getHeight());
        int w = (int) Math.round(image.getWidth() * scale);
        int h = (int) Math.round(image.getHeight() * scale);
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g2.drawImage(image, (getWidth() - w) / 2, (getHeight() - h) / 2, w, h, null);
        } finally {
            g2.dispose();
        }
    }
}
