package org.madang.counter.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.Refusal;
import org.madang.core.care.CallbackWindow;
import org.madang.core.care.CaseSummary;
import org.madang.core.care.CatalogueEntry;
import org.madang.core.care.Officer;
import org.madang.core.care.WelfareRequests;
import org.madang.core.demo.DemoSeeder;
import org.madang.counter.CounterFixture;
import org.madang.ui.DirectTasks;

/** The resident view's welfare lines: the officer for everyone, the summary for those allowed, a request taken by phone. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ResidentCarePresenterTest {

    static final class Seen implements ResidentCareView {
        final List<String> said = new ArrayList<>();
        List<CatalogueEntry> topics = List.of();
        List<CallbackWindow> windows = List.of();
        boolean counter;
        Optional<Officer> officer = Optional.empty();
        Optional<CaseSummary> summary = Optional.empty();

        @Override
        public void offerRequest(List<CatalogueEntry> shownTopics, List<CallbackWindow> shownWindows, boolean counterOpen) {
            topics = shownTopics;
            windows = shownWindows;
            counter = counterOpen;
        }

        @Override
        public void showCare(Optional<Officer> shownOfficer, Optional<CaseSummary> shownSummary) {
            officer = shownOfficer;
            summary = shownSummary;
        }

        @Override
        public void showRequestReceived(WelfareRequests.Outcome.Received received) {
            said.add(received.again() ? "again" : "received");
        }

        @Override
        public void showRequestRefused(Refusal refusal) {
            said.add("refused:" + refusal.messageKey());
        }
    }

    @Test
    void aWindowClerkSeesTheOfficerNotTheCaseAndTakesAPhoneRequestOnce() {
        try (CounterFixture f = new CounterFixture()) {
            Seen view = new Seen();
            ResidentCarePresenter clerk = new ResidentCarePresenter(view, f.services.care(), new DirectTasks(), DemoSeeder.DEMO_CLERK_LOGIN);
            clerk.reload();
            assertThat(view.topics).hasSize(7);
            assertThat(view.windows).hasSize(3);
            assertThat(view.counter).isTrue();
            clerk.open(1);
            assertThat(view.officer).map(Officer::login).contains(DemoSeeder.DEMO_OFFICER_LOGIN);
            assertThat(view.summary).isEmpty();
            clerk.request("WORK", Optional.of(view.windows.get(1)));
            clerk.request("WORK", Optional.of(view.windows.get(1)));
            assertThat(view.said).containsExactly("received", "again");
            assertThat(f.site.count("SELECT COUNT(*) FROM care_need WHERE resident_id = 1 AND source = 'PHONE' AND raised_by = 'clerk:clerk1'"))
                    .isEqualTo(1);
            assertThat(f.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CaseRead' AND actor = 'clerk:clerk1'")).isZero();

            Seen officerView = new Seen();
            ResidentCarePresenter officer = new ResidentCarePresenter(officerView, f.services.care(), new DirectTasks(),
                    DemoSeeder.DEMO_OFFICER_LOGIN);
            officer.open(1);
            assertThat(officerView.summary).hasValueSatisfying(s -> assertThat(s.openNeeds()).extracting(n -> n.ko()).contains("일자리"));
            assertThat(f.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CaseRead' AND actor = 'clerk:officer1' "
                    + "AND payload LIKE '%summary%'")).isEqualTo(1);
        }
    }
}
