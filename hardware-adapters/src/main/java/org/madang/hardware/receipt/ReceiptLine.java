package org.madang.hardware.receipt;

/** One element of a {@link Receipt}. */
public sealed interface ReceiptLine {

    /** Character size: normal, or double width and height. */
    enum Size { NORMAL, DOUBLE }

    /** Horizontal alignment of a text line. */
    enum Align { LEFT, CENTRE, RIGHT }

    /** A line of text; long text wraps. */
    record Text(String text, Size size, boolean bold, Align align) implements ReceiptLine {
    }

    /** A label on the left and a value on the right of the same line. */
    record Row(String label, String value) implements ReceiptLine {
    }

    /** A dashed separator across the paper. */
    record Rule() implements ReceiptLine {
    }

    /** A QR code, centred. */
    record Qr(String payload) implements ReceiptLine {
    }

    /** An empty line. */
    record Feed() implements ReceiptLine {
    }

    /** Feed and cut the paper. */
    record Cut() implements ReceiptLine {
    }
}
