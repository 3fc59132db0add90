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

    /** A Code 128 barcode, centred, with its text printed below. */
    record Barcode(String data) implements ReceiptLine {
        public Barcode {
            if (data.isEmpty() || !data.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
                throw new IllegalArgumentException("a Code 128 barcode takes printable ASCII only");
            }
        }
    }

    /** A picture (the site's logo), centred, printed in black and white. */
    record Logo(java.awt.image.BufferedImage image) implements ReceiptLine {
    }

    /** An empty line. */
    record Feed() implements ReceiptLine {
    }

    /** Feed and cut the paper. */
    record Cut() implements ReceiptLine {
    }
}
