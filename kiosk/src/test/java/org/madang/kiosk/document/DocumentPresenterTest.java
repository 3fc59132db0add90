package org.madang.kiosk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.Refusal;
import org.madang.core.civil.Person;
import org.madang.core.demo.DemoCards;
import org.madang.core.document.DocumentType;
import org.madang.core.document.PagePicture;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentMessage;
import org.madang.core.resident.ResidentPins;
import org.madang.kiosk.KioskFixtureAccess;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.shell.Loading;
import org.madang.kiosk.shell.Visit;
import org.madang.ui.DirectTasks;
import org.madang.ui.Messages;

/**
 * A civil document at the kiosk, presenter and a recording view, no window: the card, a wrong
 * PIN with the tries left, the right one, the catalogue, the options, the preview before
 * anything is issued, one issuance for two presses, and the document and fee receipt printed.
 */
class DocumentPresenterTest {
    private final KioskFixtureAccess fixture = KioskFixtureAccess.create();
    private final KioskServices.Documents documents = fixture.services().documents().orElseThrow();
    private final List<String> shown = new ArrayList<>();
    private boolean askingForCard;
    private Optional<Integer> triesLeft = Optional.empty();
    private List<DocumentType> types = List.of();
    private List<Person> people = List.of();
    private Printed printed;
    private final DocumentView view = new DocumentView() {
        @Override
        public void askForCard() {
            shown.add("card");
            askingForCard = true;
        }

        @Override
        public boolean askingForCard() {
            return askingForCard;
        }

        @Override
        public void showCardProblem(Refusal refusal) {
            shown.add("cardProblem " + refusal.messageKey());
        }

        @Override
        public void askPin(Resident who, Optional<Integer> tries) {
            askingForCard = false;
            shown.add("pin");
            triesLeft = tries;
        }

        @Override
        public void showPinStop(Resident who, ResidentPins.Check why) {
            shown.add("pinStop " + why);
        }

        @Override
        public void showNews(List<ResidentMessage> messages) {
            shown.add("news");
        }

        @Override
        public void showTypes(Resident who, List<DocumentType> t, List<Unprinted> unprinted) {
            shown.add("types");
            types = t;
        }

        @Override
        public void askSubject(DocumentType type, List<Person> p) {
            shown.add("subject");
            people = p;
        }

        @Override
        public void showOptions(Choice choice, Optional<Refusal> refused) {
            shown.add("options" + refused.map(r -> " " + r.messageKey()).orElse(""));
        }

        @Override
        public void showPreview(Choice choice, PagePicture page) {
            shown.add("preview");
        }

        @Override
        public void showIssued(Printed p) {
            shown.add("issued");
            printed = p;
        }
    };
    private final DocumentPresenter presenter = new DocumentPresenter(view, fixture.services(), documents,
            new Loading(new DirectTasks(), busy -> { }, () -> shown.add("failure")), () -> Messages.forLanguage("ko"), new Visit());

    @AfterEach
    void close() {
        presenter.dispose();
        fixture.close();
    }

    private long issued() {
        return fixture.site().count("SELECT COUNT(*) FROM document_issue");
    }

    @Test
    void cardPinPreviewAndOneIssuanceForTwoPresses() {
        presenter.start();
        assertThat(shown).containsExactly("card");
        fixture.insert(DemoCards.RESIDENTS.get(0).card());
        assertThat(shown).last().isEqualTo("pin");
        assertThat(triesLeft).isEmpty();

        presenter.enterPin("0000");
        assertThat(shown).last().isEqualTo("pin");
        assertThat(triesLeft).hasValue(4);
        presenter.enterPin(DemoCards.PIN);
        if (shown.get(shown.size() - 1).equals("news")) {
            presenter.newsRead();
        }
        assertThat(shown).last().isEqualTo("types");
        DocumentType copy = types.stream().filter(t -> t.code().equals("rr-copy")).findFirst().orElseThrow();

        presenter.chooseType(copy);
        if (shown.get(shown.size() - 1).equals("subject")) {
            presenter.chooseSubject(copy, people.stream().filter(p -> p.id() == 1).findFirst().orElseThrow());
        }
        assertThat(shown).last().isEqualTo("options");
        long before = issued();
        presenter.preview();
        assertThat(shown).last().isEqualTo("preview");
        assertThat(issued()).as("a preview issues nothing").isEqualTo(before);

        presenter.issue();
        presenter.issue(); // the second press issues nothing more
        assertThat(shown).filteredOn("issued"::equals).hasSize(1);
        assertThat(issued()).isEqualTo(before + 1);
        assertThat(printed.complete()).isTrue();
        assertThat(printed.feeReceipt()).isPresent();
        assertThat(printed.issue().printState()).isEqualTo("PRINTED");

        presenter.start(); // the card and the PIN hold for the rest of the visit
        assertThat(shown).last().isEqualTo("types");
        assertThat(shown).doesNotContain("failure");
    }
}
