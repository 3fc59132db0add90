package org.madang.core.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.madang.core.document.DocumentContent.Block;
import org.madang.core.document.DocumentContent.Field;
import org.madang.core.document.DocumentContent.Fields;
import org.madang.core.document.DocumentContent.Paragraph;
import org.madang.core.document.DocumentContent.Table;

/**
 * Places a document's words on A4 pages as drawing operations, breaking lines and tables; the
 * page furniture (number, site and time, page n/m, verification hint, QR) comes last, when the
 * page count is known. {@link DocumentPdf} seals the words and draws the operations.
 */
final class DocumentLayout {
    static final float W = PDRectangle.A4.getWidth();
    static final float H = PDRectangle.A4.getHeight();
    private static final float MARGIN = 56;
    private static final float FOOTER_TOP = 128;
    private static final float QR_SIZE = 92;
    /** The gap between words, in thousandths of an em. */
    private static final float[] INK = {0.1f, 0.1f, 0.1f};
    private static final float[] GREY = {0.45f, 0.45f, 0.45f};
    private static final float[] RULE = {0.6f, 0.6f, 0.6f};
    private static final float[] SHADE = {0.92f, 0.92f, 0.92f};
    private static final float[] WATERMARK = {0.85f, 0.85f, 0.85f};

    /** One thing drawn on a page, in order. */
    interface Op {
        void draw(PDPageContentStream cs, PDType0Font font, PDImageXObject qr) throws IOException;
    }

    record Text(float x, float y, float size, float[] colour, String text, float angle) implements Op {
        @Override
        public void draw(PDPageContentStream cs, PDType0Font font, PDImageXObject qr) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.setNonStrokingColor(colour[0], colour[1], colour[2]);
            if (angle == 0) {
                cs.newLineAtOffset(x, y);
            } else {
                cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(angle), x, y));
            }
            PdfWords.show(cs, font, text);
            cs.endText();
        }
    }

    private record Box(float x, float y, float w, float h, float[] fill, float[] stroke) implements Op {
        @Override
        public void draw(PDPageContentStream cs, PDType0Font font, PDImageXObject qr) throws IOException {
            cs.addRect(x, y, w, h);
            if (fill != null) {
                cs.setNonStrokingColor(fill[0], fill[1], fill[2]);
                if (stroke != null) {
                    cs.setStrokingColor(stroke[0], stroke[1], stroke[2]);
                    cs.setLineWidth(0.5f);
                    cs.fillAndStroke();
                } else {
                    cs.fill();
                }
            } else {
                cs.setStrokingColor(stroke[0], stroke[1], stroke[2]);
                cs.setLineWidth(0.5f);
                cs.stroke();
            }
        }
    }

    private record Line(float x1, float y1, float x2, float y2, float width) implements Op {
        @Override
        public void draw(PDPageContentStream cs, PDType0Font font, PDImageXObject qr) throws IOException {
            cs.setStrokingColor(RULE[0], RULE[1], RULE[2]);
            cs.setLineWidth(width);
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
        }
    }

    private record Qr(float x, float y, float size) implements Op {
        @Override
        public void draw(PDPageContentStream cs, PDType0Font font, PDImageXObject qr) throws IOException {
            cs.drawImage(qr, x, y, size, size);
        }
    }

    private final PDType0Font font;
    private final CmapLookup cmap;
    private final DocumentWords words;
    private final List<List<Op>> pages = new ArrayList<>();
    private List<Op> page;
    private float y;

    DocumentLayout(PDType0Font font, CmapLookup cmap, DocumentWords words) {
        this.font = font;
        this.cmap = cmap;
        this.words = words;
    }

    List<List<Op>> pages(DocumentContent content, DocumentPdf.Stamp stamp) throws IOException {
        newPage(stamp);
        float titleSize = "course-completion".equals(content.typeCode()) ? 30 : 22;
        centred(content.title(), titleSize, INK);
        y -= 6;
        centred(content.subtitle(), 11, GREY);
        y -= 18;
        for (Block block : content.blocks()) {
            if (block instanceof Fields f) {
                fields(f, stamp);
            } else if (block instanceof Table t) {
                table(t, stamp);
            } else if (block instanceof Paragraph p) {
                paragraph(p, stamp);
            }
            y -= 14;
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern(words.get("format.date"));
        need(70, stamp);
        y -= 10;
        centred(stamp.issuedAt().format(day), 13, INK);
        y -= 12;
        centred(words.get("footer.issuer", stamp.siteName()), 18, INK);
        footers(stamp);
        return pages;
    }

    private void newPage(DocumentPdf.Stamp stamp) {
        page = new ArrayList<>();
        pages.add(page);
        y = H - MARGIN;
        if (stamp.sample()) {
            String mark = fit(words.get("sample.mark"));
            float size = 72;
            float width = width(mark, size);
            double a = Math.toRadians(35);
            float cx = W / 2 - (float) (Math.cos(a) * width / 2);
            float cy = H / 2 - (float) (Math.sin(a) * width / 2);
            page.add(new Text(cx, cy, size, WATERMARK, mark, 35));
        }
        page.add(new Text(MARGIN, y - 9, 9, GREY, fit(stamp.siteName()), 0));
        y -= 30;
    }

    /** Starts a new page unless {@code height} fits above the footer. */
    private boolean need(float height, DocumentPdf.Stamp stamp) {
        if (y - height < FOOTER_TOP + 8) {
            newPage(stamp);
            return true;
        }
        return false;
    }

    private void centred(String text, float size, float[] colour) throws IOException {
        for (String line : wrap(text, size, W - 2 * MARGIN)) {
            y -= size * 1.25f;
            page.add(new Text((W - width(line, size)) / 2, y, size, colour, line, 0));
        }
    }

    private void fields(Fields f, DocumentPdf.Stamp stamp) throws IOException {
        float size = 11;
        float labelWidth = 110;
        for (Field field : f.fields()) {
            List<String> lines = wrap(field.value(), size, W - 2 * MARGIN - labelWidth);
            need(lines.size() * size * 1.6f, stamp);
            y -= size * 1.6f;
            page.add(new Text(MARGIN, y, size, GREY, fit(field.label()), 0));
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    y -= size * 1.4f;
                }
                page.add(new Text(MARGIN + labelWidth, y, size, INK, lines.get(i), 0));
            }
        }
    }

    private void paragraph(Paragraph p, DocumentPdf.Stamp stamp) throws IOException {
        float size = p.large() ? 14 : 10.5f;
        List<String> lines = wrap(p.text(), size, W - 2 * MARGIN - (p.centred() ? 40 : 0));
        need(lines.size() * size * 1.6f + 8, stamp);
        y -= 8;
        for (String line : lines) {
            y -= size * 1.6f;
            float x = p.centred() ? (W - width(line, size)) / 2 : MARGIN;
            page.add(new Text(x, y, size, p.centred() ? INK : GREY, line, 0));
        }
    }

    private void table(Table t, DocumentPdf.Stamp stamp) throws IOException {
        float size = 9.5f;
        float pad = 4;
        float total = W - 2 * MARGIN;
        int sum = t.widths().stream().mapToInt(Integer::intValue).sum();
        float[] widths = new float[t.widths().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = total * t.widths().get(i) / sum;
        }
        need(size * 6 + 20, stamp);
        y -= 14;
        page.add(new Text(MARGIN, y, 11, INK, fit(t.caption()), 0));
        y -= 6;
        row(t.header(), widths, size, pad, true);
        List<List<String>> rows = t.rows().isEmpty() ? List.of(emptyRow(t)) : t.rows();
        for (List<String> r : rows) {
            float h = rowHeight(r, widths, size, pad);
            if (need(h, stamp)) {
                row(t.header(), widths, size, pad, true);
            }
            row(r, widths, size, pad, false);
        }
    }

    private List<String> emptyRow(Table t) {
        List<String> r = new ArrayList<>();
        r.add(t.empty());
        while (r.size() < t.header().size()) {
            r.add("");
        }
        return r;
    }

    private float rowHeight(List<String> cells, float[] widths, float size, float pad) throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, wrap(cells.get(i), size, widths[i] - 2 * pad).size());
        }
        return lines * size * 1.35f + 2 * pad;
    }

    private void row(List<String> cells, float[] widths, float size, float pad, boolean header) throws IOException {
        float h = rowHeight(cells, widths, size, pad);
        float x = MARGIN;
        float top = y;
        for (int i = 0; i < cells.size(); i++) {
            page.add(new Box(x, top - h, widths[i], h, header ? SHADE : null, RULE));
            float ly = top - pad;
            for (String line : wrap(cells.get(i), size, widths[i] - 2 * pad)) {
                ly -= size * 1.35f;
                page.add(new Text(x + pad, ly + size * 0.3f, size, header ? GREY : INK, line, 0));
            }
            x += widths[i];
        }
        y = top - h;
    }

    /** Number, site and time, page, the verification hint and the QR on every page. */
    private void footers(DocumentPdf.Stamp stamp) throws IOException {
        DateTimeFormatter when = DateTimeFormatter.ofPattern(words.get("format.stamp"));
        int n = pages.size();
        for (int i = 0; i < n; i++) {
            List<Op> p = pages.get(i);
            p.add(new Line(MARGIN, FOOTER_TOP, W - MARGIN, FOOTER_TOP, 0.6f));
            float textWidth = W - 2 * MARGIN - QR_SIZE - 12;
            float fy = FOOTER_TOP - 22;
            p.add(new Text(MARGIN, fy, 11, INK, fit(words.get("footer.number", DocumentNumber.grouped(stamp.number()))), 0));
            fy -= 16;
            for (String line : wrap(words.get("footer.issued", stamp.issuedAt().format(when), stamp.siteName(), stamp.terminal()),
                    9, textWidth)) {
                p.add(new Text(MARGIN, fy, 9, GREY, line, 0));
                fy -= 13;
            }
            for (String line : wrap(words.get("footer.verify"), 8, textWidth)) {
                p.add(new Text(MARGIN, fy, 8, GREY, line, 0));
                fy -= 12;
            }
            if (stamp.sample()) {
                for (String line : wrap(words.get("sample.note"), 9, textWidth)) {
                    p.add(new Text(MARGIN, fy, 9, INK, line, 0));
                    fy -= 13;
                }
            }
            String pageNo = words.get("footer.page", i + 1, n);
            p.add(new Text((W - width(pageNo, 9)) / 2, 20, 9, GREY, pageNo, 0));
            p.add(new Qr(W - MARGIN - QR_SIZE, 24, QR_SIZE));
        }
    }

    /** Breaks text into lines no wider than {@code max}: at spaces where it can, else between characters. */
    private List<String> wrap(String text, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : fit(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split("(?<= )")) {
                if (width(line + word, size) <= max) {
                    line.append(word);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                }
                for (int i = 0; i < word.length(); ) {
                    int cp = word.codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    if (line.length() > 0 && width(line + ch, size) > max) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.append(ch);
                    i += Character.charCount(cp);
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private float width(String text, float size) {
        try {
            return PdfWords.width(font, text, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text as it will read back: a character the font lacks is replaced visibly (never
     * dropped), and one that shares its glyph with a lower code point (U+2013 with the soft
     * hyphen in NanumGothic) becomes that code point, which is what the file's ToUnicode map
     * will say — so the sealed words are the words a reader extracts. Spaces stay (drawn as gaps).
     */
    private String fit(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int gid = cp == ' ' || cp == '\n' ? -1 : cmap.getGlyphId(cp);
            if (gid < 0) {
                b.appendCodePoint(cp);
            } else if (gid == 0) {
                b.append('?');
            } else {
                List<Integer> codes = cmap.getCharCodes(gid);
                b.appendCodePoint(codes == null || codes.isEmpty() ? cp : codes.stream().min(Integer::compare).orElse(cp));
            }
        });
        return b.toString();
    }
}
