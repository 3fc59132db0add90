package org.madang.counter.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.Refusal;
import org.madang.core.booking.Channel;
import org.madang.core.document.DocumentComposer;
import org.madang.core.document.DocumentIssue;
import org.madang.core.document.DocumentIssuing;
import org.madang.core.document.DocumentOptions;
import org.madang.core.document.Verification;
import org.madang.counter.CounterFixture;
import org.madang.ui.DirectTasks;

/** Documents at the counter without AWT: revoked for a reason it no longer verifies; a failed print printed again, once. */
class DocumentsPresenterTest {
    private final CounterFixture f = new CounterFixture();
    private final Recording view = new Recording();
    private final DocumentsPresenter presenter = new DocumentsPresenter(view, f.services.documents().orElseThrow(), new DirectTasks(),
            org.madang.core.demo.DemoSeeder.DEMO_SUPERVISOR_LOGIN);

    @AfterEach
    void close() {
        f.close();
    }

    private DocumentIssue issue() {
        var ready = (DocumentIssuing.Ready) f.site.documents().prepare(1, 1, DocumentComposer.LEARNING_HISTORY, DocumentOptions.DEFAULTS,
                Channel.KIOSK);
        return f.site.documents().issue(ready, "resident:1").issue();
    }

    @Test
    void aRevokedDocumentNoLongerVerifiesAndTheReasonIsNeeded() {
        DocumentIssue issued = issue();
        presenter.reload();
        assertThat(view.issued).extracting(DocumentIssue::number).contains(issued.number());
        presenter.verify(issued.number());
        assertThat(view.verdict.verdict()).isEqualTo(Verification.Verdict.VALID);
        presenter.revoke(issued, "");
        assertThat(view.refusals).last().extracting(Refusal::messageKey).isEqualTo("counter.documents.reasonNeeded");
        // a window clerk is told a supervisor revokes; the document stays good
        new DocumentsPresenter(view, f.services.documents().orElseThrow(), new DirectTasks(), "tester").revoke(issued, "잘못 발급함");
        assertThat(view.refusals).last().extracting(Refusal::messageKey).isEqualTo("clerk.refused.revoke_document");
        presenter.revoke(issued, "잘못 발급함");
        assertThat(view.said).last().isEqualTo("counter.documents.revoked");
        presenter.verify(issued.number());
        assertThat(view.verdict.verdict()).isEqualTo(Verification.Verdict.REVOKED);
        presenter.revoke(issued, "두 번째");
        assertThat(view.refusals).last().extracting(Refusal::messageKey).isEqualTo("counter.documents.notRevocable");
        assertThat(f.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'DocumentRevoked' AND actor = 'clerk:lead'")).isEqualTo(1);
    }

    @Test
    void aDocumentWhosePrintFailedIsPrintedAgainAtTheDesk() {
        DocumentIssue issued = issue();
        f.documentPrinter.pullPaper();
        f.site.documents().print(issued, f.site.documents().fileOf(issued), f.documentPrinter);
        f.documentPrinter.loadPaper();
        presenter.reload();
        DocumentIssue failed = view.issued.stream().filter(d -> d.number().equals(issued.number())).findFirst().orElseThrow();
        assertThat(failed.printState()).isEqualTo("FAILED");
        presenter.printAgain(failed);
        assertThat(view.said).last().isEqualTo("counter.documents.printed");
        assertThat(f.documentPrinter.lastPrinted()).isPresent();
        assertThat(f.site.count("SELECT COUNT(*) FROM document_issue WHERE number = '" + issued.number() + "' AND print_state = 'PRINTED'"))
                .isEqualTo(1);
    }

    private static final class Recording implements DocumentsView {
        List<DocumentIssue> issued = List.of();
        Verification verdict;
        final List<String> said = new ArrayList<>();
        final List<Refusal> refusals = new ArrayList<>();

        @Override
        public void showIssued(List<DocumentIssue> recent, java.util.Map<String, org.madang.core.facility.Localized> typeNames) {
            issued = recent;
        }

        @Override
        public void showVerdict(Verification verification) {
            verdict = verification;
        }

        @Override
        public void showDone(String messageKey, Object... args) {
            said.add(messageKey);
        }

        @Override
        public void showRefusal(Refusal refusal) {
            refusals.add(refusal);
        }

        @Override
        public void showFailure() {
            said.add("failure");
        }
    }
}
