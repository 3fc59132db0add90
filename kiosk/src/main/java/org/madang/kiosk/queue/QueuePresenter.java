package org.madang.kiosk.queue;

import java.util.function.Supplier;
import org.madang.core.queue.IssuedTicket;
import org.madang.core.queue.LineStatus;
import org.madang.core.queue.PriorityReason;
import org.madang.core.receipt.Labels;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.shell.Loading;

/** Taking a queue ticket (번호표): a service, the priority question, the printed ticket. */
public final class QueuePresenter {
    private final QueueView view;
    private final KioskServices services;
    private final Loading loading;
    private final Supplier<? extends Labels> labels;
    private LineStatus line;

    public QueuePresenter(QueueView view, KioskServices services, Loading loading, Supplier<? extends Labels> labels) {
        this.view = view;
        this.services = services;
        this.loading = loading;
        this.labels = labels;
    }

    public void start() {
        line = null;
        loading.run(() -> services.queue().status(), view::showLines);
    }

    public void chooseLine(LineStatus chosen) {
        line = chosen;
        view.askPriority(chosen);
    }

    /** Takes the ticket; {@code reason} is null for an ordinary one. */
    public void take(PriorityReason reason) {
        long lineId = line.line().id();
        Labels words = labels.get();
        loading.run(() -> {
            IssuedTicket ticket = services.queue().take(lineId, reason);
            Receipt receipt = org.madang.kiosk.shell.ReceiptLanguages.compose(words, services.devices().printer(),
                    w -> services.receipts().ticket(ticket, w));
            return new Taken(ticket, receipt, services.devices().printer().print(receipt));
        }, t -> view.showTicket(t.ticket(), t.receipt(), t.printed()));
    }

    private record Taken(IssuedTicket ticket, Receipt receipt, PrintResult printed) {
    }
}
