package org.madang.kiosk;

import java.time.LocalDateTime;
import java.util.Comparator;
import org.madang.core.facility.DayAvailability;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.Slot;
import org.madang.kiosk.booking.BookingPresenter;

/**
 * Brings a kiosk to any named screen the way a resident would, step by step, for screenshots
 * and practice lessons. Needs {@link org.madang.ui.DirectTasks} so each step completes at once.
 */
public final class ScreenStager {
    private final KioskApp app;
    private final KioskServices services;

    public ScreenStager(KioskApp app, KioskServices services) {
        this.app = app;
        this.services = services;
    }

    /** Walks to {@code screenId}; throws {@link IllegalArgumentException} for an unknown id. */
    public void stage(String screenId) {
        int step = KioskApp.screenIds().indexOf(screenId);
        if (step < 0) {
            throw new IllegalArgumentException("no kiosk screen '" + screenId + "' (see madang screenshot --list)");
        }
        app.navigator().restart("idle");
        if (step == 0) {
            return;
        }
        app.wake();
        if (step == 1) {
            return;
        }
        BookingPresenter booking = app.bookingPresenter();
        booking.start();
        if (step == 2) {
            return;
        }
        FacilityCategory category = FacilityCategory.EXPERIENCE;
        booking.chooseCategory(category);
        if (step == 3) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(services.clock());
        Facility facility = services.facilities().inCategory(category).get(0);
        booking.chooseFacility(facility);
        if (step == 4) {
            return;
        }
        DayAvailability day = services.facilities().availability(facility.id(), now.toLocalDate(), now.toLocalDate().plusDays(60), now)
                .stream().filter(d -> d.freeSlots() > 0).skip(1).findFirst()
                .orElseThrow(() -> new IllegalStateException(facility.code() + " has no free day to show"));
        booking.chooseDay(day.day());
        if (step == 5) {
            return;
        }
        Slot slot = services.facilities().slots(facility.id(), day.day(), now).stream().filter(s -> !s.isFull())
                .max(Comparator.comparingInt(Slot::free)).orElseThrow();
        booking.chooseSlot(slot);
        if (step == 6) {
            return;
        }
        KioskServices.CardSimulator cards = services.simulatedCards()
                .orElseThrow(() -> new IllegalStateException("staging past the card screen needs the simulated ID reader"));
        cards.reader().insert(cards.cards().get(0));
        booking.changeParty(1);
        if (step == 7) {
            return;
        }
        booking.confirm();
    }
}
