package org.madang.core.residentfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.booking.Booking;
import org.madang.core.booking.BookingOutcome;
import org.madang.core.booking.BookingRequest;
import org.madang.core.booking.Channel;
import org.madang.core.demo.DemoCards;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.testing.TestSite;

/** The counter's one search box: names, birth dates, phones, registration, booking and document numbers, receipt QR codes. */
class ResidentSearchTest {
    private final TestSite site = TestSite.seeded(TestSite.tempRoot());
    private final ResidentSearch search = site.residentSearch();

    @AfterEach
    void close() {
        site.close();
    }

    private List<String> names(String typed) {
        ResidentSearch.Answer answer = search.find(typed, 20);
        assertThat(answer).isInstanceOf(ResidentSearch.Answer.Found.class);
        return ((ResidentSearch.Answer.Found) answer).hits().stream().map(h -> h.resident().name()).toList();
    }

    private String refusal(String typed) {
        return ((ResidentSearch.Answer.Refused) search.find(typed, 20)).refusal().messageKey();
    }

    @Test
    void findsByTheStartOfANameNarrowedByBirthDateOrYear() {
        assertThat(names("김영")).contains("김영희");
        assertThat(names("김영희 1952")).containsExactly("김영희");
        assertThat(names("김영희 520315")).containsExactly("김영희");
        assertThat(names("김영희 1952-03-15")).containsExactly("김영희");
        assertThat(names("김영희 1960")).isEmpty();
        assertThat(names("  ")).isEmpty();
        assertThat(names("%")).isEmpty();
    }

    @Test
    void findsByPhoneWholeOrItsLastFourDigits() {
        assertThat(names("010-1234-0002")).containsExactly("이철수");
        assertThat(names("01012340002")).containsExactly("이철수");
        assertThat(names("0002")).contains("이철수");
    }

    @Test
    void findsByRegistrationBookingAndDocumentNumbersAndReceiptCodes() {
        String rrn = DemoCards.RESIDENTS.get(2).card().nationalId();
        assertThat(names(rrn)).containsExactly("박지민");
        var court = site.facilities().inCategory(FacilityCategory.SPORTS).stream().filter(f -> !f.perSeat()).findFirst().orElseThrow();
        var now = java.time.LocalDateTime.now(site.clock);
        var slot = site.facilities().slots(court.id(), now.toLocalDate().plusDays(2), now).stream().filter(s -> !s.isFull()).findFirst()
                .orElseThrow();
        Booking b = ((BookingOutcome.Booked) site.bookings().book(new BookingRequest(slot.id(), 4, 1, Channel.KIOSK))).booking();
        assertThat(names(b.number())).containsExactly("응우옌 티 마이");
        assertThat(names(site.receipts().checkInCode(b))).containsExactly("응우옌 티 마이");
        String document = site.database.jdbi().withHandle(h -> h.createQuery("SELECT number FROM document_issue ORDER BY id LIMIT 1")
                .mapTo(String.class).findOne()).orElse(null);
        if (document != null) {
            assertThat(names(document)).isNotEmpty();
        }
    }

    @Test
    void aCodeFromAnotherSystemOrWithABrokenSealIsRefusedWithTheReason() {
        assertThat(refusal("MDG1.B.2611210001.AAAAAAAAAAAA")).isEqualTo("search.refused.forged");
        assertThat(refusal("MDG1.X.whatever")).isEqualTo("search.refused.foreign");
        assertThat(refusal("MDG1.D.k1.1234567890123452.abcdef.sig")).startsWith("verify.");
    }
}
