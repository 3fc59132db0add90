package org.madang.kiosk.mine;

import java.util.List;
import org.madang.core.Refusal;
import org.madang.core.booking.CancelQuote;
import org.madang.core.booking.ResidentBooking;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentMessage;
import org.madang.hardware.receipt.PrintResult;

/** "My bookings" as its presenter sees it. */
public interface MineView {

    /** Asks for an ID card or a booking receipt's QR code. */
    void askForCard();

    /** Whether the card request is on screen now. */
    boolean askingForCard();

    void showCardProblem(Refusal refusal);

    void showNews(List<ResidentMessage> messages);

    /** The resident's bookings that have not ended, soonest first; {@code note} is a line above them (a reprint's outcome), or null. */
    void showBookings(Resident resident, List<ResidentBooking> bookings, String noteKey, Object... noteArgs);

    /** What cancelling would give back, before the resident confirms. */
    void showCancelQuote(ResidentBooking booking, CancelQuote quote);

    /** Cancelled; {@code refund} won are paid back at the counter (0: nothing was paid). */
    void showCancelled(ResidentBooking booking, int refund);

    void showRefusal(Refusal refusal);

    void showFailure();

    void setBusy(boolean busy);

    /** Whether a receipt could be printed (for the note above the list). */
    static String printedKey(PrintResult result) {
        return result.printed() ? "mine.reprinted" : "mine.reprintFailed";
    }
}
