package org.madang.counter.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.Refusal;
import org.madang.core.booking.Channel;
import org.madang.core.civil.Person;
import org.madang.core.document.DocumentIssue;
import org.madang.core.document.DocumentIssuing;
import org.madang.core.document.DocumentOptions;
import org.madang.core.document.DocumentType;
import org.madang.core.payment.ItemKind;
import org.madang.counter.CounterFixture;
import org.madang.hardware.receipt.PrintResult;
import org.madang.ui.DirectTasks;

/** A document issued at the counter without AWT: counter-only types, the counter fee, printed at the desk, the fee left due. */
class IssuePresenterTest {
    private final CounterFixture f = new CounterFixture();
    private final Recording view = new Recording();
    private final IssuePresenter presenter = new IssuePresenter(view, f.services.documents().orElseThrow(), new DirectTasks(), "tester");

    static final class Recording implements IssueView {
        List<DocumentType> types = List.of();
        List<Person> subjects = List.of();
        DocumentIssuing.Ready ready;
        DocumentIssue issued;
        PrintResult printed;
        final List<Refusal> refusals = new ArrayList<>();

        @Override
        public void showTypes(List<DocumentType> shown) {
            types = shown;
        }

        @Override
        public void showSubjects(DocumentType type, List<Person> shown, long requesterId) {
            subjects = shown;
        }

        @Override
        public void showReady(DocumentIssuing.Ready r) {
            ready = r;
        }

        @Override
        public void showIssued(DocumentIssue issue, PrintResult result) {
            issued = issue;
            printed = result;
        }

        @Override
        public void showRefusal(Refusal refusal) {
            refusals.add(refusal);
        }

        @Override
        public void showFailure() {
            refusals.add(Refusal.of("failure"));
        }
    }

    @AfterEach
    void close() {
        f.close();
    }

    private DocumentType type(String code) {
        return view.types.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aCounterOnlyDocumentTheKioskRefusesIsIssuedAndPrintedAtTheDesk() {
        // a resident who has used a facility (checked in), so the confirmation has something to confirm
        long user = f.site.count("SELECT MIN(resident_id) FROM booking WHERE status = 'CHECKED_IN'");
        presenter.forResident(user);
        DocumentType facilityUse = type("facility-use");
        assertThat(facilityUse.kioskIssuable()).isFalse();
        assertThat(f.site.documents().prepare(user, user, "facility-use", DocumentOptions.DEFAULTS, Channel.KIOSK))
                .isInstanceOfSatisfying(DocumentIssuing.Refused.class,
                        r -> assertThat(r.refusal().messageKey()).isEqualTo("document.refused.counterOnly"));
        presenter.chooseType(facilityUse);
        assertThat(view.subjects).extracting(Person::id).containsExactly(user);
        presenter.issue();
        assertThat(view.refusals).last().extracting(Refusal::messageKey).isEqualTo("counter.issue.prepareFirst");
        presenter.prepare(facilityUse, user, DocumentOptions.DEFAULTS);
        assertThat(view.ready).as(() -> view.refusals.toString()).isNotNull();
        presenter.issue();
        assertThat(view.issued.channel()).isEqualTo(Channel.COUNTER);
        assertThat(view.printed.printed()).isTrue();
        assertThat(f.documentPrinter.lastPrinted()).isPresent();
        assertThat(f.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'DocumentIssued' AND actor = 'clerk:tester'")).isEqualTo(1);
        // pressing Issue again issues nothing more
        presenter.issue();
        assertThat(f.site.count("SELECT COUNT(*) FROM document_issue WHERE type_code = 'facility-use'")).isEqualTo(1);
    }

    @Test
    void aHouseholdCopyTakesTheCounterFeePerCopyAndWaitsInPayments() {
        presenter.forResident(1);
        DocumentType copy = type("rr-copy");
        presenter.chooseType(copy);
        presenter.prepare(copy, 1, DocumentOptions.DEFAULTS.withCopies(2));
        assertThat(view.ready.fee()).isEqualTo(copy.counterFee() * 2).isGreaterThan(copy.kioskFee() * 2);
        presenter.issue();
        assertThat(f.services.cashier().due().of(1)).anySatisfy(item -> {
            assertThat(item.kind()).isEqualTo(ItemKind.DOCUMENT);
            assertThat(item.itemId()).isEqualTo(view.issued.id());
            assertThat(item.fee()).isEqualTo(copy.counterFee() * 2);
        });
    }

    @Test
    void aPrinterOutOfPaperLeavesTheDocumentIssuedWithAPlainMessageToPrintItAgain() {
        presenter.forResident(1);
        DocumentType history = type("learning-history");
        presenter.chooseType(history);
        presenter.prepare(history, 1, DocumentOptions.DEFAULTS);
        f.documentPrinter.pullPaper();
        presenter.issue();
        assertThat(view.printed).isInstanceOf(PrintResult.Failed.class);
        assertThat(f.site.documents().unprinted(1)).extracting(DocumentIssue::number).contains(view.issued.number());
    }
}
