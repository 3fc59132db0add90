package org.madang.kiosk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.booking.Channel;
import org.madang.core.document.DocumentIssuing;
import org.madang.core.document.DocumentOptions;
import org.madang.core.document.Verification;
import org.madang.kiosk.KioskFixtureAccess;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.shell.Loading;
import org.madang.ui.DirectTasks;

/**
 * "Check a certificate", presenter and a recording view, no window: a document just issued is
 * genuine, the same seal with one changed bit forged, a receipt not a document, a made-up
 * number unknown; a code scanned while the screen is not asking is not checked.
 */
class VerifyPresenterTest {
    private final KioskFixtureAccess fixture = KioskFixtureAccess.create();
    private final KioskServices.Documents documents = fixture.services().documents().orElseThrow();
    private final List<Verification> results = new ArrayList<>();
    private List<KioskServices.SampleCode> codes = List.of();
    private boolean asking;
    private final VerifyView view = new VerifyView() {
        @Override
        public void askForCode(List<KioskServices.SampleCode> practiceCodes) {
            codes = practiceCodes;
            asking = true;
        }

        @Override
        public boolean askingForCode() {
            return asking;
        }

        @Override
        public void showResult(Verification verification) {
            results.add(verification);
        }
    };
    private final VerifyPresenter presenter = new VerifyPresenter(view, fixture.services(), documents,
            new Loading(new DirectTasks(), busy -> { }, () -> results.add(null)));

    @AfterEach
    void close() {
        presenter.dispose();
        fixture.close();
    }

    private String code(String labelKey) {
        return codes.stream().filter(c -> c.labelKey().equals(labelKey)).findFirst().orElseThrow().text();
    }

    @Test
    void genuineForgedNotADocumentAndUnknownEachHaveTheirVerdict() {
        DocumentIssuing.Ready ready = (DocumentIssuing.Ready) documents.issuing().prepare(1, 1, "rr-copy", DocumentOptions.DEFAULTS,
                Channel.KIOSK);
        String number = documents.issuing().issue(ready, "resident:1").issue().number();

        fixture.scan("MDG1.B.B0000001-1.AAAAAAAAAAAAAAAA");
        assertThat(results).isEmpty(); // not asking yet

        presenter.start();
        assertThat(codes).extracting(KioskServices.SampleCode::labelKey)
                .contains("verifying.sample.document", "verifying.sample.forged", "verifying.sample.receipt");
        assertThat(codes.get(0).args()).last().asString().isEqualTo(org.madang.core.document.DocumentNumber.grouped(number));

        fixture.scan(code("verifying.sample.document"));
        fixture.scan(code("verifying.sample.forged"));
        fixture.scan(code("verifying.sample.receipt"));
        // typed: a well-formed number never issued, and the issued one with a digit typed wrong
        presenter.check(org.madang.core.document.DocumentNumber.create(java.time.LocalDate.of(2026, 11, 2), new java.security.SecureRandom()));
        char last = number.charAt(number.length() - 1);
        presenter.check(number.substring(0, number.length() - 1) + (last == '9' ? '0' : (char) (last + 1)));
        assertThat(results).extracting(Verification::verdict).containsExactly(Verification.Verdict.VALID, Verification.Verdict.FORGED,
                Verification.Verdict.NOT_A_DOCUMENT, Verification.Verdict.UNKNOWN, Verification.Verdict.MISTYPED);
        assertThat(results.get(0).summary()).isPresent();
    }
}
