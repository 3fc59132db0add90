package org.madang.kiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.madang.config.ScreenGeometry;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.Localized;
import org.madang.core.county.Centre;
import org.madang.kiosk.shell.Look;
import org.madang.ui.Messages;
import org.madang.ui.ScreenScale;

/** Where a facility is, as a kiosk of one centre of a county says it (issue 22): another centre's facility names its centre. */
class PlacesTest {
    private static final ScreenScale SCALE = new ScreenScale(new ScreenGeometry(1080, 1920, 237, 421, 800, 12), "Dialog");

    private static Facility court(Centre centre, String place) {
        return new Facility(1, "court", FacilityCategory.SPORTS, new Localized("배드민턴장", "Badminton court"), new Localized("", ""),
                new Localized(place, place), 1, false, 4000, LocalTime.of(9, 0), LocalTime.of(18, 0), 60, false, new Localized("", ""), centre);
    }

    private static Look at(String centre, String language) {
        return new Look(Messages.forLanguage(language), SCALE, false, (shown, count) -> { }, false, centre);
    }

    @Test
    void aFacilityOfThisCentreIsWhereItIsAndOneOfAnotherNamesItsCentre() {
        Centre haneul = new Centre("haneul", "하늘면 행정복지센터");
        Facility here = court(haneul, "Gym");
        assertThat(Places.of(at("haneul", "en"), here)).isEqualTo("Gym");
        assertThat(Places.named(at("haneul", "en"), here)).isEqualTo("Badminton court");
        assertThat(Places.elsewhere(at("haneul", "en"), here)).isEmpty();

        Look east = at("byeol", "en");
        assertThat(Places.of(east, here)).isEqualTo("At 하늘면 행정복지센터 · Gym");
        assertThat(Places.named(east, here)).isEqualTo("At 하늘면 행정복지센터 · Badminton court");
        assertThat(Places.elsewhere(east, here)).contains("At 하늘면 행정복지센터");
        assertThat(Places.elsewhere(at("byeol", "ko"), here)).contains("하늘면 행정복지센터 시설");
        assertThat(Places.of(east, court(haneul, " "))).isEqualTo("하늘면 행정복지센터");
    }
}
