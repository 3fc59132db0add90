package org.madang.hardware.qr;

/** Hears what a QR scanner read. Called off the EDT: hand work on. */
@FunctionalInterface
public interface QrListener {
    /** A code was scanned; {@code text} is its whole content. */
    void scanned(String text);
}
