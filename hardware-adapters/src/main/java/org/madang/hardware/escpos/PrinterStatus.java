package org.madang.hardware.escpos;

/**
 * A receipt printer's condition as its status replies tell it.
 *
 * @param offline      the printer is offline (cover open, paper out, error, or switched to offline)
 * @param coverOpen    the cover is open
 * @param paperOut     the paper has run out (printing stopped)
 * @param paperNearEnd the roll is nearly used up
 * @param error        an error stopped the printer (cutter jam, overheating, ...)
 */
public record PrinterStatus(boolean offline, boolean coverOpen, boolean paperOut, boolean paperNearEnd, boolean error) {
    public static final PrinterStatus READY = new PrinterStatus(false, false, false, false, false);

    /** Whether {@code b} is a reply to {@code DLE EOT}: bit pattern {@code 0xx1xx10}. */
    public static boolean isStatusReply(int b) {
        return (b & 0x93) == 0x12;
    }

    /** Whether {@code b} starts an automatic-status-back block: bit pattern {@code 0xx1xx00}. */
    public static boolean isStatusBackStart(int b) {
        return (b & 0x93) == 0x10;
    }

    /** Whether {@code b} can continue an automatic-status-back block: bit pattern {@code 0xx0xxxx}. */
    public static boolean isStatusBackFollower(int b) {
        return (b & 0x90) == 0x00;
    }

    /** Reads the replies to {@code DLE EOT 1}, {@code 2} and {@code 4}. */
    public static PrinterStatus fromReplies(int printer, int offlineCause, int paper) {
        boolean paperEnd = (paper & 0x60) != 0 || (offlineCause & 0x20) != 0;
        return new PrinterStatus((printer & 0x08) != 0, (offlineCause & 0x04) != 0, paperEnd,
                (paper & 0x0C) != 0, (offlineCause & 0x40) != 0);
    }

    /**
     * Reads a 4-byte automatic status back block: first byte bit 3 offline, bit 5 cover open;
     * second byte bit 3 unrecoverable and bit 5 auto-recoverable error, bit 2 cutter error;
     * third byte bits 0–1 paper near end, bits 2–3 paper end.
     */
    public static PrinterStatus fromStatusBack(byte[] block) {
        int b1 = block[0] & 0xFF;
        int b2 = block[1] & 0xFF;
        int b3 = block[2] & 0xFF;
        return new PrinterStatus((b1 & 0x08) != 0, (b1 & 0x20) != 0, (b3 & 0x0C) != 0, (b3 & 0x03) != 0, (b2 & 0x2C) != 0);
    }

    /** Why a job cannot print now, in plain words, or null when it can. */
    public String fault() {
        if (paperOut) {
            return "paper out";
        }
        if (coverOpen) {
            return "cover open";
        }
        if (error) {
            return "printer error";
        }
        if (offline) {
            return "offline";
        }
        return null;
    }
}
