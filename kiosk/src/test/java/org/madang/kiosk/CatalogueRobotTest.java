package org.madang.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.booking.Closures;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCatalogue;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.site.Terminal;
import org.madang.core.testing.TestSite;
import org.madang.hardware.testing.Poll;

/**
 * What an administrator changes at the counter (another terminal) shows on a running kiosk
 * without a restart: a facility renamed and its fee changed, its picture, a day closed.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CatalogueRobotTest extends KioskRobot {

    @Test
    void aFacilityRenamedAtTheCounterShowsOnTheRunningKioskAndAClosedDayIsGone() {
        fixture.site.staff("boss=ADMIN");
        Facility court = fixture.site.facilities().inCategory(FacilityCategory.SPORTS).stream().filter(f -> !f.perSeat()).findFirst()
                .orElseThrow();
        click("idle.start");
        click("home.booking");
        click("category.sports");
        waitForScreen("booking.facilities");
        assertThat(GuiActionRunner.execute(() -> window.button("facility." + court.code()).target().getAccessibleContext().getAccessibleName())).startsWith(court.name().ko());

        try (TestSite counter = TestSite.open(fixture.site.dir.root(), new Terminal("counter-1"))) {
            FacilityCatalogue.Draft d = FacilityCatalogue.Draft.of(court);
            var saved = new FacilityCatalogue(counter.database.jdbi(), counter.events(), counter.clock).save(new FacilityCatalogue.Draft(
                    d.id(), d.code(), d.category(), "새 단장 테니스장", d.nameEn(), d.summaryKo(), d.summaryEn(), d.placeKo(), d.placeEn(),
                    d.capacity(), d.perSeat(), d.fee(), d.opensAt(), d.closesAt(), d.slotMinutes(), d.popular(), d.rulesKo(), d.rulesEn()), "boss");
            assertThat(saved).isInstanceOf(FacilityCatalogue.Outcome.Saved.class);
            assertThat(new org.madang.core.catalogue.Pictures(counter.database.jdbi(), counter.events(), counter.clock)
                    .save("facility:" + court.id(), org.madang.ui.StagedPictures.room(), "boss")).isInstanceOf(org.madang.core.Edit.Saved.class);
            java.time.LocalDate tomorrow = counter.clock.localNow().toLocalDate().plusDays(1);
            assertThat(new Closures(counter.database.jdbi(), counter.events(), counter.facilities(), counter.rules(), counter.clock,
                    counter.terminal).close(new Closures.Draft(Optional.of(court.id()), tomorrow, tomorrow, "바닥 보수", "Floor repair"), "boss")
                    .valid()).isTrue();
        }
        // the kiosk was not restarted: back and in again reads the facilities afresh
        click("nav.back");
        waitForScreen("booking.categories");
        click("category.sports");
        waitForScreen("booking.facilities");
        Poll.until(() -> GuiActionRunner.execute(() -> window.button("facility." + court.code()).target().getAccessibleContext().getAccessibleName()).startsWith("새 단장 테니스장"),
                "the new name on the kiosk");
        click("facility." + court.code());
        waitForScreen("booking.facility");
        // the picture chosen at the counter, above the facility's words
        assertThat(GuiActionRunner.execute(() -> window.robot().finder().findByName(window.target(), "facility.picture",
                org.madang.ui.widget.ScaledPicture.class).pictureSize())).contains(new java.awt.Dimension(1200, 700));
        // tomorrow is closed: its day is not offered (no slots shown for it)
        assertThat(fixture.services.facilities().slots(court.id(), fixture.site.clock.localNow().toLocalDate().plusDays(1),
                fixture.site.clock.localNow())).isEmpty();
    }
}
