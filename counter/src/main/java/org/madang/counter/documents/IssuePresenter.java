package org.madang.counter.documents;

import org.madang.core.Refusal;
import org.madang.core.booking.Channel;
import org.madang.core.document.DocumentIssue;
import org.madang.core.document.DocumentIssuing;
import org.madang.core.document.DocumentOptions;
import org.madang.core.document.DocumentType;
import org.madang.counter.CounterServices;
import org.madang.counter.shell.Failures;
import org.madang.hardware.receipt.PrintResult;
import org.madang.ui.Tasks;

/**
 * A document issued at the counter for the resident in front of the clerk (or their household
 * member): the kiosk's rules and composer with channel COUNTER, so the counter fee and the
 * counter-only types apply; printed on the desk's document printer; the fee waits in Payments.
 */
public final class IssuePresenter {
    private final IssueView view;
    private final CounterServices.Documents documents;
    private final Tasks tasks;
    private final String clerk;
    private long requester = -1;
    private DocumentIssuing.Ready ready;
    private boolean issuing;

    public IssuePresenter(IssueView view, CounterServices.Documents documents, Tasks tasks, String clerk) {
        this.view = view;
        this.documents = documents;
        this.tasks = tasks;
        this.clerk = clerk;
    }

    /** The resident asking: the types offered again, nothing composed yet. */
    public void forResident(long residentId) {
        requester = residentId;
        ready = null;
        tasks.run(() -> documents.issuing().offered(org.madang.core.booking.Channel.COUNTER), view::showTypes, e -> view.showFailure());
    }

    public void chooseType(DocumentType type) {
        if (requester < 0) {
            return;
        }
        long who = requester;
        ready = null;
        // the resident themselves first: most documents are their own
        tasks.run(() -> documents.issuing().subjects(who, type).stream()
                        .sorted(java.util.Comparator.comparing((org.madang.core.civil.Person p) -> p.id() != who)).toList(),
                subjects -> view.showSubjects(type, subjects, who), e -> view.showFailure());
    }

    /** Composes the document for these choices (rules checked, fee counted); nothing is stored yet. */
    public void prepare(DocumentType type, long subjectId, DocumentOptions options) {
        if (requester < 0) {
            return;
        }
        long who = requester;
        ready = null;
        tasks.run(() -> documents.issuing().prepare(who, subjectId, type.code(), options, Channel.COUNTER), prepared -> {
            if (prepared instanceof DocumentIssuing.Ready r) {
                ready = r;
                view.showReady(r);
            } else if (prepared instanceof DocumentIssuing.Refused r) {
                view.showRefusal(r.refusal());
            }
        }, e -> view.showFailure());
    }

    /** Issues what was prepared and prints it at the desk; a second press issues nothing more. */
    public void issue() {
        if (ready == null || issuing) {
            if (ready == null) {
                view.showRefusal(Refusal.of("counter.issue.prepareFirst"));
            }
            return;
        }
        DocumentIssuing.Ready going = ready;
        ready = null;
        issuing = true;
        record Result(DocumentIssue issue, PrintResult printed) {
        }
        tasks.run(() -> {
            DocumentIssuing.Issued issued = documents.issuing().issue(going, "clerk:" + clerk);
            return new Result(issued.issue(), documents.issuing().print(issued.issue(), issued.pdf(), documents.printer()));
        }, done -> {
            issuing = false;
            view.showIssued(done.issue(), done.printed());
        }, Failures.shown(r -> {
            issuing = false;
            view.showRefusal(r);
        }, () -> {
            issuing = false;
            view.showFailure();
        }));
    }
}
