package org.madang.kiosk.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.madang.core.Refusal;
import org.madang.core.booking.Booking;
import org.madang.core.booking.Quote;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.Slot;
import org.madang.core.resident.Resident;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.shell.Look;
import org.madang.kiosk.shell.Navigator;
import org.madang.ui.Messages;
import org.madang.ui.Tasks;

/** The Swing side of the booking flow: its pages, registered with the navigator, shown as the presenter says. */
public final class BookingScreens implements BookingView {
    /** The first screen of the flow. */
    public static final String START = CategoriesPage.ID;

    private final Navigator navigator;
    private final Consumer<Boolean> busy;
    private final Runnable failure;
    private final BookingPresenter presenter;
    private final CategoriesPage categories;
    private final FacilitiesPage facilities;
    private final DaysPage days;
    private final SlotsPage slots;
    private final IdentifyPage identify;
    private final ConfirmPage confirm;
    private final DonePage done;

    /**
     * @param busy    shows or hides the "one moment" sign
     * @param failure shows the plain "something went wrong" message
     * @param finish  ends the resident's visit (the Finish button)
     */
    public BookingScreens(Look look, Navigator navigator, KioskServices services, Tasks tasks, Supplier<Messages> words,
                          Consumer<Boolean> busy, Runnable failure, Runnable finish) {
        this.navigator = navigator;
        this.busy = busy;
        this.failure = failure;
        this.presenter = new BookingPresenter(this, services, tasks, words);
        categories = new CategoriesPage(look);
        facilities = new FacilitiesPage(look);
        days = new DaysPage(look);
        slots = new SlotsPage(look);
        identify = new IdentifyPage(look, services.simulatedCards());
        confirm = new ConfirmPage(look, presenter);
        done = new DonePage(look, services.receiptRenderer(), finish);
        navigator.register(CategoriesPage.ID, categories);
        navigator.register(FacilitiesPage.ID, facilities);
        navigator.register(DaysPage.ID, days);
        navigator.register(SlotsPage.ID, slots);
        navigator.register(IdentifyPage.ID, identify);
        navigator.register(ConfirmPage.ID, confirm);
        navigator.register(DonePage.ID, done);
    }

    public BookingPresenter presenter() {
        return presenter;
    }

    /** Every screen id of the flow, in the order a resident meets them. */
    public static List<String> screenIds() {
        return List.of(CategoriesPage.ID, FacilitiesPage.ID, DaysPage.ID, SlotsPage.ID, IdentifyPage.ID, ConfirmPage.ID, DonePage.ID);
    }

    @Override
    public void showCategories(Map<FacilityCategory, Integer> counts) {
        categories.show(counts, presenter);
        navigator.show(CategoriesPage.ID);
    }

    @Override
    public void showFacilities(FacilityCategory category, List<Facility> list) {
        facilities.show(category, list, presenter);
        navigator.show(FacilitiesPage.ID);
    }

    @Override
    public void showDays(Facility facility, List<CalendarDay> availability) {
        days.show(facility, availability, presenter);
        navigator.show(DaysPage.ID);
    }

    @Override
    public void showSlots(Facility facility, LocalDate day, List<Slot> list) {
        slots.show(facility, day, list, presenter);
        navigator.show(SlotsPage.ID);
    }

    @Override
    public void askForCard(Facility facility, Slot slot) {
        identify.show(facility, slot);
        navigator.show(IdentifyPage.ID);
    }

    @Override
    public void showConfirmation(Facility facility, Slot slot, Resident resident, int party, Quote quote) {
        confirm.show(facility, slot, resident, party, quote);
        navigator.show(ConfirmPage.ID);
    }

    @Override
    public void showRefusal(Refusal refusal, boolean canChooseAgain) {
        if (IdentifyPage.ID.equals(navigator.current())) {
            identify.showProblem(refusal);
        } else {
            confirm.showRefusal(refusal, canChooseAgain);
        }
    }

    @Override
    public void showBooked(Booking booking, Facility facility, Receipt receipt, PrintResult printed) {
        done.show(booking, receipt, printed);
        navigator.showWithoutReturn(DonePage.ID);
    }

    @Override
    public void showFailure() {
        failure.run();
    }

    @Override
    public void setBusy(boolean on) {
        confirm.setBusy(on);
        busy.accept(on);
    }
}
