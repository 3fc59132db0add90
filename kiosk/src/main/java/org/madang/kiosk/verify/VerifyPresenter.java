package org.madang.kiosk.verify;

import java.util.ArrayList;
import java.util.List;
import org.madang.core.document.DocumentIssue;
import org.madang.core.document.DocumentNumber;
import org.madang.core.document.DocumentType;
import org.madang.core.document.Seal;
import org.madang.hardware.qr.QrListener;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.shell.Loading;

/**
 * Checking a certificate someone was given (no ID card needed): its QR code under the scanner
 * or its 16-digit number on the pad; the answer says whether this centre issued it unchanged,
 * and shows what was issued so the paper can be compared with it.
 */
public final class VerifyPresenter implements QrListener {
    /** How many of the latest documents a demo kiosk's scanner offers to check. */
    private static final int PRACTICE_DOCUMENTS = 2;

    private final VerifyView view;
    private final KioskServices services;
    private final KioskServices.Documents documents;
    private final Loading loading;

    public VerifyPresenter(VerifyView view, KioskServices services, KioskServices.Documents documents, Loading loading) {
        this.view = view;
        this.services = services;
        this.documents = documents;
        this.loading = loading;
        services.devices().qrScanner().addListener(this);
    }

    public void start() {
        loading.run(this::practiceCodes, view::askForCode);
    }

    /** A QR code or a typed number: the verdict and the stored summary. */
    public void check(String code) {
        loading.run(() -> documents.verifier().code(code), view::showResult);
    }

    @Override
    public void scanned(String text) {
        loading.tasks().onUiThread(() -> {
            if (view.askingForCode()) {
                check(text);
            }
        });
    }

    /**
     * On a demo kiosk, what the simulated scanner offers: the latest certificates as issued, one
     * of them with its seal's signature changed (a forgery), and a booking receipt (not a document).
     */
    private List<KioskServices.SampleCode> practiceCodes() {
        if (services.devices().scans().isEmpty()) {
            return List.of();
        }
        List<KioskServices.SampleCode> codes = new ArrayList<>();
        List<DocumentType> types = documents.issuing().types();
        List<DocumentIssue> latest = documents.issuing().recent(10).stream().filter(i -> !i.revoked()).limit(PRACTICE_DOCUMENTS).toList();
        for (DocumentIssue issue : latest) {
            Object name = types.stream().filter(t -> t.code().equals(issue.typeCode())).findFirst().map(DocumentType::name)
                    .map(Object.class::cast).orElse(issue.typeCode());
            codes.add(new KioskServices.SampleCode("verifying.sample.document", List.of(name, issue.holderMasked(),
                    DocumentNumber.grouped(issue.number())), documents.issuing().sealOf(issue).text()));
        }
        if (!latest.isEmpty()) {
            codes.add(new KioskServices.SampleCode("verifying.sample.forged", List.of(), forged(documents.issuing().sealOf(latest.get(0)))));
        }
        services.devices().sampleCodes().stream().limit(1)
                .map(c -> new KioskServices.SampleCode("verifying.sample.receipt", List.of(), c.text())).forEach(codes::add);
        return codes;
    }

    /** The same seal with one bit of its signature changed: what a forger who copied a QR and edited it would hold. */
    static String forged(Seal genuine) {
        byte[] signature = genuine.signature();
        signature[signature.length / 2] ^= 0x01;
        return new Seal(genuine.kind(), genuine.keyId(), genuine.number(), genuine.contentHash(), signature).text();
    }

    public void dispose() {
        services.devices().qrScanner().removeListener(this);
    }
}
