package org.madang.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.RepaintManager;

/** Paints a Swing component tree into an image without a window, so screenshots need no display. */
public final class Offscreen {
    /** Layout passes at most: a tree that still moves after these is drawn as it stands. */
    private static final int MAX_PASSES = 8;

    private Offscreen() {
    }

    /** A fingerprint of where every component is. */
    private static int bounds(Component c) {
        int h = c.getBounds().hashCode();
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                h = 31 * h + bounds(child);
            }
        }
        return h;
    }

    public static BufferedImage render(JComponent root, int width, int height) {
        root.setSize(width, height);
        // wrapping text learns its width in the first pass and its height in the second; a scroll pane
        // whose bar appeared in the second narrows its view, which wraps again in a third — and so on
        // until nothing moves (a text wrapped at the width it was last given settles a pass or two later)
        int before = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            layout(root);
            int now = bounds(root);
            if (pass >= 2 && now == before) {
                break;
            }
            before = now;
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        RepaintManager manager = RepaintManager.currentManager(root);
        boolean buffered = manager.isDoubleBufferingEnabled();
        try {
            manager.setDoubleBufferingEnabled(false);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            root.paint(g);
        } finally {
            manager.setDoubleBufferingEnabled(buffered);
            g.dispose();
        }
        return image;
    }

    public static void write(BufferedImage image, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(image, "png", file.toFile());
    }

    /** Lays the whole tree out afresh: every layout forgets what it worked out before (sizes cached for other widths). */
    private static void layout(Container root) {
        invalidateAll(root);
        doLayoutAll(root);
    }

    private static void doLayoutAll(Component c) {
        c.doLayout();
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                doLayoutAll(child);
            }
        }
    }

    private static void invalidateAll(Component c) {
        c.invalidate();
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                invalidateAll(child);
            }
        }
    }
}
