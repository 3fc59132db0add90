package org.madang.kiosk.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.madang.core.Refusal;
import org.madang.core.booking.Booking;
import org.madang.core.booking.Quote;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.Slot;
import org.madang.core.resident.Resident;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;

/** The booking screens as the presenter sees them, in domain words. */
public interface BookingView {

    void showCategories(Map<FacilityCategory, Integer> facilityCounts);

    void showFacilities(FacilityCategory category, List<Facility> facilities);

    void showDays(Facility facility, List<CalendarDay> days);

    void showSlots(Facility facility, LocalDate day, List<Slot> slots);

    void askForCard(Facility facility, Slot slot);

    void showConfirmation(Facility facility, Slot slot, Resident resident, int party, Quote quote);

    /** A rule said no; {@code canChooseAgain} offers a way back to the day's times. */
    void showRefusal(Refusal refusal, boolean canChooseAgain);

    void showBooked(Booking booking, Facility facility, Receipt receipt, PrintResult printed);

    /** Something unexpected failed (database, device); the resident is told plainly and nothing was booked twice. */
    void showFailure();

    void setBusy(boolean busy);
}
