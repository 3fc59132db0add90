package org.madang.kiosk.verify;

import java.util.List;
import org.madang.core.document.Verification;
import org.madang.kiosk.KioskServices;

/** "Check a certificate" as its presenter sees it. */
public interface VerifyView {

    /** Asks for the QR code under the scanner or the document number on the pad; {@code practiceCodes} for a demo kiosk's scanner. */
    void askForCode(List<KioskServices.SampleCode> practiceCodes);

    /** Whether the request is on screen now (the scanner is heard only then). */
    boolean askingForCode();

    /** The verdict in words and, when the centre knows the document, its stored summary to compare with the paper. */
    void showResult(Verification verification);
}
