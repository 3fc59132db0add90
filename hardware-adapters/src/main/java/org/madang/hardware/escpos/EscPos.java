package org.madang.hardware.escpos;

/** ESC/POS command bytes (HARDWARE.md has the table and its sources). */
final class EscPos {
    static final byte ESC = 0x1B;
    static final byte GS = 0x1D;
    static final byte FS = 0x1C;
    static final byte DLE = 0x10;
    static final byte EOT = 0x04;
    static final byte LF = 0x0A;

    static final byte[] INITIALISE = {ESC, '@'};
    static final byte[] INTERNATIONAL_KOREA = {ESC, 'R', 0x0D};
    static final byte[] KOREAN_ON = {FS, '&'};
    static final byte[] KOREAN_OFF = {FS, '.'};

    private EscPos() {
    }

    static byte[] bold(boolean on) {
        return new byte[] {ESC, 'E', (byte) (on ? 1 : 0)};
    }

    /** 0 left, 1 centre, 2 right. */
    static byte[] align(int n) {
        return new byte[] {ESC, 'a', (byte) n};
    }

    /** {@code 0x00} normal, {@code 0x11} double width and height. */
    static byte[] size(int n) {
        return new byte[] {GS, '!', (byte) n};
    }

    static byte[] feedLines(int n) {
        return new byte[] {ESC, 'd', (byte) n};
    }

    /** Feed {@code n} and cut partially ({@code GS V 66 n}). */
    static byte[] partialCut(int n) {
        return new byte[] {GS, 'V', 66, (byte) n};
    }

    /** Real-time status request {@code DLE EOT n}. */
    static byte[] status(int n) {
        return new byte[] {DLE, EOT, (byte) n};
    }

    /** Automatic status back for drawer, online, error and paper sensor changes ({@code GS a n}). */
    static byte[] automaticStatusBack(boolean on) {
        return new byte[] {GS, 'a', (byte) (on ? 0x0F : 0x00)};
    }
}
