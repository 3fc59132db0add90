package org.madang.kiosk.document;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.madang.core.booking.Channel;
import org.madang.core.course.LearningRecord;
import org.madang.core.document.DocumentComposer;
import org.madang.core.document.DocumentIssue;
import org.madang.core.document.DocumentIssuing;
import org.madang.core.document.DocumentOptions;
import org.madang.core.document.DocumentType;
import org.madang.core.document.PagePicture;
import org.madang.core.receipt.Labels;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentMessage;
import org.madang.core.resident.ResidentPins;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.identify.Identification;
import org.madang.kiosk.shell.Loading;
import org.madang.kiosk.shell.Visit;

/**
 * Civil documents at the kiosk (무인민원발급): the ID card and the PIN, the catalogue, whom for,
 * the options, a preview of page 1 with the fee, then issue and print — the document on the
 * document printer, the fee receipt on the receipt printer. A document that did not print is
 * offered again, free, until it has.
 */
public final class DocumentPresenter {
    /** Resolution of the preview picture: sharp enough on a kiosk screen, light enough to draw quickly. */
    static final float PREVIEW_DPI = 110f;

    private final DocumentView view;
    private final KioskServices services;
    private final KioskServices.Documents documents;
    private final Loading loading;
    private final Supplier<? extends Labels> labels;
    private final Visit visit;
    private final Identification identification;
    private List<ResidentMessage> news = List.of();
    private Choice choice;
    private DocumentIssuing.Ready ready;
    /** A document asked for from elsewhere (the learning history page): shown instead of the catalogue once card and PIN are in. */
    private Optional<String> preselected = Optional.empty();

    public DocumentPresenter(DocumentView view, KioskServices services, KioskServices.Documents documents, Loading loading,
                             Supplier<? extends Labels> labels, Visit visit) {
        this.view = view;
        this.services = services;
        this.documents = documents;
        this.loading = loading;
        this.labels = labels;
        this.visit = visit;
        this.identification = Identification.byCardOnly(services, loading, visit, view::askingForCard,
                this::identified, view::showCardProblem, "documents.identify.cardOnly");
    }

    /** From the home screen: straight to the catalogue when card and PIN were shown this visit. */
    public void start() {
        preselected = Optional.empty();
        begin();
    }

    /** Straight to one document (after the card and the PIN when needed): "print my learning history". */
    public void startWith(String typeCode) {
        preselected = Optional.of(typeCode);
        begin();
    }

    private void begin() {
        choice = null;
        ready = null;
        news = List.of();
        if (visit.pinConfirmed()) {
            types();
        } else if (visit.cardShown()) {
            view.askPin(visit.resident().orElseThrow(), Optional.empty());
        } else {
            view.askForCard();
        }
    }

    private void identified(Identification.Known who) {
        news = who.news();
        view.askPin(who.resident(), Optional.empty());
    }

    /** Checks the PIN; five wrong ones in a row lock it until a clerk sets it again. */
    public void enterPin(String pin) {
        Resident who = visit.resident().orElseThrow();
        loading.run(() -> documents.pins().check(who.id(), pin), outcome -> {
            if (outcome.check() == ResidentPins.Check.RIGHT) {
                visit.confirmedPin();
                if (news.isEmpty()) {
                    types();
                } else {
                    view.showNews(news);
                }
            } else if (outcome.check() == ResidentPins.Check.WRONG) {
                view.askPin(who, Optional.of(outcome.triesLeft()));
            } else {
                view.showPinStop(who, outcome.check());
            }
        });
    }

    /** The news was read: marked so, then the catalogue. */
    public void newsRead() {
        news = List.of();
        identification.newsRead(this::types);
    }

    /** The catalogue, with any of the resident's documents that did not print. */
    public void types() {
        Resident who = visit.resident().orElseThrow();
        choice = null;
        ready = null;
        loading.run(() -> {
            List<DocumentType> types = documents.issuing().types();
            List<DocumentView.Unprinted> unprinted = documents.issuing().unprinted(who.id()).stream()
                    .map(i -> new DocumentView.Unprinted(i, types.stream().filter(t -> t.code().equals(i.typeCode())).findFirst()
                            .orElseThrow(() -> new IllegalStateException("document " + i.number() + " has an unknown type " + i.typeCode()))))
                    .toList();
            return new Catalogue(types.stream().filter(DocumentType::offered).toList(), unprinted);
        }, c -> {
            Optional<DocumentType> wanted = preselected.flatMap(code -> c.types().stream().filter(t -> t.code().equals(code)
                    && t.kioskIssuable()).findFirst());
            preselected = Optional.empty();
            if (wanted.isPresent() && c.unprinted().isEmpty()) {
                chooseType(wanted.get());
            } else {
                view.showTypes(who, c.types(), c.unprinted());
            }
        });
    }

    private record Catalogue(List<DocumentType> types, List<DocumentView.Unprinted> unprinted) {
    }

    /** A document from the catalogue: whom for, when the household may be chosen; else straight to its options. */
    public void chooseType(DocumentType type) {
        long me = visit.resident().orElseThrow().id();
        loading.run(() -> documents.issuing().subjects(me, type), people -> {
            if (people.size() == 1 && people.get(0).id() == me) {
                chooseSubject(type, people.get(0));
            } else {
                view.askSubject(type, people);
            }
        });
    }

    /** The person the document is about; a completion certificate lists their completed courses to choose from. */
    public void chooseSubject(DocumentType type, org.madang.core.civil.Person subject) {
        long me = visit.resident().orElseThrow().id();
        loading.run(() -> DocumentComposer.COURSE_COMPLETION.equals(type.code())
                ? documents.learning().of(subject.id()).stream().filter(LearningRecord::completed).toList()
                : List.<LearningRecord>of(), courses -> {
                    DocumentOptions options = courses.isEmpty() ? DocumentOptions.DEFAULTS
                            : DocumentOptions.DEFAULTS.withEnrolment(courses.get(0).enrolmentId());
                    choice = new Choice(type, subject, subject.id() == me, options, courses);
                    view.showOptions(choice, Optional.empty());
                });
    }

    /** An option changed (copies, purpose, address history, the back half of the number, the course). */
    public void change(DocumentOptions options) {
        choice = choice.with(options);
        ready = null;
        view.showOptions(choice, Optional.empty());
    }

    /** Composes the document and shows page 1 with the fee; a rule that refuses is said on the options screen. */
    public void preview() {
        Choice c = choice;
        long me = visit.resident().orElseThrow().id();
        loading.run(() -> {
            DocumentIssuing.Preparation p = documents.issuing().prepare(me, c.subject().id(), c.type().code(), c.options(), Channel.KIOSK);
            if (p instanceof DocumentIssuing.Ready r) {
                return new Previewed(Optional.of(r), PagePicture.firstPage(documents.issuing().preview(r), PREVIEW_DPI), null);
            }
            return new Previewed(Optional.empty(), null, (DocumentIssuing.Refused) p);
        }, shown -> {
            if (shown.ready().isPresent()) {
                ready = shown.ready().get();
                view.showPreview(c, shown.page());
            } else {
                view.showOptions(c, Optional.of(shown.refused().refusal()));
            }
        });
    }

    private record Previewed(Optional<DocumentIssuing.Ready> ready, PagePicture page, DocumentIssuing.Refused refused) {
    }

    /** Back from the preview to change the options. */
    public void backToOptions() {
        ready = null;
        view.showOptions(choice, Optional.empty());
    }

    /**
     * Issues the previewed document (the record and its audit event first), prints it on the
     * document printer and the fee receipt on the receipt printer. A second press while it runs
     * issues nothing more.
     */
    public void issue() {
        DocumentIssuing.Ready r = ready;
        if (r == null) {
            return;
        }
        ready = null;
        Labels words = labels.get();
        String actor = "resident:" + r.requesterId();
        loading.run(() -> {
            DocumentIssuing.Issued issued = documents.issuing().issue(r, actor);
            PrintResult document = documents.issuing().print(issued.issue(), issued.pdf(), services.devices().documentPrinter());
            Receipt receipt = org.madang.kiosk.shell.ReceiptLanguages.compose(words, services.devices().printer(),
                    w -> services.receipts().document(issued.issue(), r.type().name(), w));
            PrintResult receiptPrinted = services.devices().printer().print(receipt);
            return new Printed(current(issued.issue()), r.type(), document, Optional.of(new Printed.FeeReceipt(receipt, receiptPrinted)));
        }, view::showIssued);
    }

    /** Prints again, free, a document that did not come out (this visit's, or one from an earlier visit). */
    public void reprint(DocumentIssue issue, DocumentType type) {
        loading.run(() -> {
            byte[] file = documents.issuing().fileOf(issue);
            PrintResult document = documents.issuing().print(issue, file, services.devices().documentPrinter());
            return new Printed(current(issue), type, document, Optional.empty());
        }, view::showIssued);
    }

    private DocumentIssue current(DocumentIssue issue) {
        return documents.issuing().byNumber(issue.number()).orElse(issue);
    }

    public void dispose() {
        identification.dispose();
    }
}
