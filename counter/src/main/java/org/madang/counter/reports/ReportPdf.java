package org.madang.counter.reports;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;
import org.madang.core.report.ReportTable;
import org.madang.core.report.SiteReport;

/**
 * A report as a PDF for the county's monthly mail: A4, the title and summary first, then each
 * subject with its charts (vector graphics, drawn by JFreeChart onto the page) and its table,
 * in the site's Hangul font, embedded as a subset so the words can be searched and copied.
 */
public final class ReportPdf {
    private static final float MARGIN = 40;
    private static final float CHART_HEIGHT = 250;
    private static final float ROW = 13;

    private final ReportText text;
    private final Path fontFile;
    private final String chartFamily;

    /** @param fontFile a TrueType font with Hangul; {@code chartFamily} the family charts draw in (the same font, installed) */
    public ReportPdf(ReportText text, Path fontFile, String chartFamily) {
        this.text = text;
        this.fontFile = fontFile;
        this.chartFamily = chartFamily;
    }

    public void write(SiteReport report, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, fontFile.toFile());
            Writer w = new Writer(doc, font);
            w.line(text.title(report), 18);
            w.line(text.madeAt(report), 9);
            w.gap(10);
            Map<String, List<JFreeChart>> charts = new ReportCharts(text, chartFamily).all(report);
            for (ReportTable table : report.tables()) {
                w.gap(8);
                w.line(text.heading(table.titleKey()), 14);
                for (JFreeChart chart : charts.getOrDefault(table.titleKey(), List.of())) {
                    w.chart(chart, font);
                }
                w.table(table);
            }
            w.close();
            doc.save(out);
        }
    }

    /** Lays lines, charts and tables down the pages, starting a new page when one is full. */
    private final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        /** The ellipsis after cut words: the font's own, or three dots. */
        private final String more;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream page;
        private float y;

        Writer(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            this.more = shown("…").equals("…") ? "…" : "...";
            newPage();
        }

        private void newPage() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            page = new PDPageContentStream(doc, p);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void room(float needed) throws IOException {
            if (y - needed < MARGIN) {
                newPage();
            }
        }

        void gap(float points) {
            y -= points;
        }

        void line(String words, float size) throws IOException {
            room(size * 1.4f);
            y -= size * 1.2f;
            show(words, MARGIN, y, size, width);
            y -= size * 0.3f;
        }

        void chart(JFreeChart chart, PDType0Font registered) throws IOException {
            room(CHART_HEIGHT + 6);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, width, CHART_HEIGHT);
            PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer();
            // chart words as real text in the embedded font (searchable); any other font is drawn as outlines
            fonts.registerFont(chartFamily, registered);
            g.setFontTextDrawer(fonts);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, CHART_HEIGHT));
            g.dispose();
            PDFormXObject form = g.getXFormObject();
            y -= CHART_HEIGHT + 6;
            page.saveGraphicsState();
            page.transform(Matrix.getTranslateInstance(MARGIN, y));
            page.drawForm(form);
            page.restoreGraphicsState();
        }

        void table(ReportTable table) throws IOException {
            int columns = table.columnKeys().size();
            float first = columns == 1 ? width : Math.max(width * 0.34f, width / columns);
            float rest = columns == 1 ? 0 : (width - first) / (columns - 1);
            List<String> head = new ArrayList<>();
            table.columnKeys().forEach(k -> head.add(text.heading(k)));
            row(head, first, rest, true);
            if (table.rows().isEmpty()) {
                room(ROW);
                y -= ROW;
                show(text.heading("counter.report.empty"), MARGIN, y, 9, width);
            }
            for (List<Object> r : table.rows()) {
                row(r.stream().map(text::cell).toList(), first, rest, false);
            }
        }

        private void row(List<String> cells, float first, float rest, boolean head) throws IOException {
            room(ROW);
            if (head) {
                // the headings again at the top of a new page would need the table's state; a rule under them is enough
                y -= ROW;
                page.setLineWidth(0.5f);
                page.moveTo(MARGIN, y - 3);
                page.lineTo(MARGIN + width, y - 3);
                page.stroke();
            } else {
                y -= ROW;
            }
            float x = MARGIN;
            for (int c = 0; c < cells.size(); c++) {
                float w = c == 0 ? first : rest;
                show(cells.get(c), x, y, head ? 8.5f : 9, w - 4);
                x += w;
            }
        }

        /** Writes {@code words} at (x, y), cut with an ellipsis to {@code room} points, letters the font lacks as '?'. */
        private void show(String words, float x, float y, float size, float room) throws IOException {
            String fit = fitted(shown(words), size, room);
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y);
            org.madang.core.document.PdfWords.show(page, font, fit);
            page.endText();
        }

        private String shown(String words) {
            StringBuilder out = new StringBuilder();
            words.codePoints().forEach(cp -> {
                String one = new String(Character.toChars(cp));
                try {
                    font.encode(one);
                    out.append(one);
                } catch (IOException | IllegalArgumentException missing) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private String fitted(String words, float size, float room) throws IOException {
            if (width(words, size) <= room) {
                return words;
            }
            String cut = words;
            while (!cut.isEmpty() && width(cut + more, size) > room) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut + more;
        }

        private float width(String words, float size) throws IOException {
            return org.madang.core.document.PdfWords.width(font, words, size);
        }

        void close() throws IOException {
            page.close();
        }
    }
}
