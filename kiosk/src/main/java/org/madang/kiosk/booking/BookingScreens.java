package org.madang.kiosk.booking;

import java.util.function.Function;
import org.madang.core.booking.CalendarDay;
import org.madang.ui.Formats;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.madang.core.Refusal;
import org.madang.core.booking.Booking;
import org.madang.core.booking.Quote;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.Slot;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentMessage;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.identify.NewsPage;
import org.madang.kiosk.shell.Look;
import org.madang.kiosk.shell.Navigator;

/** The Swing side of the booking flow: its pages, registered with the navigator, shown as the presenter says. */
public final class BookingScreens implements BookingView {
    /** The first screen of the flow. */
    public static final String START = CategoriesPage.ID;

    private final Look look;
    private final Navigator navigator;
    private final Consumer<Boolean> busy;
    private final Runnable failure;
    private final BookingPresenter presenter;
    private final CategoriesPage categories;
    private final FacilitiesPage facilities;
    private final FacilityPage facility;
    private final DaysPage days;
    private final SlotsPage slots;
    private final IdentifyPage identify;
    private final NewsPage news;
    private final ConfirmPage confirm;
    private final DonePage done;
    private final ResultPage result;

    /**
     * @param presenters makes these screens' presenter for them: the screens never hold the services
     * @param busy    shows or hides the "one moment" sign
     * @param failure shows the plain "something went wrong" message
     * @param finish  ends the resident's visit (the Finish button)
     * @param news    the shared "news for you" page, registered by the app
     */
    public BookingScreens(Look look, Navigator navigator, KioskServices.Devices devices, Function<BookingView, BookingPresenter> presenters,
                          NewsPage news, Consumer<Boolean> busy, Runnable failure, Runnable finish) {
        this.look = look;
        this.navigator = navigator;
        this.busy = busy;
        this.failure = failure;
        this.news = news;
        this.presenter = navigator.replay().presenter(BookingView.class, this, presenters);
        categories = new CategoriesPage(look, presenter);
        facilities = new FacilitiesPage(look, presenter);
        facility = new FacilityPage(look, presenter);
        days = new DaysPage(look, presenter);
        slots = new SlotsPage(look, presenter);
        identify = new IdentifyPage(look, devices);
        confirm = new ConfirmPage(look, presenter);
        done = new DonePage(look, devices.receiptRenderer(), finish);
        result = new ResultPage(look, finish, presenter::start);
        navigator.register(CategoriesPage.ID, categories);
        navigator.register(FacilitiesPage.ID, facilities);
        navigator.register(FacilityPage.ID, facility);
        navigator.register(DaysPage.ID, days);
        navigator.register(SlotsPage.ID, slots);
        navigator.register(IdentifyPage.ID, identify);
        navigator.register(ConfirmPage.ID, confirm);
        navigator.register(DonePage.ID, done);
        navigator.register(ResultPage.ID, result);
    }

    public BookingPresenter presenter() {
        return presenter;
    }

    /** "Your booking is confirmed". */
    public static final String DONE = DonePage.ID;
    /** "You are on the waiting list" / "You have entered the lottery". */
    public static final String RESULT = ResultPage.ID;

    /** Every screen id of the flow, in the order a resident meets them. */
    public static List<String> screenIds() {
        return List.of(CategoriesPage.ID, FacilitiesPage.ID, FacilityPage.ID, DaysPage.ID, SlotsPage.ID, IdentifyPage.ID,
                ConfirmPage.ID, DonePage.ID, ResultPage.ID);
    }

    @Override
    public void showCategories(Map<FacilityCategory, Integer> counts) {
        categories.show(counts);
        navigator.show(CategoriesPage.ID);
    }

    @Override
    public void showFacilities(FacilityCategory category, List<Facility> list) {
        facilities.show(category, list);
        navigator.show(FacilitiesPage.ID);
    }

    @Override
    public void showFacility(Facility chosen, Optional<byte[]> picture) {
        facility.show(chosen, picture);
        navigator.show(FacilityPage.ID);
    }

    @Override
    public void showDays(Facility f, List<CalendarDay> availability) {
        days.show(f, availability);
        navigator.show(DaysPage.ID);
    }

    @Override
    public void showSlots(Facility f, LocalDate day, List<Slot> list, Optional<Map<Long, Integer>> lotteryEntries) {
        slots.show(f, day, list, lotteryEntries);
        navigator.show(SlotsPage.ID);
    }

    @Override
    public void askForCard(Facility f, Slot slot, Wish wish, List<KioskServices.SampleCode> practiceCodes) {
        identify.show(f, slot, wish, practiceCodes);
        navigator.show(IdentifyPage.ID);
    }

    @Override
    public boolean askingForCard() {
        return IdentifyPage.ID.equals(navigator.current());
    }

    @Override
    public void showNews(List<ResidentMessage> messages) {
        news.show(messages, presenter::newsRead);
        navigator.show(NewsPage.ID);
    }

    @Override
    public void showConfirmation(Facility f, Slot slot, Resident resident, int party, Quote quote, Wish wish, Optional<Refusal> refusal) {
        confirm.show(f, slot, resident, party, quote, wish, refusal);
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
    public void showBooked(Booking booking, Facility f, Receipt receipt, PrintResult printed) {
        done.show(booking, receipt, printed);
        navigator.showWithoutReturn(DonePage.ID);
    }

    @Override
    public void showWaiting(Facility f, Slot slot, int position) {
        Formats formats = new Formats(look.words());
        result.show(look.words().get("booking.wait.done.title"),
                look.words().get("booking.wait.done", f.name().in(look.words().language()), formats.date(slot.startsAt().toLocalDate()),
                        formats.period(slot.startsAt(), slot.endsAt()), position),
                look.words().get("booking.wait.done.next"));
        navigator.showWithoutReturn(ResultPage.ID);
    }

    @Override
    public void showEntered(Facility f, Slot slot, LocalDateTime drawAt, int entries) {
        Formats formats = new Formats(look.words());
        result.show(look.words().get("booking.lottery.done.title"),
                look.words().get("booking.lottery.done", f.name().in(look.words().language()), formats.date(slot.startsAt().toLocalDate()),
                        formats.period(slot.startsAt(), slot.endsAt()), entries),
                look.words().get("booking.lottery.done.next", drawAt));
        navigator.showWithoutReturn(ResultPage.ID);
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
