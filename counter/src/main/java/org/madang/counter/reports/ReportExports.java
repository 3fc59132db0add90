package org.madang.counter.reports;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Optional;
import org.madang.core.report.SiteReport;

/** The report's CSV and PDF in the clerk's words; the PDF in the site's Hangul font (none: no PDF, and it says why). */
public final class ReportExports implements ReportsPresenter.ReportFiles {
    private final ReportText text;
    private final Optional<Path> font;

    public ReportExports(ReportText text, Optional<Path> font) {
        this.text = text;
        this.font = font;
    }

    @Override
    public void csv(SiteReport report, Writer out) throws IOException {
        new ReportCsv(text).write(report, out);
    }

    @Override
    public void pdf(SiteReport report, OutputStream out) throws IOException {
        Path file = font.orElseThrow(() -> new IOException("no TrueType font with Hangul for the PDF (install fonts-nanum)"));
        new ReportPdf(text, file, family(file)).write(report, out);
    }

    /** The family charts draw in on the screen: the PDF's, so both look alike; the window's font without one. */
    public static String chartFamily(Optional<Path> font) {
        if (font.isPresent()) {
            try {
                return family(font.get());
            } catch (IOException e) {
                // the window's font below
            }
        }
        return javax.swing.UIManager.getFont("Label.font").getFamily();
    }

    /** The family AWT knows the font file by (charts in the PDF draw in it). */
    static String family(Path file) throws IOException {
        try {
            Font f = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
            java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(f);
            return f.getFamily();
        } catch (FontFormatException e) {
            throw new IOException(file + " is not a TrueType font", e);
        }
    }
}
