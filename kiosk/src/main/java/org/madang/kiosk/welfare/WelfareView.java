package org.madang.kiosk.welfare;

import java.util.List;
import java.util.Optional;
import org.madang.core.Refusal;
import org.madang.core.care.CallbackWindow;
import org.madang.core.care.CatalogueEntry;
import org.madang.core.care.WelfareRequests;
import org.madang.core.queue.LineStatus;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentMessage;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;

/** "복지 상담 신청" as its presenter sees it: the ID card, the topic, when, and the slip. */
public interface WelfareView {

    /** "Please insert your ID card": a welfare request is made by the card holder in person. */
    void askForCard();

    /** Whether the card screen is showing now. */
    boolean askingForCard();

    void showCardProblem(Refusal refusal);

    /** News left for the resident since their last visit, before the request. */
    void showNews(List<ResidentMessage> messages);

    /** What would they like to talk about (nothing they choose is shown or printed afterwards). */
    void showTopics(Resident resident, List<CatalogueEntry> topics);

    /**
     * When: a half-day to be called back in (on the number shown, when there is one), or the welfare
     * counter now with a ticket (when it takes tickets).
     */
    void askWhen(List<CallbackWindow> windows, Optional<String> maskedPhone, Optional<LineStatus> counter);

    /** "Your request was received", with the call-back time or the ticket, and the slip as printed. */
    void showReceived(WelfareRequests.Outcome.Received received, Receipt receipt, PrintResult printed);

    void showRefusal(Refusal refusal);
}
