package org.madang.counter.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.Refusal;
import org.madang.core.booking.Booking;
import org.madang.core.booking.BookingOutcome;
import org.madang.core.residentfile.ResidentFile;
import org.madang.core.resident.ResidentRegistry;
import org.madang.core.residentfile.ResidentSearch;
import org.madang.counter.CounterFixture;
import org.madang.ui.DirectTasks;

/** The Residents workspace without AWT: search, the file, the full number for a reason, registering, a foreign code. */
class ResidentsPresenterTest {
    private final CounterFixture f = new CounterFixture();
    private final Recording view = new Recording();
    private final List<Long> opened = new ArrayList<>();
    private final ResidentsPresenter presenter = new ResidentsPresenter(view, f.services.people().search(), f.services.people().files(),
            f.services.people().registry(), new DirectTasks(), "tester", opened::add);

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aNameListsTheResidentsAndChoosingOneOpensTheirFile() {
        presenter.search("김영희");
        assertThat(view.hits).extracting(h -> h.resident().name()).contains("김영희");
        assertThat(view.file).isNull();
        presenter.open(view.hits.get(0).resident().id());
        assertThat(view.file.resident().name()).isEqualTo("김영희");
        assertThat(view.file.maskedRrn()).endsWith("******");
        assertThat(opened).containsExactly(1L);
    }

    @Test
    void aBookingNumberOrItsReceiptCodeOpensTheOneResidentAtOnce() {
        Booking b = ((BookingOutcome.Booked) f.kioskBooks(3)).booking();
        presenter.search(b.number());
        assertThat(view.file.resident().id()).isEqualTo(3);
        assertThat(view.file.bookings()).extracting(ResidentFile.Entry::reference).contains(b.number());
        presenter.search("MDG1.B.0000000000.forged");
        assertThat(view.refusals).last().extracting(Refusal::messageKey).isEqualTo("search.refused.forged");
    }

    @Test
    void theFullNumberIsShownForAReasonOnlyAndToASupervisorOnly() {
        presenter.open(2);
        presenter.reveal("신분증 대조");
        assertThat(view.refusals).last().extracting(Refusal::messageKey).isEqualTo("clerk.refused.reveal_rrn");
        ResidentsPresenter lead = new ResidentsPresenter(view, f.services.people().search(), f.services.people().files(),
                f.services.people().registry(), new DirectTasks(), org.madang.core.demo.DemoSeeder.DEMO_SUPERVISOR_LOGIN, opened::add);
        lead.open(2);
        lead.reveal("");
        assertThat(view.refusals).last().extracting(Refusal::messageKey).isEqualTo("resident.reveal.reasonNeeded");
        lead.reveal("신분증 대조");
        assertThat(view.revealed).doesNotContain("*").hasSize(14);
    }

    @Test
    void aNewResidentIsRegisteredAndOpened() {
        presenter.register(new ResidentRegistry.NewResident("한겨울", "991224-1123456", "01099998888", "마당군 마당읍 겨울길 3", true, true,
                null, null));
        assertThat(view.said).contains("counter.residents.registered");
        assertThat(view.file.resident().name()).isEqualTo("한겨울");
        assertThat(view.file.phone()).isEqualTo("010-9999-8888");
        assertThat(view.file.messageConsent()).isTrue();
    }

    @Test
    void aLateAnswerToAnOlderSearchIsNotShown() {
        HeldTasks held = new HeldTasks();
        ResidentsPresenter slow = new ResidentsPresenter(view, f.services.people().search(), f.services.people().files(),
                f.services.people().registry(), held, "tester", id -> { });
        slow.search("김");
        slow.search("이철수");
        held.runInReverse();
        assertThat(view.typed).containsExactly("이철수");
    }

    /** Tasks held until the test lets them run, the newest first: answers that come back out of order. */
    private static final class HeldTasks implements org.madang.ui.Tasks {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done,
                            java.util.function.Consumer<Throwable> failed) {
            held.add(() -> new DirectTasks().run(work, done, failed));
        }

        @Override
        public void onUiThread(Runnable action) {
            action.run();
        }

        void runInReverse() {
            for (int i = held.size() - 1; i >= 0; i--) {
                held.get(i).run();
            }
        }
    }

    private static final class Recording implements ResidentsView {
        List<ResidentSearch.Hit> hits = List.of();
        final List<String> typed = new ArrayList<>();
        ResidentFile file;
        String revealed;
        final List<Refusal> refusals = new ArrayList<>();
        final List<String> said = new ArrayList<>();

        @Override
        public void showHits(String words, List<ResidentSearch.Hit> found) {
            typed.add(words);
            hits = found;
        }

        @Override
        public void showRefusal(Refusal refusal) {
            refusals.add(refusal);
        }

        @Override
        public void showFile(ResidentFile shown) {
            file = shown;
        }

        @Override
        public void showRevealed(String rrn) {
            revealed = rrn;
        }

        @Override
        public void showDone(String messageKey, Object... args) {
            said.add(messageKey);
        }

        @Override
        public void showFailure() {
            said.add("failure");
        }
    }
}
