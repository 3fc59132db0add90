package org.madang.hardware.receipt;

import java.util.ArrayList;
import java.util.List;

/**
 * A device-neutral receipt: what to print, not how. Renderers turn it into ESC/POS bytes or
 * into an image that looks like thermal paper.
 */
public record Receipt(List<ReceiptLine> lines) {
    public Receipt {
        lines = List.copyOf(lines);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** All printed text, one line per text or row element, for tests and logs. */
    public String plainText() {
        StringBuilder b = new StringBuilder();
        for (ReceiptLine line : lines) {
            if (line instanceof ReceiptLine.Text t) {
                b.append(t.text()).append('\n');
            } else if (line instanceof ReceiptLine.Row r) {
                b.append(r.label()).append(' ').append(r.value()).append('\n');
            }
        }
        return b.toString();
    }

    /** The payloads of the QR codes on this receipt, in order. */
    public List<String> qrPayloads() {
        return lines.stream().filter(ReceiptLine.Qr.class::isInstance).map(l -> ((ReceiptLine.Qr) l).payload()).toList();
    }

    /** Collects receipt lines in order. */
    public static final class Builder {
        private final List<ReceiptLine> lines = new ArrayList<>();

        public Builder title(String text) {
            lines.add(new ReceiptLine.Text(text, ReceiptLine.Size.DOUBLE, true, ReceiptLine.Align.CENTRE));
            return this;
        }

        public Builder centred(String text) {
            lines.add(new ReceiptLine.Text(text, ReceiptLine.Size.NORMAL, false, ReceiptLine.Align.CENTRE));
            return this;
        }

        public Builder text(String text) {
            lines.add(new ReceiptLine.Text(text, ReceiptLine.Size.NORMAL, false, ReceiptLine.Align.LEFT));
            return this;
        }

        public Builder bold(String text) {
            lines.add(new ReceiptLine.Text(text, ReceiptLine.Size.NORMAL, true, ReceiptLine.Align.LEFT));
            return this;
        }

        public Builder row(String label, String value) {
            lines.add(new ReceiptLine.Row(label, value));
            return this;
        }

        public Builder rule() {
            lines.add(new ReceiptLine.Rule());
            return this;
        }

        public Builder qr(String payload) {
            lines.add(new ReceiptLine.Qr(payload));
            return this;
        }

        public Builder barcode(String data) {
            lines.add(new ReceiptLine.Barcode(data));
            return this;
        }

        public Builder logo(java.awt.image.BufferedImage image) {
            lines.add(new ReceiptLine.Logo(image));
            return this;
        }

        public Builder right(String text) {
            lines.add(new ReceiptLine.Text(text, ReceiptLine.Size.NORMAL, false, ReceiptLine.Align.RIGHT));
            return this;
        }

        public Builder line(String text, ReceiptLine.Size size, boolean bold, ReceiptLine.Align align) {
            lines.add(new ReceiptLine.Text(text, size, bold, align));
            return this;
        }

        public Builder feed() {
            lines.add(new ReceiptLine.Feed());
            return this;
        }

        public Builder cut() {
            lines.add(new ReceiptLine.Cut());
            return this;
        }

        public Receipt build() {
            return new Receipt(lines);
        }
    }
}
