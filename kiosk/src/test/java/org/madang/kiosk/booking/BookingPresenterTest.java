package org.madang.kiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.demo.DemoCards;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.Slot;
import org.madang.hardware.id.Identity;
import org.madang.kiosk.KioskFixtureAccess;
import org.madang.ui.DirectTasks;
import org.madang.ui.Messages;

class BookingPresenterTest {
    private final KioskFixtureAccess fixture = KioskFixtureAccess.create();
    private final RecordingBookingView view = new RecordingBookingView();
    private final BookingPresenter presenter = new BookingPresenter(view, fixture.services(), new DirectTasks(),
            () -> Messages.forLanguage("ko"));

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
        LocalDate day = view.days.stream().filter(CalendarDay::choosable).findFirst().orElseThrow().day();
        presenter.chooseDay(day);
        Slot slot = view.slots.stream().filter(s -> !s.isFull()).findFirst().orElseThrow();
        presenter.chooseSlot(slot);
        return slot;
    }

    @Test
    void walksFromCategoryToAPrintedReceipt() {
        walkToCard(FacilityCategory.SPORTS);
        assertThat(view.shown).containsExactly("categories", "facilities", "days", "slots", "card");

        fixture.insert(DemoCards.RESIDENTS.get(0).card());
        assertThat(view.last()).isEqualTo("confirm");
        assertThat(view.resident.name()).isEqualTo("김영희");

        presenter.confirm();
        assertThat(view.last()).isEqualTo("booked");
        assertThat(view.printed.printed()).isTrue();
        assertThat(view.receipt.plainText()).contains(view.booking.number()).contains("시설 예약 확인증");
        assertThat(view.receipt.qrPayloads()).singleElement().asString().startsWith("MDG1.B." + view.booking.number());
        assertThat(fixture.bookingsOf(1)).isEqualTo(1);
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
        fixture.insert(DemoCards.RESIDENTS.get(1).card());
        assertThat(view.last()).isEqualTo("confirm");
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
        assertThat(view.party).isEqualTo(Math.min(slot.free(), 10));
    }

    @Test
    void aSlotTakenMeanwhileIsRefusedAsJustTaken() {
        Slot slot = walkToCard(FacilityCategory.SPORTS);
        fixture.insert(DemoCards.RESIDENTS.get(0).card());
        fixture.bookDirectly(slot, 2);

        presenter.confirm();

        assertThat(view.last()).isEqualTo("refusal");
        assertThat(view.refusal.messageKey()).isEqualTo("booking.refused.justTaken");
        assertThat(fixture.bookingsOf(1)).isZero();
    }

    @Test
    void resetForgetsTheResident() {
        walkToCard(FacilityCategory.SPORTS);
        fixture.insert(DemoCards.RESIDENTS.get(0).card());
        presenter.reset();
        walkToCard(FacilityCategory.SPORTS);
        assertThat(view.last()).isEqualTo("card");
    }
}
