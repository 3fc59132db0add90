package org.madang.kiosk.mine;

import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.madang.core.booking.CancelOutcome;
import org.madang.core.booking.ResidentBooking;
import org.madang.core.facility.Facility;
import org.madang.core.receipt.Labels;
import org.madang.core.resident.Resident;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.identify.Identification;
import org.madang.kiosk.shell.Loading;
import org.madang.kiosk.shell.Visit;

/** "My bookings": who the resident is, their coming bookings, a receipt again, a cancellation with the refund shown first. */
public final class MinePresenter {
    private final MineView view;
    private final KioskServices services;
    private final Loading loading;
    private final Supplier<? extends Labels> labels;
    private final Visit visit;
    private final Identification identification;

    public MinePresenter(MineView view, KioskServices services, Loading loading, Supplier<? extends Labels> labels, Visit visit) {
        this.view = view;
        this.services = services;
        this.loading = loading;
        this.labels = labels;
        this.visit = visit;
        this.identification = new Identification(services, loading, visit, view::askingForCard,
                this::identified, view::showCardProblem);
    }

    public void start() {
        if (visit.resident().isPresent()) {
            list(null);
            return;
        }
        loading.run(() -> services.devices().sampleCodes(), view::askForCard);
    }

    private void identified(Identification.Known who) {
        if (who.news().isEmpty()) {
            list(null);
        } else {
            view.showNews(who.news());
        }
    }

    /** The news has been read: marked so, then the bookings. */
    public void newsRead() {
        identification.newsRead(() -> list(null));
    }

    private void list(String noteKey, Object... args) {
        Resident resident = visit.resident().orElseThrow();
        LocalDateTime now = LocalDateTime.now(services.clock());
        loading.run(() -> services.bookingStore().upcoming(resident.id(), now), list -> view.showBookings(resident, list, noteKey, args));
    }

    /** Prints the booking's receipt again; the list says whether it came out. */
    public void reprint(ResidentBooking chosen) {
        Labels words = labels.get();
        loading.run(() -> {
            Facility facility = services.facilities().byId(chosen.booking().facilityId()).orElseThrow();
            Receipt receipt = org.madang.kiosk.shell.ReceiptLanguages.compose(words, services.devices().printer(),
                    w -> services.receipts().booking(chosen.booking(), facility, w));
            return services.devices().printer().print(receipt);
        }, printed -> list(printed.printed() ? "mine.reprinted" : "mine.reprintFailed",
                printed instanceof PrintResult.Failed f ? f.reason() : ""));
    }

    /** Shows what cancelling would give back; nothing is cancelled yet. */
    public void askCancel(ResidentBooking chosen) {
        loading.run(() -> services.cancellations().quote(chosen.booking().id()), quote -> {
            if (quote.isPresent()) {
                view.showCancelQuote(chosen, quote.get());
            } else {
                list(null);
            }
        });
    }

    public void cancel(ResidentBooking chosen) {
        long resident = visit.resident().orElseThrow().id();
        loading.run(() -> services.cancellations().cancel(chosen.booking().id(), resident, "resident:" + resident), outcome -> {
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

    public void dispose() {
        identification.dispose();
    }
}
