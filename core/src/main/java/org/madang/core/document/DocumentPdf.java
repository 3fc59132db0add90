package org.madang.core.document;

import com.google.zxing.common.BitMatrix;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Function;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.madang.hardware.receipt.QrImages;

/**
 * Lays a document's words out on A4 pages and writes them as a PDF/A-2b file: the Korean font
 * embedded as a subset, XMP metadata that says PDF/A-2b, an sRGB output intent, and on every
 * page the document number, the issuing site and time, the page number and the signed QR code.
 *
 * <p>The seal covers the SHA-256 of the document's words: every character drawn, in drawing
 * order, without white space — exactly what {@link #wordsOf(PDDocument)} reads back from the
 * file, so a verifier can tell a document whose words were changed.
 */
public final class DocumentPdf {
    private static final int QR_PIXELS_PER_MODULE = 4;
    /** The sRGB profile of the output intent, read at the first document (not when a terminal starts). */
    private static final class Srgb {
        static final byte[] PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /** The font's bytes, read at the first document: megabytes a kiosk need not read before its first frame. */
    private final java.util.function.Supplier<byte[]> font;
    private final DocumentWords words;

    /** @param trueTypeFont a TrueType font with Hangul (glyf outlines; NanumGothic, NanumBarunGothic…) */
    public DocumentPdf(byte[] trueTypeFont, DocumentWords words) {
        byte[] bytes = trueTypeFont.clone();
        this.font = () -> bytes;
        this.words = words;
    }

    private DocumentPdf(java.util.function.Supplier<byte[]> font, DocumentWords words) {
        this.font = font;
        this.words = words;
    }

    /** Over a font file, read when the first document is made; a file that cannot be read is refused now. */
    public static DocumentPdf withFont(Path trueTypeFont, DocumentWords words) throws IOException {
        if (!Files.isRegularFile(trueTypeFont) || !Files.isReadable(trueTypeFont)) {
            throw new java.nio.file.NoSuchFileException(trueTypeFont.toString(), null, "not a readable font file");
        }
        byte[][] read = new byte[1][];
        return new DocumentPdf(() -> {
            synchronized (read) {
                if (read[0] == null) {
                    try {
                        read[0] = Files.readAllBytes(trueTypeFont);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException("the document font " + trueTypeFont + " cannot be read", e);
                    }
                }
                return read[0];
            }
        }, words);
    }

    /**
     * What is printed around the words.
     *
     * @param number   the document number (16 digits)
     * @param terminal the terminal that issued it
     * @param sample   a preview (견본): watermarked on every page, sealed as a sample
     */
    public record Stamp(String number, String siteName, LocalDateTime issuedAt, String terminal, boolean sample) {
    }

    /** A written document: the file, the SHA-256 of its words, its seal and its page count. */
    public record Rendered(byte[] pdf, byte[] wordsSha256, Seal seal, int pages) {
        public Rendered {
            pdf = pdf.clone();
            wordsSha256 = wordsSha256.clone();
        }

        @Override
        public byte[] pdf() {
            return pdf.clone();
        }

        @Override
        public byte[] wordsSha256() {
            return wordsSha256.clone();
        }
    }

    /**
     * Lays out and writes a document; {@code sealer} is given the SHA-256 of the words and
     * returns the seal whose QR goes on every page.
     */
    public Rendered render(DocumentContent content, Stamp stamp, Function<byte[], Seal> sealer) {
        try (PDDocument doc = new PDDocument()) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font.get()));
            PDType0Font pdfFont = PDType0Font.load(doc, ttf, true);
            List<List<DocumentLayout.Op>> pages = new DocumentLayout(pdfFont, ttf.getUnicodeCmapLookup(), words).pages(content, stamp);
            StringBuilder all = new StringBuilder();
            for (List<DocumentLayout.Op> page : pages) {
                for (DocumentLayout.Op op : page) {
                    if (op instanceof DocumentLayout.Text t) {
                        all.append(t.text());
                    }
                }
            }
            byte[] sha = sha256(normalise(all));
            Seal seal = sealer.apply(sha);
            PDImageXObject qr = LosslessFactory.createFromImage(doc, qrImage(seal.text()));
            for (List<DocumentLayout.Op> ops : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (DocumentLayout.Op op : ops) {
                        op.draw(cs, pdfFont, qr);
                    }
                }
            }
            archival(doc, content, stamp);
            ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
            doc.save(out);
            return new Rendered(out.toByteArray(), sha, seal, pages.size());
        } catch (IOException e) {
            throw new UncheckedIOException("the document could not be written: " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of a PDF's words as {@link #render} sealed them. */
    public static byte[] wordsOf(PDDocument doc) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(false);
        return sha256(normalise(stripper.getText(doc)));
    }

    static String normalise(CharSequence text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c))
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static BufferedImage qrImage(String payload) {
        BitMatrix m = QrImages.encode(payload);
        int s = QR_PIXELS_PER_MODULE;
        BufferedImage img = new BufferedImage(m.getWidth() * s, m.getHeight() * s, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.getRaster().setSample(x, y, 0, m.get(x / s, y / s) ? 0 : 255);
            }
        }
        return img;
    }

    /** PDF/A-2b: XMP identification matching the document information, an sRGB output intent and a file identifier. */
    private static void archival(PDDocument doc, DocumentContent content, Stamp stamp) throws IOException {
        doc.setVersion(1.7f);
        Calendar created = GregorianCalendar.from(stamp.issuedAt().atZone(ZoneId.systemDefault()));
        created.setTimeZone(TimeZone.getTimeZone(ZoneId.systemDefault()));
        PDDocumentInformation info = doc.getDocumentInformation();
        String title = content.title() + " " + DocumentNumber.grouped(stamp.number());
        info.setTitle(title);
        info.setAuthor(stamp.siteName());
        info.setProducer("Madang");
        info.setCreator("Madang");
        info.setCreationDate(created);
        info.setModificationDate(created);
        String when = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(stamp.issuedAt().atZone(ZoneId.systemDefault()));
        String xmp = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">"
                + "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:format>application/pdf</dc:format>"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(title) + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:creator><rdf:Seq><rdf:li>" + xml(stamp.siteName()) + "</rdf:li></rdf:Seq></dc:creator></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"><xmp:CreatorTool>Madang</xmp:CreatorTool>"
                + "<xmp:CreateDate>" + when + "</xmp:CreateDate><xmp:ModifyDate>" + when + "</xmp:ModifyDate></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"><pdf:Producer>Madang</pdf:Producer>"
                + "</rdf:Description>\n</rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(Srgb.PROFILE));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
        byte[] id = sha256(stamp.number() + stamp.issuedAt() + stamp.sample());
        COSArray ids = new COSArray();
        ids.add(new COSString(java.util.Arrays.copyOf(id, 16)));
        ids.add(new COSString(java.util.Arrays.copyOf(id, 16)));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
