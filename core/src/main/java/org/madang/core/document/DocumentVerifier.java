package org.madang.core.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.document.Verification.Summary;
import org.madang.core.document.Verification.Verdict;
import org.madang.core.facility.Localized;
import org.madang.hardware.qr.QrImageDecoder;

/**
 * Checks a document — its QR code's text, its typed number, a picture of it or its PDF —
 * against the site's signing key and the stored issuance. A PDF's words are read back and
 * compared with the sealed hash, so a changed word is caught even under a genuine QR code.
 */
public final class DocumentVerifier {
    private static final float RENDER_DPI = 200;

    private final Jdbi jdbi;
    private final DocumentSigner signer;
    private final java.util.List<DocumentSigner> formers;
    private final DocumentTypes types;

    public DocumentVerifier(Jdbi jdbi, DocumentSigner signer, DocumentTypes types) {
        this(jdbi, signer, types, java.util.List.of());
    }

    /** @param formers the keys of centres moved into the county after the first: the documents they issued before the move */
    public DocumentVerifier(Jdbi jdbi, DocumentSigner signer, DocumentTypes types, java.util.List<DocumentSigner> formers) {
        this.jdbi = jdbi;
        this.signer = signer;
        this.types = types;
        this.formers = java.util.List.copyOf(formers);
    }

    /** A scanned QR text or a typed document number (16 digits, spaces and hyphens allowed). */
    public Verification code(String text) {
        String t = text == null ? "" : text.strip();
        if (t.startsWith(Seal.PREFIX)) {
            return Seal.parse(t).map(this::seal).orElse(Verification.of(Verdict.NOT_A_DOCUMENT));
        }
        Optional<String> digits = DocumentNumber.digits(t);
        if (digits.isPresent()) {
            if (!DocumentNumber.checks(digits.get())) {
                return Verification.of(Verdict.MISTYPED);
            }
            return stored(digits.get()).map(r -> new Verification(r.summary().revoked() ? Verdict.REVOKED : Verdict.VALID,
                    Optional.of(r.summary()), false)).orElse(Verification.of(Verdict.UNKNOWN));
        }
        return Verification.of(Verdict.NOT_A_DOCUMENT);
    }

    /** A photo or scan of a paper document: the QR is checked; the words are the reader's to compare with the summary. */
    public Verification image(BufferedImage picture) {
        return QrImageDecoder.decode(picture).map(this::code).orElse(Verification.of(Verdict.NO_CODE));
    }

    /** A PDF: its QR (from the page's images, else the rendered page), the seal, the record, and the words. */
    public Verification pdf(byte[] file) {
        try (PDDocument doc = Loader.loadPDF(file)) {
            if (doc.getNumberOfPages() == 0) {
                return Verification.of(Verdict.UNREADABLE);
            }
            Optional<String> text = qrOf(doc);
            if (text.isEmpty()) {
                return Verification.of(Verdict.NO_CODE);
            }
            Optional<Seal> seal = Seal.parse(text.get());
            if (seal.isEmpty()) {
                return Verification.of(Verdict.NOT_A_DOCUMENT);
            }
            Verification v = seal(seal.get());
            if (v.verdict() != Verdict.VALID && v.verdict() != Verdict.SAMPLE) {
                // a training certificate's words are checked by its centre, not here
                return v;
            }
            byte[] words = Arrays.copyOf(DocumentPdf.wordsOf(doc), Seal.HASH_BYTES);
            if (!Arrays.equals(words, seal.get().contentHash())) {
                return new Verification(Verdict.ALTERED, v.summary(), true);
            }
            return new Verification(v.verdict(), v.summary(), true);
        } catch (IOException | RuntimeException e) {
            // a damaged or altered file often stops parsing altogether
            return Verification.of(Verdict.UNREADABLE);
        }
    }

    private Verification seal(Seal seal) {
        if (seal.kind() == Seal.Kind.TRAINING) {
            // a kiosk-training certificate: checked at its centre (madang practice --verify), never a civil document here
            return Verification.of(Verdict.TRAINING);
        }
        Optional<DocumentSigner> by = java.util.stream.Stream.concat(java.util.stream.Stream.of(signer), formers.stream())
                .filter(s -> s.keyId().equals(seal.keyId())).findFirst();
        if (by.isEmpty()) {
            return Verification.of(Verdict.OTHER_SITE);
        }
        if (!by.get().signedHere(seal)) {
            return Verification.of(Verdict.FORGED);
        }
        if (seal.kind() == Seal.Kind.SAMPLE) {
            return Verification.of(Verdict.SAMPLE);
        }
        Optional<Stored> stored = stored(seal.number());
        if (stored.isEmpty()) {
            return Verification.of(Verdict.UNKNOWN);
        }
        Summary summary = stored.get().summary();
        byte[] storedPrefix = Arrays.copyOf(HexFormat.of().parseHex(stored.get().contentHash()), Seal.HASH_BYTES);
        if (!Arrays.equals(storedPrefix, seal.contentHash())) {
            return new Verification(Verdict.ALTERED, Optional.of(summary), false);
        }
        return new Verification(summary.revoked() ? Verdict.REVOKED : Verdict.VALID, Optional.of(summary), false);
    }

    /** An issuance as stored: its summary and the full hash of its words. */
    private record Stored(Summary summary, String contentHash) {
    }

    private Optional<Stored> stored(String number) {
        return jdbi.withHandle(h -> h.createQuery("SELECT number, type_code, holder_masked, issued_at, pages, copies, terminal_id, status, "
                        + "revoke_reason, content_hash FROM document_issue WHERE number = :n").bind("n", number)
                .map((rs, ctx) -> new Stored(new Summary(rs.getString(1), rs.getString(2),
                        types.byCode(rs.getString(2)).map(DocumentType::name).orElse(new Localized(rs.getString(2), rs.getString(2))),
                        rs.getString(3), rs.getObject(4, LocalDateTime.class), rs.getInt(5), rs.getInt(6), rs.getString(7),
                        "REVOKED".equals(rs.getString(8)), Optional.ofNullable(rs.getString(9))), rs.getString(10)))
                .findOne());
    }

    /** The first QR code on the first page: its images first (quick), else the page rendered. */
    /** The text of a PDF's QR code (from the page's images, else the rendered page). */
    public static Optional<String> qrText(PDDocument doc) throws IOException {
        return qrOf(doc);
    }

    private static Optional<String> qrOf(PDDocument doc) throws IOException {
        PDPage page = doc.getPage(0);
        PDResources resources = page.getResources();
        if (resources != null) {
            for (COSName name : resources.getXObjectNames()) {
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDImageXObject img) {
                    Optional<String> text = QrImageDecoder.decode(img.getImage());
                    if (text.isPresent()) {
                        return text;
                    }
                }
            }
        }
        BufferedImage rendered = new PDFRenderer(doc).renderImageWithDPI(0, RENDER_DPI, ImageType.GRAY);
        return QrImageDecoder.decode(rendered);
    }
}
