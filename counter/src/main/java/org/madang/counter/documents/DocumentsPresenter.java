package org.madang.counter.documents;

import java.util.List;
import org.madang.core.Refusal;
import org.madang.core.document.DocumentIssue;
import org.madang.core.event.Event;
import org.madang.counter.CounterServices;
import org.madang.hardware.receipt.PrintResult;
import org.madang.ui.Tasks;

/**
 * Documents at the counter: the latest issuances (kept current as kiosks issue), printing again
 * one that did not print (no second fee), revoking one with a reason (it no longer verifies), and
 * checking a document by its number or the text of its QR code.
 */
public final class DocumentsPresenter {
    /** How many issuances the list shows. */
    static final int RECENT = 200;

    private final DocumentsView view;
    private final CounterServices.Documents documents;
    private final Tasks tasks;
    private final String clerk;

    public DocumentsPresenter(DocumentsView view, CounterServices.Documents documents, Tasks tasks, String clerk) {
        this.view = view;
        this.documents = documents;
        this.tasks = tasks;
        this.clerk = clerk;
    }

    public void reload() {
        tasks.run(() -> new Issued(documents.issuing().recent(RECENT), documents.issuing().types().stream()
                        .collect(java.util.stream.Collectors.toMap(t -> t.code(), t -> t.name()))),
                issued -> view.showIssued(issued.recent(), issued.names()), e -> view.showFailure());
    }

    /** From the follower's thread. */
    public void eventsArrived(List<Event> events) {
        if (events.stream().anyMatch(e -> e.type().startsWith("Document"))) {
            tasks.onUiThread(this::reload);
        }
    }

    /** Withdraws a document for the reason given; verification refuses it from then on. */
    public void revoke(DocumentIssue issue, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 4) {
            view.showRefusal(Refusal.of("counter.documents.reasonNeeded"));
            return;
        }
        tasks.run(() -> documents.issuing().revoke(issue.number(), why, "clerk:" + clerk), done -> {
            if (done) {
                view.showDone("counter.documents.revoked", issue.number());
            } else {
                view.showRefusal(Refusal.of("counter.documents.notRevocable", issue.number()));
            }
            reload();
        }, org.madang.counter.shell.Failures.shown(view::showRefusal, view::showFailure));
    }

    /** Prints the copies of a document that did not print, on the desk's document printer; no second fee. */
    public void printAgain(DocumentIssue issue) {
        if (issue.revoked()) {
            view.showRefusal(Refusal.of("counter.documents.notRevocable", issue.number()));
            return;
        }
        tasks.run(() -> documents.issuing().print(issue, documents.issuing().fileOf(issue), documents.printer()), result -> {
            if (result instanceof PrintResult.Failed failed) {
                view.showRefusal(Refusal.of("counter.documents.printFailed", failed.reason()));
            } else {
                view.showDone("counter.documents.printed", issue.number());
            }
            reload();
        }, e -> view.showFailure());
    }

    /** Checks a typed document number or a scanned QR's text, as `madang verify` does. */
    public void verify(String typed) {
        tasks.run(() -> documents.verifier().code(typed == null ? "" : typed.strip()), view::showVerdict, e -> view.showFailure());
    }

    private record Issued(List<DocumentIssue> recent, java.util.Map<String, org.madang.core.facility.Localized> names) {
    }
}
