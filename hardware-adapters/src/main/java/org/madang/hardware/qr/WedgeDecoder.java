package org.madang.hardware.qr;

import java.util.Optional;

/**
 * Tells a keyboard-wedge scanner from a person by timing: a scanner types its code with keys a
 * few milliseconds apart (7–16 ms) and ends with Enter; people are slower than the threshold
 * between most keys. Only a burst of at least {@code minLength} keys, each within the threshold
 * of the one before and closed by a fast Enter, is a scan.
 */
public final class WedgeDecoder {
    /** Gap between keys above which they were typed by hand. */
    public static final long DEFAULT_THRESHOLD_MS = 30;
    public static final int DEFAULT_MIN_LENGTH = 4;

    private final long thresholdMs;
    private final int minLength;
    private final StringBuilder burst = new StringBuilder();
    private long lastKeyAt = Long.MIN_VALUE;

    public WedgeDecoder(long thresholdMs, int minLength) {
        this.thresholdMs = thresholdMs;
        this.minLength = minLength;
    }

    /** A character key at {@code when} (ms, as {@code KeyEvent.getWhen()}). */
    public void key(char c, long when) {
        if (!fast(when)) {
            burst.setLength(0);
        }
        burst.append(c);
        lastKeyAt = when;
    }

    /** Enter at {@code when}: the scan, if the keys before it were one. */
    public Optional<String> enter(long when) {
        boolean scan = fast(when) && burst.length() >= minLength;
        String text = burst.toString();
        burst.setLength(0);
        lastKeyAt = Long.MIN_VALUE;
        return scan ? Optional.of(text) : Optional.empty();
    }

    /** Whether a key at {@code when} continues a burst (a scan may be under way). */
    public boolean inBurst(long when) {
        return burst.length() >= 1 && fast(when);
    }

    private boolean fast(long when) {
        return lastKeyAt != Long.MIN_VALUE && when - lastKeyAt <= thresholdMs && when >= lastKeyAt;
    }
}
