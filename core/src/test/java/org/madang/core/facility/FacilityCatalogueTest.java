package org.madang.core.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.testing.TestSite;

/** An administrator's facility: each field checked and named, a change stored with its event, capacity never below what is booked. */
class FacilityCatalogueTest {
    private final TestSite site = TestSite.seeded(TestSite.tempRoot()).staff("root=ADMIN", "desk=CLERK");
    private final Facility hall = site.facilities().all().stream().filter(Facility::perSeat).findFirst().orElseThrow();

    @AfterEach
    void close() {
        site.close();
    }

    private FacilityCatalogue catalogue() {
        return new FacilityCatalogue(site.database.jdbi(), site.events(), site.clock);
    }

    private static FacilityCatalogue.Draft renamed(FacilityCatalogue.Draft d, String ko, int fee, int capacity) {
        return new FacilityCatalogue.Draft(d.id(), d.code(), d.category(), ko, d.nameEn(), d.summaryKo(), d.summaryEn(), d.placeKo(),
                d.placeEn(), capacity, d.perSeat(), fee, d.opensAt(), d.closesAt(), d.slotMinutes(), d.popular(), d.rulesKo(), d.rulesEn());
    }

    @Test
    void everyFieldThatWillNotDoIsNamedAndNothingIsSaved() {
        long before = site.events().latestId();
        var bad = new FacilityCatalogue.Draft(Optional.empty(), "x", FacilityCategory.ROOM, " ", "Room", "", "", "", "", 0, false, 1005,
                LocalTime.of(18, 0), LocalTime.of(18, 0), 20, false, "가".repeat(601), "");
        var outcome = catalogue().save(bad, "root");
        assertThat(outcome).isInstanceOfSatisfying(FacilityCatalogue.Outcome.Invalid.class, i -> assertThat(i.fields())
                .containsOnlyKeys("code", "nameKo", "capacity", "fee", "slotMinutes", "rulesKo"));
        var hours = new FacilityCatalogue.Draft(Optional.empty(), "room-9", FacilityCategory.ROOM, "회의실", "Room", "", "", "", "", 8, false, 0,
                LocalTime.of(18, 0), LocalTime.of(18, 0), 60, false, "", "");
        assertThat(catalogue().save(hours, "root")).isInstanceOfSatisfying(FacilityCatalogue.Outcome.Invalid.class,
                i -> assertThat(i.fields()).containsOnlyKeys("closesAt"));
        var taken = new FacilityCatalogue.Draft(Optional.empty(), hall.code(), FacilityCategory.ROOM, "회의실", "Room", "", "", "", "", 8, false,
                0, LocalTime.of(9, 0), LocalTime.of(18, 0), 60, false, "", "");
        assertThat(catalogue().save(taken, "root")).isInstanceOfSatisfying(FacilityCatalogue.Outcome.Invalid.class,
                i -> assertThat(i.fields().get("code").messageKey()).isEqualTo("counter.facility.codeTaken"));
        assertThat(catalogue().save(renamed(FacilityCatalogue.Draft.of(hall), "새 이름", hall.fee(), hall.capacity()), "desk"))
                .isInstanceOfSatisfying(FacilityCatalogue.Outcome.Invalid.class,
                        i -> assertThat(i.fields().values()).extracting(r -> r.messageKey()).containsExactly("clerk.refused.catalogue"));
        assertThat(site.events().latestId()).isEqualTo(before);
        assertThat(site.facilities().byId(hall.id()).orElseThrow().name().ko()).isEqualTo(hall.name().ko());
    }

    @Test
    void aChangeIsStoredWithItsEventAndANewCapacityReachesTheSlotsNotYetStarted() {
        var saved = catalogue().save(renamed(FacilityCatalogue.Draft.of(hall), "대강당 (새 단장)", 1500, hall.capacity() + 5), "root");
        assertThat(saved).isInstanceOf(FacilityCatalogue.Outcome.Saved.class);
        Facility now = site.facilities().byId(hall.id()).orElseThrow();
        assertThat(now.name().ko()).isEqualTo("대강당 (새 단장)");
        assertThat(now.fee()).isEqualTo(1500);
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'FacilitySaved' AND actor = 'clerk:root'")).isEqualTo(1);
        assertThat(site.count("SELECT COUNT(*) FROM slot WHERE facility_id = " + hall.id() + " AND starts_at > TIMESTAMP '2026-11-21 10:00:00' "
                + "AND capacity <> " + (hall.capacity() + 5))).isZero();
        // a capacity under what a future slot already holds is refused, naming how many
        site.execute("UPDATE slot SET booked = 3 WHERE id = (SELECT MIN(id) FROM slot WHERE facility_id = " + hall.id()
                + " AND starts_at > TIMESTAMP '2026-11-22 00:00:00')");
        var under = catalogue().save(renamed(FacilityCatalogue.Draft.of(now), now.name().ko(), now.fee(), 2), "root");
        assertThat(under).isInstanceOfSatisfying(FacilityCatalogue.Outcome.Invalid.class, i -> {
            assertThat(i.fields().get("capacity").messageKey()).isEqualTo("counter.facility.capacityBooked");
            assertThat((Integer) i.fields().get("capacity").args().get(0)).isPositive();
        });
        assertThat(site.facilities().byId(hall.id()).orElseThrow().capacity()).isEqualTo(hall.capacity() + 5);
    }
}
