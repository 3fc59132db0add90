package org.madang.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.madang.core.site.SiteKeys;

class BookingNumberTest {

    @Test
    void roundTripsAndCatchesATypo() {
        String number = BookingNumber.of(123);
        assertThat(number).matches("B0000123-\\d");
        assertThat(BookingNumber.parse(number)).contains(123L);
        assertThat(BookingNumber.parse(number.replace("0123", "0132"))).isEmpty();
        assertThat(BookingNumber.parse("hello")).isEmpty();
    }

    @Test
    void checkInTokenNamesItsBookingAndRefusesForgeries() {
        CheckInToken tokens = new CheckInToken(SiteKeys.fixed((byte) 3).tokenKey());
        String token = tokens.issue(BookingNumber.of(42));
        assertThat(tokens.verify(token)).contains(BookingNumber.of(42));
        assertThat(tokens.verify(token.replace(BookingNumber.of(42), BookingNumber.of(43)))).isEmpty();
        assertThat(tokens.verify(token.substring(0, token.length() - 1) + "x")).isEmpty();
        assertThat(tokens.verify("https://example.org/qr")).isEmpty();
        assertThat(new CheckInToken(SiteKeys.fixed((byte) 4).tokenKey()).verify(token)).isEmpty();
    }
}
