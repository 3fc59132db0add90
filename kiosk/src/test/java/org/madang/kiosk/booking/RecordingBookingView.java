package org.madang.kiosk.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.madang.core.booking.CalendarDay;
import org.madang.core.resident.ResidentMessage;
import java.util.ArrayList;
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
import org.madang.kiosk.KioskServices;

/** A booking view that remembers what it was told to show, for presenter tests without AWT. */
final class RecordingBookingView implements BookingView {
    final List<String> shown = new ArrayList<>();
    Map<FacilityCategory, Integer> categories;
    List<Facility> facilities;
    List<CalendarDay> days;
    List<Slot> slots;
    Resident resident;
    int party;
    int fee;
    Refusal refusal;
    Booking booking;
    Receipt receipt;
    PrintResult printed;
    boolean onCardScreen;
    List<KioskServices.SampleCode> practiceCodes;
    Wish wish;
    List<ResidentMessage> news;
    int position;
    LocalDateTime drawAt;
    int entries;
    Optional<Map<Long, Integer>> lotteryEntries = Optional.empty();

    @Override
    public void showCategories(Map<FacilityCategory, Integer> counts) {
        shown.add("categories");
        categories = counts;
    }

    @Override
    public void showFacilities(FacilityCategory category, List<Facility> list) {
        shown.add("facilities");
        facilities = list;
    }

    @Override
    public void showDays(Facility facility, List<CalendarDay> list) {
        shown.add("days");
        days = list;
    }

    @Override
    public void showSlots(Facility facility, LocalDate day, List<Slot> list, Optional<Map<Long, Integer>> entries) {
        shown.add("slots");
        onCardScreen = false;
        slots = list;
        lotteryEntries = entries;
    }

    @Override
    public void showFacility(Facility facility, java.util.Optional<byte[]> picture) {
        shown.add("facility");
        onCardScreen = false;
    }

    @Override
    public void askForCard(Facility facility, Slot slot, Wish what, List<KioskServices.SampleCode> codes) {
        shown.add("card");
        practiceCodes = codes;
        onCardScreen = true;
        wish = what;
    }

    @Override
    public boolean askingForCard() {
        return onCardScreen;
    }

    @Override
    public void showNews(List<ResidentMessage> messages) {
        shown.add("news");
        onCardScreen = false;
        news = messages;
    }

    @Override
    public void showConfirmation(Facility facility, Slot slot, Resident who, int people, Quote quote, Wish what,
                                 Optional<Refusal> refused) {
        shown.add("confirm");
        onCardScreen = false;
        resident = who;
        party = people;
        fee = quote.fee();
        wish = what;
        refusal = refused.orElse(null);
    }

    @Override
    public void showWaiting(Facility facility, Slot slot, int at) {
        shown.add("waiting");
        position = at;
    }

    @Override
    public void showEntered(Facility facility, Slot slot, LocalDateTime at, int count) {
        shown.add("entered");
        drawAt = at;
        entries = count;
    }

    @Override
    public void showRefusal(Refusal r, boolean canChooseAgain) {
        shown.add("refusal");
        refusal = r;
    }

    @Override
    public void showBooked(Booking b, Facility facility, Receipt r, PrintResult p) {
        shown.add("booked");
        booking = b;
        receipt = r;
        printed = p;
    }

    @Override
    public void showFailure() {
        shown.add("failure");
    }

    @Override
    public void setBusy(boolean busy) {
        // the recording keeps only what is shown
    }

    String last() {
        return shown.get(shown.size() - 1);
    }
}
