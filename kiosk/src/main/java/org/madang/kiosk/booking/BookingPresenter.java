package org.madang.kiosk.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.madang.core.booking.LotteryOutcome;
import org.madang.core.booking.Quote;
import org.madang.core.booking.WaitlistOutcome;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.Slot;
import org.madang.core.receipt.Labels;
import org.madang.core.resident.Resident;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.identify.Identification;
import org.madang.kiosk.shell.Loading;
import org.madang.kiosk.shell.Visit;
import org.madang.ui.Tasks;

/**
 * The booking flow: category → facility → day → time → who (ID card or a booking receipt's
 * QR) → confirm → receipt; a full time offers the waiting list, a popular day in its entry
 * week the lottery. Owns the draft; every service call goes through {@link Loading}, so it never
 * blocks the screen.
 */
public final class BookingPresenter {
    private final BookingView view;
    private final KioskServices services;
    private final Loading loading;
    private final Supplier<? extends Labels> labels;
    private final Visit visit;
    private final Identification identification;

    private Facility facility;
    private LocalDate day;
    private Slot slot;
    private Wish wish = Wish.BOOK;
    private int party = 1;
    /** One id per wish to book a slot: pressing "Book now" again cannot book twice. */
    private String requestId;

    public BookingPresenter(BookingView view, KioskServices services, Tasks tasks, Supplier<? extends Labels> labels, Visit visit) {
        this.view = view;
        this.services = services;
        this.loading = new Loading(tasks, view::setBusy, view::showFailure);
        this.labels = labels;
        this.visit = visit;
        this.identification = new Identification(services, loading, visit, view::askingForCard, this::identified,
                r -> view.showRefusal(r, false));
    }

    /** Opens the flow at the categories. */
    public void start() {
        clearDraft();
        loading.run(() -> services.facilities().categoryCounts(), view::showCategories);
    }

    public void chooseCategory(FacilityCategory category) {
        loading.run(() -> services.facilities().inCategory(category), list -> view.showFacilities(category, list));
    }

    public void chooseFacility(Facility chosen) {
        facility = chosen;
        loading.run(() -> services.pictures().of("facility:" + chosen.id()).map(org.madang.core.catalogue.Pictures.Picture::bytes),
                picture -> view.showFacility(chosen, picture));
    }

    /** From the facility's page: its calendar. */
    public void chooseDays() {
        Facility f = facility;
        LocalDateTime now = now();
        loading.run(() -> services.bookings().calendar(f, now), days -> view.showDays(f, days));
    }

    public void chooseDay(LocalDate chosen) {
        day = chosen;
        Facility f = facility;
        LocalDateTime now = now();
        boolean lottery = calendar().phase(chosen, f.popular(), now) instanceof BookingCalendar.Phase.LotteryEntry;
        loading.run(() -> {
            List<Slot> slots = services.facilities().slots(f.id(), chosen, now);
            Optional<Map<Long, Integer>> entries = Optional.empty();
            if (lottery) {
                Map<Long, Integer> counts = new HashMap<>();
                slots.forEach(s -> counts.put(s.id(), services.lottery().entries(s.id())));
                entries = Optional.of(counts);
            }
            return new DaySlots(slots, entries);
        }, d -> view.showSlots(f, chosen, d.slots(), d.lotteryEntries()));
    }

    /** A time: to book when free, to wait for when full, to enter the lottery of on a lottery day. */
    public void chooseSlot(Slot chosen) {
        boolean lottery = calendar().phase(chosen.startsAt().toLocalDate(), facility.popular(), now())
                instanceof BookingCalendar.Phase.LotteryEntry;
        choose(chosen, lottery ? Wish.LOTTERY : chosen.isFull() ? Wish.WAIT : Wish.BOOK);
    }

    private void choose(Slot chosen, Wish what) {
        slot = chosen;
        wish = what;
        party = 1;
        requestId = java.util.UUID.randomUUID().toString();
        if (visit.resident().isPresent()) {
            confirmStep();
            return;
        }
        Facility f = facility;
        // the demo scanner's practice codes are read from the database: off the UI thread, like everything else
        loading.run(() -> services.devices().sampleCodes(), codes -> view.askForCard(f, chosen, what, codes));
    }

    private void identified(Identification.Known who) {
        // someone else may book from here (Back to the card page after a refusal): a new wish of theirs
        requestId = java.util.UUID.randomUUID().toString();
        if (who.news().isEmpty()) {
            confirmStep();
        } else {
            view.showNews(who.news());
        }
    }

    /** The resident has read the news: it is marked read, and the booking goes on. */
    public void newsRead() {
        identification.newsRead(this::confirmStep);
    }

    /** Shows what is about to be done, with any rule that already refuses it, asked of the database now. */
    private void confirmStep() {
        Resident resident = visit.resident().orElseThrow();
        Facility f = facility;
        Slot s = slot;
        Wish w = wish;
        int p = party;
        loading.run(() -> new Checked(services.bookings().quote(f, resident, p, s), w == Wish.BOOK
                        ? services.bookings().check(s.id(), resident.id(), p) : Optional.empty()),
                c -> view.showConfirmation(f, s, resident, p, c.quote(), w, c.refusal()));
    }

    /** More or fewer people, where seats are sold; stays within 1 and the seats left (or 10 when waiting or entering a lottery). */
    public void changeParty(int delta) {
        if (!facility.perSeat()) {
            return;
        }
        int next = Math.max(1, Math.min(party + delta, largestParty()));
        if (next != party) {
            party = next;
            confirmStep();
        }
    }

    /** The most the party may grow to: the seats left (to book) and the policy's largest party for the slot. */
    public int largestParty() {
        int most = services.bookings().rules().policy().largestParty(facility, slot);
        return Math.max(1, Math.min(wish == Wish.BOOK ? slot.free() : slot.capacity(), most));
    }

    public void confirm() {
        switch (wish) {
            case BOOK -> book();
            case WAIT -> waitForSeat();
            case LOTTERY -> enterLottery();
            default -> throw new IllegalStateException(wish.name());
        }
    }

    private void book() {
        Resident resident = visit.resident().orElseThrow();
        BookingRequest request = new BookingRequest(slot.id(), resident.id(), party, Channel.KIOSK, requestId);
        Facility f = facility;
        Labels words = labels.get();
        loading.run(() -> {
            BookingOutcome outcome = services.bookings().book(request);
            if (outcome instanceof BookingOutcome.Booked booked) {
                Receipt receipt = org.madang.kiosk.shell.ReceiptLanguages.compose(words, services.devices().printer(),
                        w -> services.receipts().booking(booked.booking(), f, w));
                return new Done(outcome, receipt, services.devices().printer().print(receipt));
            }
            return new Done(outcome, null, null);
        }, done -> {
            if (done.outcome() instanceof BookingOutcome.Booked booked) {
                view.showBooked(booked.booking(), f, done.receipt(), done.printed());
            } else if (done.outcome() instanceof BookingOutcome.Refused refused) {
                view.showRefusal(refused.refusal(), true);
            }
        });
    }

    private void waitForSeat() {
        long resident = visit.resident().orElseThrow().id();
        Facility f = facility;
        Slot s = slot;
        int p = party;
        loading.run(() -> services.waitlist().join(s.id(), resident, p), outcome -> {
            if (outcome instanceof WaitlistOutcome.Joined joined) {
                view.showWaiting(f, s, joined.position());
            } else if (outcome instanceof WaitlistOutcome.Refused refused) {
                view.showRefusal(refused.refusal(), true);
            }
        });
    }

    private void enterLottery() {
        long resident = visit.resident().orElseThrow().id();
        Facility f = facility;
        Slot s = slot;
        int p = party;
        loading.run(() -> services.lottery().enter(s.id(), resident, p), outcome -> {
            if (outcome instanceof LotteryOutcome.Entered entered) {
                view.showEntered(f, s, entered.drawAt(), entered.entries());
            } else if (outcome instanceof LotteryOutcome.Refused refused) {
                view.showRefusal(refused.refusal(), true);
            }
        });
    }

    /** After a refusal: back to the same day's times, freshly loaded. */
    public void chooseAgain() {
        chooseDay(day);
    }

    /** Forgets the draft (the visit, and who the resident is, belong to the kiosk). */
    public void clearDraft() {
        facility = null;
        day = null;
        slot = null;
        wish = Wish.BOOK;
        party = 1;
        requestId = null;
    }

    /** Stops listening to the devices; the presenter is not used again. */
    public void dispose() {
        identification.dispose();
    }

    /** Whether a card read now would be used (the identify screen is showing). */
    public boolean awaitingCard() {
        return view.askingForCard();
    }

    private BookingCalendar calendar() {
        return services.bookings().rules().calendar();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(services.clock());
    }

    private record Done(BookingOutcome outcome, Receipt receipt, PrintResult printed) {
    }

    private record DaySlots(List<Slot> slots, Optional<Map<Long, Integer>> lotteryEntries) {
    }

    private record Checked(Quote quote, Optional<Refusal> refusal) {
    }
}
