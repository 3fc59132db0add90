package org.madang.core.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The first page of a document as a picture to show before issuing, with its words for a
 * screen reader (someone who cannot see the picture hears what the page says) and the number
 * of pages the document has.
 */
public final class PagePicture {
    private final BufferedImage image;
    private final String words;
    private final int pages;

    private PagePicture(BufferedImage image, String words, int pages) {
        this.image = image;
        this.words = words;
        this.pages = pages;
    }

    /** Renders page 1 of {@code pdf} at {@code dpi}; slow (tens of milliseconds): not on the UI thread. */
    public static PagePicture firstPage(byte[] pdf, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.RGB);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return new PagePicture(image, stripper.getText(doc).strip(), doc.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException("the document's first page cannot be drawn: " + e.getMessage(), e);
        }
    }

    public BufferedImage image() {
        return image;
    }

    /** The page's words in reading order, lines separated by line breaks. */
    public String words() {
        return words;
    }

    public int pages() {
        return pages;
    }
}
