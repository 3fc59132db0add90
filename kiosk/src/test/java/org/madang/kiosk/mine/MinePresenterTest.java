package org.madang.kiosk.mine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.Refusal;
import org.madang.core.booking.BookingOutcome;
import org.madang.core.booking.CancelQuote;
import org.madang.core.booking.ResidentBooking;
import org.madang.core.demo.DemoCards;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.Slot;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentMessage;
import org.madang.kiosk.KioskFixtureAccess;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.shell.Loading;
import org.madang.kiosk.shell.Visit;
import org.madang.ui.DirectTasks;
import org.madang.ui.Messages;

/**
 * "My bookings", presenter and a recording view, no window: the card, the list, a reprint, the
 * refund shown before cancelling (nothing cancelled by asking), and the booking gone after.
 */
class MinePresenterTest {
    private final KioskFixtureAccess fixture = KioskFixtureAccess.create();
    private final List<String> shown = new ArrayList<>();
    private List<ResidentBooking> bookings = List.of();
    private boolean askingForCard;
    private CancelQuote quote;
    private final MineView view = new MineView() {
        @Override
        public void askForCard(List<KioskServices.SampleCode> practiceCodes) {
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
        public void showNews(List<ResidentMessage> messages) {
            askingForCard = false;
            shown.add("news");
        }

        @Override
        public void showBookings(Resident resident, List<ResidentBooking> list, String noteKey, Object... noteArgs) {
            askingForCard = false;
            shown.add("bookings" + (noteKey == null ? "" : " " + noteKey));
            bookings = list;
        }

        @Override
        public void showCancelQuote(ResidentBooking booking, CancelQuote q) {
            shown.add("quote");
            quote = q;
        }

        @Override
        public void showCancelled(ResidentBooking booking, int refund) {
            shown.add("cancelled " + refund);
        }

        @Override
        public void showRefusal(Refusal refusal) {
            shown.add("refused " + refusal.messageKey());
        }
    };
    private final MinePresenter presenter = new MinePresenter(view, fixture.services(),
            new Loading(new DirectTasks(), busy -> { }, () -> shown.add("failure")), () -> Messages.forLanguage("ko"), new Visit());

    @AfterEach
    void close() {
        presenter.dispose();
        fixture.close();
    }

    @Test
    void aBookingIsListedReprintedQuotedAndCancelled() {
        long resident = 1;
        var site = fixture.site();
        LocalDateTime now = LocalDateTime.now(site.clock);
        Facility court = site.facilities().inCategory(FacilityCategory.SPORTS).stream().filter(f -> !f.perSeat()).findFirst().orElseThrow();
        Slot slot = site.facilities().slots(court.id(), now.toLocalDate().plusDays(5), now).stream().filter(s -> !s.isFull())
                .findFirst().orElseThrow();
        BookingOutcome made = fixture.bookDirectly(slot, resident);
        assertThat(made).isInstanceOf(BookingOutcome.Booked.class);
        String number = ((BookingOutcome.Booked) made).booking().number();

        presenter.start();
        assertThat(shown).containsExactly("card");
        fixture.insert(DemoCards.RESIDENTS.get(0).card());
        if (shown.get(shown.size() - 1).equals("news")) {
            presenter.newsRead();
        }
        assertThat(shown).last().isEqualTo("bookings");
        ResidentBooking mine = bookings.stream().filter(b -> b.booking().number().equals(number)).findFirst().orElseThrow();

        presenter.reprint(mine);
        assertThat(shown).last().isEqualTo("bookings mine.reprinted");

        presenter.askCancel(mine);
        assertThat(shown).last().isEqualTo("quote");
        assertThat(site.count("SELECT COUNT(*) FROM booking WHERE status = 'BOOKED' AND id = " + mine.booking().id()))
                .as("nothing is cancelled by asking").isEqualTo(1);
        presenter.cancel(mine);
        assertThat(shown).last().asString().startsWith("cancelled ");
        assertThat(site.count("SELECT COUNT(*) FROM booking WHERE status = 'CANCELLED' AND id = " + mine.booking().id())).isEqualTo(1);
        presenter.backToList();
        assertThat(bookings).noneMatch(b -> b.booking().number().equals(number));
        presenter.cancel(mine);
        assertThat(shown).last().asString().startsWith("refused ");
        assertThat(shown).doesNotContain("failure");
    }
}
