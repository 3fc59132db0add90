package org.madang.hardware.qr;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What counts as a scan: printable text of at most {@code maxLength} characters. Anything else
 * (line noise, a binary burst, a scanner stuck sending) is ignored with one log line.
 */
public final class ScanFilter {
    /** Longer than any code Madang prints or reads (a signed token is about 120 characters). */
    public static final int DEFAULT_MAX_LENGTH = 512;
    private static final Logger log = LoggerFactory.getLogger(ScanFilter.class);

    private final String device;
    private final int maxLength;

    public ScanFilter(String device, int maxLength) {
        this.device = device;
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The scan, or empty when it is not one (and a log line says why). */
    public Optional<String> accept(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.length() > maxLength) {
            log.warn("{}: ignored {} characters of input, longer than {} (a stuck scanner or line noise)", device, text.length(), maxLength);
            return Optional.empty();
        }
        if (!text.codePoints().allMatch(cp -> cp >= 0x20 && cp != 0x7F && cp != 0xFFFD && !Character.isISOControl(cp))) {
            log.warn("{}: ignored {} characters with control or undecodable bytes (line noise?)", device, text.length());
            return Optional.empty();
        }
        return Optional.of(text);
    }
}
