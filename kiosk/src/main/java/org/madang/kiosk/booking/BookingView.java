package org.madang.kiosk.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.madang.core.Refusal;
import org.madang.core.booking.Booking;
import org.madang.core.booking.CalendarDay;
import org.madang.core.booking.Quote;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.Slot;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentMessage;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.kiosk.KioskServices;

/** The booking screens as the presenter sees them, in domain words. */
public interface BookingView {

    void showCategories(Map<FacilityCategory, Integer> facilityCounts);

    void showFacilities(FacilityCategory category, List<Facility> facilities);

    /** One facility in plain words: where, how many, when open, what it costs, its house rules; its picture when one is kept. */
    void showFacility(Facility facility, java.util.Optional<byte[]> picture);

    void showDays(Facility facility, List<CalendarDay> days);

    /**
     * The times of a day.
     *
     * @param lotteryEntries for a day whose popular times are drawn by lot: entries so far per slot id; empty otherwise
     */
    void showSlots(Facility facility, LocalDate day, List<Slot> slots, Optional<Map<Long, Integer>> lotteryEntries);

    /** Asks for an ID card or a receipt's QR; {@code practiceCodes} are what a demo kiosk's on-screen scanner offers. */
    void askForCard(Facility facility, Slot slot, Wish wish, List<KioskServices.SampleCode> practiceCodes);

    /** Whether the card request is on screen now: a card inserted after the resident left it is not used. */
    boolean askingForCard();

    /** Messages left for the resident since their last visit (a lottery result, a freed seat…), before going on. */
    void showNews(List<ResidentMessage> messages);

    /**
     * What is about to be done, with the fee.
     *
     * @param refusal a rule that already says no (checked as soon as the resident is known); the big button is then off
     */
    void showConfirmation(Facility facility, Slot slot, Resident resident, int party, Quote quote, Wish wish,
                          Optional<Refusal> refusal);

    /** A rule said no; {@code canChooseAgain} offers a way back to the day's times. */
    void showRefusal(Refusal refusal, boolean canChooseAgain);

    void showBooked(Booking booking, Facility facility, Receipt receipt, PrintResult printed);

    /** On the waiting list at {@code position} (1 is next). */
    void showWaiting(Facility facility, Slot slot, int position);

    /** Entered in the lottery drawn at {@code drawAt}; {@code entries} people so far. */
    void showEntered(Facility facility, Slot slot, LocalDateTime drawAt, int entries);

    /** Something unexpected failed (database, device); the resident is told plainly and nothing was booked twice. */
    void showFailure();

    void setBusy(boolean busy);
}
