package org.madang.core.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.booking.BookingOutcome;
import org.madang.core.booking.BookingRequest;
import org.madang.core.booking.Channel;
import org.madang.core.booking.Closures;
import org.madang.core.demo.DemoSeeder;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCatalogue;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.FacilityStore;
import org.madang.core.facility.Slot;
import org.madang.core.notice.NoticeBoard;
import org.madang.core.notice.NoticeDesk;
import org.madang.core.site.Terminal;
import org.madang.core.storage.SiteDatabase;
import org.madang.core.testing.TestSite;

/**
 * A centre's H2 cache following the county's database (SCALE.md, issue 22 item 3): loaded whole
 * when new, then fresh after each poll of the county's event log — a change made at another
 * centre is in the cache after the next poll (the follower polls every second: well within the
 * 2 s the issue asks); the screens' queries give on the cache what they give on the county. The
 * county is H2 in core's first run and PostgreSQL in its second; the cache is always H2.
 */
class CentreCacheTest {
    private final Path root = TestSite.tempRoot();
    private final TestSite county = TestSite.seeded(root).staff("root=ADMIN");
    private final TestSite east = TestSite.open(root, new Terminal("east-kiosk-1", "east"));
    private final SiteDatabase cacheDb = SiteDatabase.open(SiteDatabase.fileUrl(TestSite.tempRoot().resolve("cache")), "madang", "cache");
    private final CentreCache cache;
    private final FacilityStore cached;
    private final LocalDate tomorrow = county.clock.localNow().toLocalDate().plusDays(1);
    private final LocalDateTime now = county.clock.localNow();

    CentreCacheTest() throws SQLException {
        cacheDb.migrate();
        CentreCache.prepare(cacheDb.dataSource());
        cache = new CentreCache(county.database.dataSource(), cacheDb.dataSource(), county.clock);
        cached = new FacilityStore(cacheDb.jdbi());
    }

    @AfterEach
    void close() {
        cacheDb.close();
        east.close();
        county.close();
    }

    private Facility court() {
        return county.facilities().inCategory(FacilityCategory.SPORTS).stream().filter(f -> !f.perSeat()).findFirst().orElseThrow();
    }

    private long resident() {
        return county.count("SELECT MIN(id) FROM resident");
    }

    @Test
    void aNewCacheIsLoadedWholeAndShowsWhatTheCountyShows() throws SQLException {
        CentreCache.Followed first = cache.follow();
        assertThat(first.whole()).isTrue();
        assertThat(first.lastSeen()).isEqualTo(county.events().latestId());
        assertThat(cache.state().lastSeen()).isEqualTo(first.lastSeen());
        assertThat(cached.all()).isEqualTo(county.facilities().all());
        for (Facility f : county.facilities().all()) {
            assertThat(cached.slots(f.id(), tomorrow, now)).as(f.code()).isEqualTo(county.facilities().slots(f.id(), tomorrow, now));
        }
        assertThat(cached.availability(court().id(), tomorrow, tomorrow.plusDays(20), now))
                .isEqualTo(county.facilities().availability(court().id(), tomorrow, tomorrow.plusDays(20), now));
        NoticeBoard notices = new NoticeBoard(cacheDb.jdbi(), county.database.jdbi(), county.events(), county.clock, () -> { });
        assertThat(notices.current()).isEqualTo(county.notices().current());
        assertThat(count("SELECT COUNT(*) FROM resident")).isEqualTo(county.count("SELECT COUNT(*) FROM resident"));

        CentreCache.Followed again = cache.follow();
        assertThat(again).isEqualTo(new CentreCache.Followed(first.lastSeen(), 0, 0, false));
    }

    @Test
    void aBookingAtAnotherCentreIsInTheCacheAfterTheNextPoll() throws SQLException {
        cache.follow();
        Slot slot = cached.slots(court().id(), tomorrow, now).stream().filter(s -> !s.isFull()).findFirst().orElseThrow();
        var booked = east.bookings().book(new BookingRequest(slot.id(), resident(), 1, Channel.KIOSK));
        assertThat(booked).isInstanceOf(BookingOutcome.Booked.class);
        long bookingId = ((BookingOutcome.Booked) booked).booking().id();
        assertThat(cached.slot(slot.id()).orElseThrow().booked()).as("not before the poll").isEqualTo(slot.booked());

        CentreCache.Followed poll = cache.follow();

        assertThat(poll.events()).isEqualTo(1);
        assertThat(cached.slot(slot.id()).orElseThrow().booked()).isEqualTo(slot.booked() + 1);
        assertThat(count("SELECT COUNT(*) FROM booking WHERE id = " + bookingId + " AND status = 'BOOKED'")).isEqualTo(1);

        // paid at a counter of another centre: the cached booking is paid too (check-in from the cache needs it)
        String was = cachedPayment(bookingId);
        county.staff("cashier=CLERK");
        assertThat(east.payments().record(org.madang.core.payment.ItemKind.BOOKING, bookingId, org.madang.core.payment.PayMethod.CASH,
                "cashier")).isInstanceOf(org.madang.core.payment.PaymentOutcome.Recorded.class);
        cache.follow();
        assertThat(cachedPayment(bookingId)).isEqualTo("PAID").isNotEqualTo(was);

        east.cancellations().cancel(bookingId, resident(), "resident:" + resident());
        cache.follow();
        assertThat(cached.slot(slot.id()).orElseThrow().booked()).isEqualTo(slot.booked());
        assertThat(count("SELECT COUNT(*) FROM booking WHERE id = " + bookingId + " AND status = 'BOOKED'")).isZero();
    }

    @Test
    void aFacilityANoticeAndAClosureSavedElsewhereReachTheCache() throws SQLException {
        cache.follow();
        Facility court = court();
        var draft = FacilityCatalogue.Draft.of(court);
        var bigger = new FacilityCatalogue.Draft(draft.id(), draft.code(), draft.category(), "새 이름 코트", draft.nameEn(), draft.summaryKo(),
                draft.summaryEn(), draft.placeKo(), draft.placeEn(), draft.capacity() + 2, draft.perSeat(), draft.fee(), draft.opensAt(),
                draft.closesAt(), draft.slotMinutes(), draft.popular(), draft.rulesKo(), draft.rulesEn());
        assertThat(new FacilityCatalogue(county.database.jdbi(), county.events(), county.clock).save(bigger, "root"))
                .isInstanceOf(FacilityCatalogue.Outcome.Saved.class);
        NoticeDesk desk = new NoticeDesk(east.database.jdbi(), east.events(), east.clock);
        assertThat(desk.save(new NoticeDesk.Draft(Optional.empty(), "동부 센터 안내", "East centre notice", "동부 센터에서 알립니다.", "", tomorrow.minusDays(1),
                tomorrow.plusDays(9)), DemoSeeder.DEMO_ADMIN_LOGIN)).isEmpty();
        var closures = new Closures(county.database.jdbi(), county.events(), county.facilities(), county.rules(), county.clock,
                county.terminal);
        assertThat(closures.close(new Closures.Draft(Optional.of(court.id()), tomorrow, tomorrow, "보수 공사", ""), "root").valid()).isTrue();

        cache.follow();

        assertThat(cached.byId(court.id()).orElseThrow().name().ko()).isEqualTo("새 이름 코트");
        assertThat(cached.slots(court.id(), tomorrow.plusDays(1), now)).isEqualTo(county.facilities().slots(court.id(), tomorrow.plusDays(1), now))
                .allMatch(s -> s.capacity() == court.capacity() + 2);
        assertThat(cached.slots(court.id(), tomorrow, now)).as("closed for the day").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM slot WHERE closed AND slot_day = DATE '" + tomorrow + "' AND facility_id = " + court.id()))
                .isEqualTo(county.count("SELECT COUNT(*) FROM slot WHERE closed AND slot_day = DATE '" + tomorrow + "' AND facility_id = "
                        + court.id())).isPositive();
        NoticeBoard eastNotices = new NoticeBoard(cacheDb.jdbi(), east.database.jdbi(), east.events(), east.clock, this::follow);
        assertThat(eastNotices.current()).extracting(n -> n.title().ko()).contains("동부 센터 안내");
        assertThat(eastNotices.current()).isEqualTo(east.notices().current());
        // a like at this centre's kiosk is read back from the cache at once (the board has the cache follow)
        long liked = eastNotices.current().stream().filter(n -> n.title().ko().equals("동부 센터 안내")).findFirst().orElseThrow().id();
        assertThat(eastNotices.like(liked, "session-1")).isEqualTo(1);
        assertThat(eastNotices.likedIn("session-1")).containsExactly(liked);
        assertThat(eastNotices.current()).filteredOn(n -> n.id() == liked).singleElement().satisfies(n -> assertThat(n.likes()).isEqualTo(1));
    }

    @Test
    void aLongOutageIsCaughtUpInRoundsOfEvents() throws SQLException {
        cache.follow();
        List<Slot> free = cached.slots(court().id(), tomorrow.plusDays(2), now).stream().filter(s -> !s.isFull()).limit(4).toList();
        List<Long> residents = county.database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM resident ORDER BY id")
                .mapTo(Long.class).list());
        for (int i = 0; i < free.size(); i++) {
            assertThat(east.bookings().book(new BookingRequest(free.get(i).id(), residents.get(i), 1, Channel.KIOSK)))
                    .isInstanceOf(BookingOutcome.Booked.class);
        }
        for (int i = 0; i < 6; i++) {
            east.queue().take(east.queue().lines().get(0).id(), null);
        }
        CentreCache small = new CentreCache(county.database.dataSource(), cacheDb.dataSource(), county.clock, 3);

        CentreCache.Followed caught = small.follow();

        assertThat(caught.events()).isEqualTo(free.size() + 6);
        assertThat(caught.lastSeen()).isEqualTo(county.events().latestId());
        assertThat(cached.slots(court().id(), tomorrow.plusDays(2), now)).isEqualTo(county.facilities().slots(court().id(), tomorrow.plusDays(2), now));
    }

    @Test
    void aCountyThatCannotBeReadLeavesTheCacheAsItWasAndACountyRestoredFromABackupIsLoadedWhole() throws SQLException {
        cache.follow();
        List<Facility> before = cached.all();
        SiteDatabase gone = SiteDatabase.open("jdbc:h2:mem:a-county-gone", "madang", "x");
        gone.close();
        CentreCache cut = new CentreCache(gone.dataSource(), cacheDb.dataSource(), county.clock);
        assertThatThrownBy(cut::follow).isInstanceOf(SQLException.class);
        assertThat(cached.all()).isEqualTo(before);

        long seen = cache.state().lastSeen();
        cacheDb.jdbi().useHandle(h -> h.execute("UPDATE cache_state SET last_seen = ?", seen + 1000));
        CentreCache.Followed reloaded = cache.follow();
        assertThat(reloaded.whole()).isTrue();
        assertThat(reloaded.lastSeen()).isEqualTo(seen);
        assertThat(cached.all()).isEqualTo(before);
    }

    private String cachedPayment(long bookingId) {
        return cacheDb.jdbi().withHandle(h -> h.createQuery("SELECT payment FROM booking WHERE id = :id").bind("id", bookingId)
                .mapTo(String.class).one());
    }

    private void follow() {
        try {
            cache.follow();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        return cacheDb.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
