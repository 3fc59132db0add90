package org.madang.kiosk.welfare;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.madang.core.care.CallbackWindow;
import org.madang.core.care.CatalogueEntry;
import org.madang.core.care.NeedSource;
import org.madang.core.care.WelfareRequests;
import org.madang.core.facility.Localized;
import org.madang.core.queue.LineStatus;
import org.madang.core.receipt.Labels;
import org.madang.core.resident.Resident;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.identify.Identification;
import org.madang.kiosk.shell.Loading;
import org.madang.kiosk.shell.Visit;

/**
 * "복지 상담 신청 / Ask for a welfare consultation": the resident shows their ID card, chooses a
 * topic and a half-day to be called back in — or the welfare counter now, with a ticket — and
 * takes a slip that says only that the request was received. The request lands in their case
 * for their officer (the welfare team's when they have none).
 */
public final class WelfarePresenter {
    private final WelfareView view;
    private final KioskServices services;
    private final Loading loading;
    private final Supplier<? extends Labels> labels;
    private final Visit visit;
    private final Identification identification;
    private String topic;

    public WelfarePresenter(WelfareView view, KioskServices services, Loading loading, Supplier<? extends Labels> labels, Visit visit) {
        this.view = view;
        this.services = services;
        this.loading = loading;
        this.labels = labels;
        this.visit = visit;
        this.identification = Identification.byCardOnly(services, loading, visit, view::askingForCard, this::identified,
                view::showCardProblem, "welfare.identify.cardOnly");
    }

    /** Starts afresh: the topics at once for a resident who showed their card this visit, the card first otherwise. */
    public void start() {
        topic = null;
        if (visit.cardShown()) {
            topics();
        } else {
            view.askForCard();
        }
    }

    private void identified(Identification.Known who) {
        if (who.news().isEmpty()) {
            topics();
        } else {
            view.showNews(who.news());
        }
    }

    /** The news has been read: marked so, then the topics. */
    public void newsRead() {
        identification.newsRead(this::topics);
    }

    private void topics() {
        Resident resident = visit.resident().orElseThrow();
        loading.run(() -> services.welfare().topics(), list -> view.showTopics(resident, list));
    }

    private record When(List<CallbackWindow> windows, Optional<String> phone, Optional<LineStatus> counter) {
    }

    public void chooseTopic(CatalogueEntry chosen) {
        topic = chosen.code();
        long resident = visit.resident().orElseThrow().id();
        loading.run(() -> new When(services.welfare().windows(), services.welfare().phoneOf(resident), welfareLine()),
                w -> view.askWhen(w.windows(), w.phone(), w.counter()));
    }

    private Optional<LineStatus> welfareLine() {
        return services.queue().status().stream().filter(s -> s.line().code().equals(WelfareRequests.WELFARE_LINE)).findFirst();
    }

    /** To be called back in this half-day. */
    public void callBack(CallbackWindow window) {
        request(Optional.of(window));
    }

    /** At the welfare counter now, with a ticket. */
    public void atCounterNow() {
        request(Optional.empty());
    }

    private record Done(WelfareRequests.Outcome outcome, Receipt receipt, PrintResult printed) {
    }

    private void request(Optional<CallbackWindow> window) {
        Resident resident = visit.resident().orElseThrow();
        String chosen = topic;
        Labels words = labels.get();
        loading.run(() -> {
            WelfareRequests.Outcome outcome = services.welfare().request(resident.id(), chosen, window, NeedSource.KIOSK,
                    "resident:" + resident.id());
            if (outcome instanceof WelfareRequests.Outcome.Received received) {
                Localized line = welfareLine().map(s -> s.line().name()).orElse(new Localized("", ""));
                Receipt receipt = org.madang.kiosk.shell.ReceiptLanguages.compose(words, services.devices().printer(),
                        w -> services.receipts().welfareRequest(received, line, w));
                return new Done(outcome, receipt, services.devices().printer().print(receipt));
            }
            return new Done(outcome, null, null);
        }, done -> {
            if (done.outcome() instanceof WelfareRequests.Outcome.Received received) {
                view.showReceived(received, done.receipt(), done.printed());
            } else if (done.outcome() instanceof WelfareRequests.Outcome.Refused refused) {
                view.showRefusal(refused.refusal());
            }
        });
    }

    public void dispose() {
        identification.dispose();
    }
}
