package org.madang.kiosk.mine;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.madang.core.booking.CancelOutcome;
import org.madang.core.booking.ResidentBooking;
import org.madang.core.facility.Facility;
import org.madang.core.receipt.Labels;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentMessage;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.identify.Identification;
import org.madang.kiosk.shell.Visit;
import org.madang.ui.Tasks;

/** "My bookings": who the resident is, their coming bookings, a receipt again, a cancellation with the refund shown first. */
public final class MinePresenter {
    private final MineView view;
    private final KioskServices services;
    private final Tasks tasks;
    private final Supplier<? extends Labels> labels;
    private final Visit visit;
    private final Identification identification;
    private boolean awaitingCard;
    private List<ResidentMessage> news = List.of();

    public MinePresenter(MineView view, KioskServices services, Tasks tasks, Supplier<? extends Labels> labels, Visit visit) {
        this.view = view;
        this.services = services;
        this.tasks = tasks;
        this.labels = labels;
        this.visit = visit;
        this.identification = new Identification(services, tasks, visit, () -> awaitingCard && view.askingForCard(),
                this::identified, view::showCardProblem, this::failed);
    }

    public void start() {
        if (visit.resident().isPresent()) {
            list(null);
            return;
        }
        awaitingCard = true;
        view.askForCard();
    }

    private void identified(Resident who) {
        awaitingCard = false;
        load(() -> services.messages().unread(who.id()), unread -> {
            news = unread;
            if (unread.isEmpty()) {
                list(null);
            } else {
                view.showNews(unread);
            }
        });
    }

    /** The news has been read: marked so, then the bookings. */
    public void newsRead() {
        List<Long> ids = news.stream().map(ResidentMessage::id).toList();
        news = List.of();
        LocalDateTime now = now();
        load(() -> {
            services.messages().markRead(ids, now);
            return ids;
        }, done -> list(null));
    }

    private void list(String noteKey, Object... args) {
        Resident resident = visit.resident().orElseThrow();
        LocalDateTime now = now();
        load(() -> services.bookingStore().upcoming(resident.id(), now), list -> view.showBookings(resident, list, noteKey, args));
    }

    /** Prints the booking's receipt again; the list says whether it came out. */
    public void reprint(ResidentBooking chosen) {
        Labels words = labels.get();
        load(() -> {
            Facility facility = services.facilities().byId(chosen.booking().facilityId()).orElseThrow();
            Receipt receipt = services.receipts().booking(chosen.booking(), facility, words);
            return services.devices().printer().print(receipt);
        }, printed -> list(MineView.printedKey(printed), printed instanceof PrintResult.Failed f ? f.reason() : ""));
    }

    /** Shows what cancelling would give back; nothing is cancelled yet. */
    public void askCancel(ResidentBooking chosen) {
        load(() -> services.cancellations().quote(chosen.booking().id()), quote -> {
            if (quote.isPresent()) {
                view.showCancelQuote(chosen, quote.get());
            } else {
                list(null);
            }
        });
    }

    public void cancel(ResidentBooking chosen) {
        long resident = visit.resident().orElseThrow().id();
        load(() -> services.cancellations().cancel(chosen.booking().id(), resident, "resident:" + resident), outcome -> {
            if (outcome instanceof CancelOutcome.Cancelled done) {
                view.showCancelled(chosen, done.refund());
            } else if (outcome instanceof CancelOutcome.Refused refused) {
                view.showRefusal(refused.refusal());
            }
        });
    }

    /** Back to the list (after a cancellation or a refusal). */
    public void backToList() {
        list(null);
    }

    public void clear() {
        awaitingCard = false;
        news = List.of();
    }

    public void dispose() {
        identification.dispose();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(services.clock());
    }

    private <T> void load(Callable<T> work, Consumer<T> show) {
        view.setBusy(true);
        tasks.run(work, result -> {
            view.setBusy(false);
            show.accept(result);
        }, this::failed);
    }

    private void failed(Throwable e) {
        view.setBusy(false);
        view.showFailure();
    }
}
