package org.madang.kiosk;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.madang.config.SiteConfig;
import org.madang.core.booking.BookingService;
import org.madang.core.facility.FacilityStore;
import org.madang.core.receipt.Receipts;
import org.madang.core.resident.ResidentStore;
import org.madang.core.terminal.StaffCalls;
import org.madang.hardware.id.IdReader;
import org.madang.hardware.id.Identity;
import org.madang.hardware.receipt.ReceiptImageRenderer;
import org.madang.hardware.receipt.ReceiptPrinter;
import org.madang.hardware.sim.SimulatedIdReader;

/**
 * What the kiosk's screens work with, wired by the app from the site's configuration.
 *
 * @param simulatedCards the cards the on-screen simulator offers, with the reader they go into;
 *                       empty when a real ID reader is configured
 */
public record KioskServices(SiteConfig config, Clock clock, FacilityStore facilities, ResidentStore residents,
                            BookingService bookings, Receipts receipts, ReceiptPrinter printer,
                            ReceiptImageRenderer receiptRenderer, IdReader idReader,
                            Optional<CardSimulator> simulatedCards, StaffCalls staffCalls) {

    /** The on-screen stand-in for a card reader: cards to pick, and the reader they are "inserted" into. */
    public record CardSimulator(SimulatedIdReader reader, List<Identity> cards) {
        public CardSimulator {
            cards = List.copyOf(cards);
        }
    }
}
