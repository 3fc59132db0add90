package org.madang.counter.cases;

import java.util.List;
import java.util.Optional;
import org.madang.core.Refusal;
import org.madang.core.care.CallbackWindow;
import org.madang.core.care.CaseSummary;
import org.madang.core.care.CatalogueEntry;
import org.madang.core.care.Officer;
import org.madang.core.care.WelfareRequests;

/** The welfare part of the resident view: who looks after them, the case summary for those allowed, a request taken by phone. */
public interface ResidentCareView {

    /** What a telephone request chooses from: the topics, the call-back half-days, and whether the welfare counter takes tickets. */
    void offerRequest(List<CatalogueEntry> topics, List<CallbackWindow> windows, boolean counterOpen);

    /** The assigned officer (anyone at the window sees whom to ask), and the case summary when the clerk may see it. */
    void showCare(Optional<Officer> officer, Optional<CaseSummary> summary);

    void showRequestReceived(WelfareRequests.Outcome.Received received);

    void showRequestRefused(Refusal refusal);
}
