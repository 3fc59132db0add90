package org.madang.hardware.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.madang.hardware.emulator.MrzSpecimens;

class MrzTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static Identity read(List<String> zone) {
        Mrz.Result r = Mrz.parse(zone, TODAY);
        assertThat(r).isInstanceOf(Mrz.Result.Read.class);
        return ((Mrz.Result.Read) r).identity();
    }

    private static String refusal(List<String> zone) {
        Mrz.Result r = Mrz.parse(zone, TODAY);
        assertThat(r).isInstanceOf(Mrz.Result.Refused.class);
        return ((Mrz.Result.Refused) r).reason();
    }

    @Test
    void checkDigitsFollowIcao() {
        assertThat(Mrz.checkDigit("L898902C3")).isEqualTo(6);
        assertThat(Mrz.checkDigit("740812")).isEqualTo(2);
        assertThat(Mrz.checkDigit("120415")).isEqualTo(9);
        assertThat(Mrz.checkDigit("D23145890")).isEqualTo(7);
    }

    @Test
    void readsTheIcaoSpecimensInAllThreeFormats() {
        for (List<String> zone : List.of(MrzSpecimens.ICAO_TD1, MrzSpecimens.ICAO_TD2, MrzSpecimens.ICAO_TD3)) {
            Identity id = read(zone);
            assertThat(id.surname()).isEqualTo("ERIKSSON");
            assertThat(id.givenNames()).isEqualTo("ANNA MARIA");
            assertThat(id.nationality()).isEqualTo("UTO");
            assertThat(id.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
            assertThat(id.sex()).isEqualTo("F");
            assertThat(id.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
        }
        assertThat(read(MrzSpecimens.ICAO_TD3).documentNumber()).isEqualTo("L898902C3");
        assertThat(read(MrzSpecimens.ICAO_TD1).documentNumber()).isEqualTo("D23145890");
    }

    @Test
    void readsMadangsSpecimens() {
        Identity passport = read(MrzSpecimens.koreanPassport());
        assertThat(passport).extracting(Identity::documentNumber, Identity::surname, Identity::givenNames, Identity::nationality,
                Identity::birthDate, Identity::sex, Identity::expiryDate)
                .containsExactly("M12345678", "KIM", "YOUNGHEE", "KOR", LocalDate.of(1969, 8, 6), "F", LocalDate.of(2031, 3, 15));
        assertThat(read(MrzSpecimens.residenceCard()).givenNames()).isEqualTo("VAN AN");
        assertThat(read(MrzSpecimens.td2()).surname()).isEqualTo("TANAKA");
    }

    @Test
    void everyWrongCheckDigitIsARefusalNamingIt() {
        List<String> passport = MrzSpecimens.koreanPassport();
        assertThat(refusal(MrzSpecimens.spoil(passport, 1, 9))).contains("document number");
        assertThat(refusal(MrzSpecimens.spoil(passport, 1, 19))).contains("birth date");
        assertThat(refusal(MrzSpecimens.spoil(passport, 1, 27))).contains("expiry date");
        assertThat(refusal(MrzSpecimens.spoil(passport, 1, 43))).contains("composite");
        List<String> card = MrzSpecimens.residenceCard();
        assertThat(refusal(MrzSpecimens.spoil(card, 0, 14))).contains("document number");
        assertThat(refusal(MrzSpecimens.spoil(card, 1, 29))).contains("composite");
        assertThat(refusal(MrzSpecimens.spoil(MrzSpecimens.td2(), 1, 35))).contains("composite");
        // a changed data character (not a check digit) is caught by the digit that covers it
        assertThat(refusal(MrzSpecimens.spoil(passport, 1, 14))).contains("birth date");
    }

    @Test
    void anythingElseIsRefusedNotThrown() {
        assertThat(refusal(List.of("hello", "world"))).contains("not a machine-readable zone");
        assertThat(refusal(List.of("P<KOR", "123"))).contains("not a machine-readable zone");
        assertThat(refusal(List.of())).contains("not a machine-readable zone");
        assertThat(refusal(List.of(MrzSpecimens.koreanPassport().get(0)))).contains("1 lines");
    }
}
