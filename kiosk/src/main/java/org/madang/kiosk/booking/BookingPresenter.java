package org.madang.kiosk.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.madang.core.Refusal;
import org.madang.core.booking.BookingCalendar;
import org.madang.core.booking.BookingOutcome;
import org.madang.core.booking.BookingRequest;
import org.madang.core.booking.Channel;
import org.madang.core.facility.DayAvailability;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.Slot;
import org.madang.core.receipt.Labels;
import org.madang.core.resident.Resident;
import org.madang.core.resident.Rrn;
import org.madang.hardware.id.IdReaderListener;
import org.madang.hardware.id.Identity;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.kiosk.KioskServices;
import org.madang.ui.Tasks;

/**
 * The booking flow: category → facility → day → time → ID card → confirm → receipt. Owns the
 * draft booking; every service call goes through {@link Tasks}, so it never blocks the screen.
 */
public final class BookingPresenter implements IdReaderListener {
    private final BookingView view;
    private final KioskServices services;
    private final Tasks tasks;
    private final Supplier<? extends Labels> labels;

    private Facility facility;
    private LocalDate day;
    private Slot slot;
    private Resident resident;
    private int party = 1;
    private boolean awaitingCard;
    /** One id per wish to book a slot: pressing "Book now" again cannot book twice. */
    private String requestId;

    public BookingPresenter(BookingView view, KioskServices services, Tasks tasks, Supplier<? extends Labels> labels) {
        this.view = view;
        this.services = services;
        this.tasks = tasks;
        this.labels = labels;
        services.idReader().addListener(this);
    }

    /** Opens the flow at the categories. */
    public void start() {
        reset();
        load(() -> services.facilities().categoryCounts(), view::showCategories);
    }

    public void chooseCategory(FacilityCategory category) {
        load(() -> services.facilities().inCategory(category), list -> view.showFacilities(category, list));
    }

    public void chooseFacility(Facility chosen) {
        facility = chosen;
        LocalDateTime now = now();
        load(() -> calendar(chosen, now), days -> view.showDays(chosen, days));
    }

    /** Every day from the first still bookable to the end of what the window shows, with its phase. */
    private List<CalendarDay> calendar(Facility f, LocalDateTime now) {
        BookingCalendar calendar = services.bookings().rules().calendar();
        LocalDate first = now.toLocalDate().plusDays(calendar.policy().closesDaysBefore());
        LocalDate last = calendar.lastShownDay(now);
        Map<LocalDate, DayAvailability> free = new HashMap<>();
        services.facilities().availability(f.id(), first, last, now).forEach(d -> free.put(d.day(), d));
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            DayAvailability a = free.get(d);
            days.add(new CalendarDay(d, a == null ? 0 : a.freeSlots(), a == null ? 0 : a.slots(), calendar.phase(d, f.popular(), now)));
        }
        return days;
    }

    public void chooseDay(LocalDate chosen) {
        day = chosen;
        Facility f = facility;
        LocalDateTime now = now();
        load(() -> services.facilities().slots(f.id(), chosen, now), slots -> view.showSlots(f, chosen, slots));
    }

    public void chooseSlot(Slot chosen) {
        slot = chosen;
        party = 1;
        requestId = java.util.UUID.randomUUID().toString();
        if (resident != null) {
            confirmStep();
            return;
        }
        awaitingCard = true;
        view.askForCard(facility, chosen);
    }

    /** From the ID reader's thread: hand over to the UI thread before touching state. */
    @Override
    public void identified(Identity identity) {
        tasks.onUiThread(() -> onCard(identity));
    }

    @Override
    public void refused(String reason) {
        tasks.onUiThread(() -> {
            if (awaitingCard) {
                view.showRefusal(Refusal.of("booking.refused.unreadableCard"), false);
            }
        });
    }

    private void onCard(Identity identity) {
        if (!awaitingCard) {
            return;
        }
        Optional<Rrn> rrn = Rrn.parse(identity.nationalId());
        if (rrn.isEmpty()) {
            view.showRefusal(Refusal.of("booking.refused.noNationalId"), false);
            return;
        }
        load(() -> services.residents().byRrn(rrn.get()), found -> {
            if (found.isEmpty()) {
                view.showRefusal(Refusal.of("booking.refused.notRegistered"), false);
                return;
            }
            awaitingCard = false;
            resident = found.get();
            confirmStep();
        });
    }

    private void confirmStep() {
        view.showConfirmation(facility, slot, resident, party, services.bookings().quote(facility, resident, party, slot));
    }

    /** More or fewer people, where seats are sold; stays within 1 and the seats left. */
    public void changeParty(int delta) {
        if (!facility.perSeat()) {
            return;
        }
        int next = Math.max(1, Math.min(party + delta, Math.min(slot.free(), 10)));
        if (next != party) {
            party = next;
            confirmStep();
        }
    }

    public void confirm() {
        BookingRequest request = new BookingRequest(slot.id(), resident.id(), party, Channel.KIOSK, requestId);
        Facility f = facility;
        Labels words = labels.get();
        view.setBusy(true);
        tasks.run(() -> {
            BookingOutcome outcome = services.bookings().book(request);
            if (outcome instanceof BookingOutcome.Booked booked) {
                Receipt receipt = services.receipts().booking(booked.booking(), f, words);
                return new Done(outcome, receipt, services.printer().print(receipt));
            }
            return new Done(outcome, null, null);
        }, done -> {
            view.setBusy(false);
            if (done.outcome() instanceof BookingOutcome.Booked booked) {
                view.showBooked(booked.booking(), f, done.receipt(), done.printed());
            } else if (done.outcome() instanceof BookingOutcome.Refused refused) {
                view.showRefusal(refused.refusal(), true);
            }
        }, this::failed);
    }

    /** After a refusal: back to the same day's times, freshly loaded. */
    public void chooseAgain() {
        chooseDay(day);
    }

    /** Forgets everything entered: the next resident starts clean. */
    public void reset() {
        facility = null;
        day = null;
        slot = null;
        resident = null;
        party = 1;
        awaitingCard = false;
        requestId = null;
    }

    /** Stops listening to the ID reader; the presenter is not used again. */
    public void dispose() {
        services.idReader().removeListener(this);
    }

    /** Whether a card read now would be used (the identify screen is showing). */
    public boolean awaitingCard() {
        return awaitingCard;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(services.clock());
    }

    private <T> void load(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> show) {
        view.setBusy(true);
        tasks.run(work, result -> {
            view.setBusy(false);
            show.accept(result);
        }, this::failed);
    }

    private void failed(Throwable error) {
        view.setBusy(false);
        view.showFailure();
    }

    private record Done(BookingOutcome outcome, Receipt receipt, PrintResult printed) {
    }
}
