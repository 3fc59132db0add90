package org.madang.kiosk.mine;

import java.util.List;
import org.madang.core.Refusal;
import org.madang.core.booking.CancelQuote;
import org.madang.core.booking.ResidentBooking;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentMessage;
import org.madang.kiosk.KioskServices;

/** "My bookings" as its presenter sees it. */
public interface MineView {

    /** Asks for an ID card or a booking receipt's QR code; {@code practiceCodes} are what a demo kiosk's on-screen scanner offers. */
    void askForCard(List<KioskServices.SampleCode> practiceCodes);

    /** Whether the card request is on screen now. */
    boolean askingForCard();

    void showCardProblem(Refusal refusal);

    void showNews(List<ResidentMessage> messages);

    /** The resident's bookings that have not ended, soonest first; {@code noteKey} names a line above them (a reprint's outcome), or is null. */
    void showBookings(Resident resident, List<ResidentBooking> bookings, String noteKey, Object... noteArgs);

    /** What cancelling would give back, before the resident confirms. */
    void showCancelQuote(ResidentBooking booking, CancelQuote quote);

    /** Cancelled; {@code refund} won are paid back at the counter (0: nothing was paid). */
    void showCancelled(ResidentBooking booking, int refund);

    void showRefusal(Refusal refusal);
}
