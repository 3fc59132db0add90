package org.madang.core.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RrnTest {

    @Test
    void readsBirthDateAndSexFromTheGenderDigit() {
        Rrn rrn = Rrn.parse("520315-2123456").orElseThrow();
        assertThat(rrn.birthDate()).isEqualTo(LocalDate.of(1952, 3, 15));
        assertThat(rrn.sex()).isEqualTo("F");
        assertThat(Rrn.parse("0501013123456").orElseThrow().birthDate()).isEqualTo(LocalDate.of(2005, 1, 1));
    }

    @Test
    void isShownAndPrintedOnlyMasked() {
        Rrn rrn = Rrn.parse("900101-1234567").orElseThrow();
        assertThat(rrn.masked()).isEqualTo("900101-1******");
        assertThat(rrn.toString()).isEqualTo("900101-1******");
    }

    @Test
    void refusesMalformedNumbersAndImpossibleDates() {
        assertThat(Rrn.parse("900101-123456")).isEmpty();
        assertThat(Rrn.parse("901301-1234567")).isEmpty();
        assertThat(Rrn.parse("900230-1234567")).isEmpty();
        assertThat(Rrn.parse("ABCDEF-1234567")).isEmpty();
        assertThat(Rrn.parse(null)).isEmpty();
    }

    @Test
    void acceptsPost2020NumbersWithoutTheOldCheckDigit() {
        String twelve = "900101123456";
        int good = Rrn.checkDigit(twelve);
        Rrn random = Rrn.parse(twelve + ((good + 1) % 10)).orElseThrow();
        assertThat(random.hasLegacyCheckDigit()).isFalse();
        assertThat(Rrn.parse(twelve + good).orElseThrow().hasLegacyCheckDigit()).isTrue();
    }
}
