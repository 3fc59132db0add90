package org.madang.kiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.madang.core.booking.BookingCalendar;
import org.madang.core.booking.CalendarDay;
import org.madang.kiosk.shell.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.demo.DemoCards;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.Slot;
import org.madang.hardware.id.Identity;
import org.madang.kiosk.KioskFixtureAccess;
import org.madang.kiosk.KioskServices;
import org.madang.ui.DirectTasks;
import org.madang.ui.Messages;

class BookingPresenterTest {
    private final KioskFixtureAccess fixture = KioskFixtureAccess.create();
    private final RecordingBookingView view = new RecordingBookingView();
    private final Visit visit = new Visit();
    private final BookingPresenter presenter = new BookingPresenter(view, fixture.services(), new DirectTasks(),
            () -> Messages.forLanguage("ko"), visit);

    @AfterEach
    void close() {
        presenter.dispose();
        fixture.close();
    }

    private Slot walkToCard(FacilityCategory category) {
        presenter.start();
        presenter.chooseCategory(category);
        Facility facility = view.facilities.get(0);
        presenter.chooseFacility(facility);
        presenter.chooseDays();
        LocalDate day = view.days.stream().filter(d -> d.choosable() && d.freeSlots() > 0
                && d.phase() instanceof BookingCalendar.Phase.Open).findFirst().orElseThrow().day();
        presenter.chooseDay(day);
        Slot slot = view.slots.stream().filter(s -> !s.isFull()).findFirst().orElseThrow();
        presenter.chooseSlot(slot);
        return slot;
    }

    @Test
    void walksFromCategoryToAPrintedReceipt() {
        long before = fixture.bookingsOf(1);
        walkToCard(FacilityCategory.SPORTS);
        assertThat(view.shown).containsExactly("categories", "facilities", "facility", "days", "slots", "card");
        assertThat(view.wish).isEqualTo(Wish.BOOK);
        // the demo scanner offers codes to practise with, ending with one from elsewhere and a made-up one
        assertThat(view.practiceCodes).extracting(KioskServices.SampleCode::labelKey).endsWith("kiosk.scan.foreign", "kiosk.scan.forged");

        fixture.insert(DemoCards.RESIDENTS.get(0).card());
        assertThat(view.last()).isEqualTo("confirm");
        assertThat(view.resident.name()).isEqualTo("김영희");

        presenter.confirm();
        assertThat(view.last()).isEqualTo("booked");
        assertThat(view.printed.printed()).isTrue();
        assertThat(view.receipt.plainText()).contains(view.booking.number()).contains("시설 예약 확인증");
        assertThat(view.receipt.qrPayloads()).singleElement().asString().startsWith("MDG1.B." + view.booking.number());
        assertThat(fixture.bookingsOf(1)).isEqualTo(before + 1);
    }

    @Test
    void aCardOfSomeoneNotRegisteredIsRefusedPlainly() {
        walkToCard(FacilityCategory.ROOM);
        Identity stranger = new Identity("X1", "HONG", "GILDONG", "KOR", LocalDate.of(1970, 1, 1), "M",
                LocalDate.of(2030, 1, 1), "700101-1000008");
        fixture.insert(stranger);
        assertThat(view.last()).isEqualTo("refusal");
        assertThat(view.refusal.messageKey()).isEqualTo("booking.refused.notRegistered");
        assertThat(presenter.awaitingCard()).isTrue();
    }

    @Test
    void aPassportWithoutARegistrationNumberIsRefused() {
        walkToCard(FacilityCategory.ROOM);
        fixture.insert(new Identity("M1234567", "SMITH", "ANNA", "GBR", LocalDate.of(1980, 5, 5), "F", LocalDate.of(2030, 1, 1), ""));
        assertThat(view.refusal.messageKey()).isEqualTo("booking.refused.noNationalId");
    }

    @Test
    void anUnreadableCardAsksForItAgain() {
        walkToCard(FacilityCategory.ROOM);
        fixture.insertUnreadable();
        assertThat(view.refusal.messageKey()).isEqualTo("booking.refused.unreadableCard");
        fixture.insert(DemoCards.RESIDENTS.get(0).card());
        assertThat(view.last()).isEqualTo("confirm");
    }

    @Test
    void newsWaitingForTheResidentComesFirstAndIsMarkedReadOnce() {
        walkToCard(FacilityCategory.ROOM);
        fixture.insert(DemoCards.RESIDENTS.get(1).card());
        assertThat(view.last()).isEqualTo("news");
        assertThat(view.news).singleElement().extracting(m -> m.messageKey()).isEqualTo("message.lottery.lost");

        presenter.newsRead();

        assertThat(view.last()).isEqualTo("confirm");
        assertThat(fixture.services().messages().unread(view.resident.id())).isEmpty();
    }

    @Test
    void aBookingReceiptsQrIdentifiesAReturningResident() {
        walkToCard(FacilityCategory.ROOM);
        var theirs = fixture.services().bookingStore().upcoming(1, LocalDateTime.now(fixture.services().clock())).get(0);
        fixture.scan(fixture.services().receipts().checkInCode(theirs.booking()));
        assertThat(view.last()).isEqualTo("confirm");
        assertThat(view.resident.id()).isEqualTo(1);
    }

    @Test
    void aQrFromElsewhereDoesNotIdentifyAnyone() {
        walkToCard(FacilityCategory.ROOM);
        fixture.scan("https://coupon.example.com/c/1");
        assertThat(view.last()).isEqualTo("refusal");
        assertThat(view.refusal.messageKey()).isEqualTo("identify.refused.code");
        assertThat(visit.resident()).isEmpty();
    }

    @Test
    void aRuleThatAlreadySaysNoIsShownWithTheConfirmationBeforeAnythingIsPressed() {
        Slot slot = walkToCard(FacilityCategory.SPORTS);
        assertThat(fixture.bookOtherTimeSameDay(slot, 1)).isTrue();
        fixture.insert(DemoCards.RESIDENTS.get(0).card());
        assertThat(view.last()).isEqualTo("confirm");
        assertThat(view.refusal.messageKey()).isEqualTo("booking.refused.sameDay");
    }

    @Test
    void aFullTimeOffersTheWaitingList() {
        Slot slot = walkToCard(FacilityCategory.SPORTS);
        fixture.bookDirectly(slot, 3);
        presenter.chooseDay(slot.startsAt().toLocalDate());
        Slot full = view.slots.stream().filter(s -> s.id() == slot.id()).findFirst().orElseThrow();
        assertThat(full.isFull()).isTrue();

        presenter.chooseSlot(full);
        assertThat(view.wish).isEqualTo(Wish.WAIT);
        fixture.insert(DemoCards.RESIDENTS.get(0).card());
        assertThat(view.last()).isEqualTo("confirm");
        presenter.confirm();

        assertThat(view.last()).isEqualTo("waiting");
        assertThat(view.position).isEqualTo(1);
        assertThat(fixture.services().waitlist().waiting(full.id())).isEqualTo(1);
    }

    @Test
    void aPopularDayInItsEntryWeekTakesLotteryEntries() {
        presenter.start();
        presenter.chooseCategory(FacilityCategory.SPORTS);
        Facility popular = view.facilities.stream().filter(Facility::popular).findFirst().orElseThrow();
        presenter.chooseFacility(popular);
        presenter.chooseDays();
        CalendarDay lotteryDay = view.days.stream().filter(d -> d.phase() instanceof BookingCalendar.Phase.LotteryEntry)
                .findFirst().orElseThrow();
        assertThat(lotteryDay.choosable()).isTrue();
        presenter.chooseDay(lotteryDay.day());
        assertThat(view.lotteryEntries).isPresent();
        Slot slot = view.slots.get(0);
        int before = view.lotteryEntries.get().get(slot.id());

        presenter.chooseSlot(slot);
        assertThat(view.wish).isEqualTo(Wish.LOTTERY);
        long before2 = fixture.bookingsOf(1);
        fixture.insert(DemoCards.RESIDENTS.get(0).card());
        presenter.confirm();

        assertThat(view.last()).isEqualTo("entered");
        assertThat(view.entries).isEqualTo(before + 1);
        assertThat(fixture.services().lottery().entries(slot.id())).isEqualTo(before + 1);
        assertThat(fixture.bookingsOf(1)).isEqualTo(before2);
    }

    @Test
    void cardsReadOutsideTheCardStepAreIgnored() {
        presenter.start();
        fixture.insert(DemoCards.RESIDENTS.get(0).card());
        assertThat(view.shown).containsExactly("categories");
    }

    @Test
    void partySizeChangesWithinTheSeatsLeftAndTheFeeFollows() {
        Slot slot = walkToCard(FacilityCategory.EXPERIENCE);
        fixture.insert(DemoCards.RESIDENTS.get(0).card());
        int single = view.fee;
        presenter.changeParty(1);
        assertThat(view.party).isEqualTo(2);
        assertThat(view.fee).isEqualTo(single * 2);
        presenter.changeParty(-5);
        assertThat(view.party).isEqualTo(1);
        for (int i = 0; i < 50; i++) {
            presenter.changeParty(1);
        }
        assertThat(view.party).isEqualTo(presenter.largestParty())
                .isEqualTo(Math.min(slot.free(), org.madang.core.booking.BookingPolicy.DEFAULTS.maxParty()));
    }

    @Test
    void aSlotTakenMeanwhileIsRefusedAsJustTaken() {
        long before = fixture.bookingsOf(1);
        Slot slot = walkToCard(FacilityCategory.SPORTS);
        fixture.insert(DemoCards.RESIDENTS.get(0).card());
        fixture.bookDirectly(slot, 2);

        presenter.confirm();

        assertThat(view.last()).isEqualTo("refusal");
        assertThat(view.refusal.messageKey()).isEqualTo("booking.refused.justTaken");
        assertThat(fixture.bookingsOf(1)).isEqualTo(before);
    }

    @Test
    void aNewVisitForgetsTheResident() {
        walkToCard(FacilityCategory.SPORTS);
        fixture.insert(DemoCards.RESIDENTS.get(0).card());
        assertThat(visit.resident()).isPresent();
        visit.reset();
        walkToCard(FacilityCategory.SPORTS);
        assertThat(view.last()).isEqualTo("card");
    }
}
