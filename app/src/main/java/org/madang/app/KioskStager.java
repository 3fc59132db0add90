package org.madang.app;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.madang.core.booking.BookingCalendar;
import org.madang.core.booking.ResidentBooking;
import org.madang.core.civil.Person;
import org.madang.core.course.CourseFilter;
import org.madang.core.course.CourseListing;
import org.madang.core.demo.DemoCards;
import org.madang.core.document.DocumentIssue;
import org.madang.core.document.DocumentType;
import org.madang.core.facility.DayAvailability;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.Slot;
import org.madang.core.queue.LineStatus;
import org.madang.core.resident.Rrn;
import org.madang.hardware.id.Identity;
import org.madang.kiosk.KioskApp;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.booking.BookingPresenter;
import org.madang.kiosk.checkin.CheckInPage;
import org.madang.kiosk.course.CoursePresenter;
import org.madang.kiosk.course.CourseScreens;
import org.madang.kiosk.course.WishDraft;
import org.madang.kiosk.document.DocumentPresenter;
import org.madang.kiosk.verify.VerifyPresenter;
import org.madang.kiosk.home.HomePage;
import org.madang.kiosk.home.IdlePage;
import org.madang.kiosk.home.LockedPage;
import org.madang.kiosk.identify.NewsPage;
import org.madang.kiosk.notice.NoticesPage;

/**
 * Brings a kiosk to any named screen the way a resident would, step by step, for screenshots
 * and practice lessons. Needs {@link org.madang.ui.DirectTasks} so each step completes at once,
 * and the simulated card reader and QR scanner for the screens past identification.
 */
public final class KioskStager {
    /** What a clerk writes when locking a kiosk for a new paper roll (in Korean, as the clerk types it). */
    public static final String LOCK_MESSAGE = "영수증 용지를 갈고 있습니다. 10시 30분에 다시 엽니다.";
    private final KioskApp app;
    private final KioskServices services;

    /** The screens only staff meet (not in the residents' walk), staged too for a look at them. */
    public static final List<String> STAFF_SCREENS = List.of(org.madang.kiosk.staff.StaffExitPage.ID);
    /** A screen in a state worth a look of its own: the home screen while the county does not answer (SCALE.md). */
    public static final String COUNTY_LOST = "home.countyLost";
    /** Screens staged in a state of their own, beside {@link KioskApp#screenIds()}. */
    public static final List<String> STATES = List.of(COUNTY_LOST);

    public KioskStager(KioskApp app, KioskServices services) {
        this.app = app;
        this.services = services;
    }

    /** Walks to {@code screenId}; throws {@link IllegalArgumentException} for an unknown id. */
    public void stage(String screenId) {
        if (!KioskApp.screenIds().contains(screenId) && !STAFF_SCREENS.contains(screenId) && !STATES.contains(screenId)) {
            throw new IllegalArgumentException("no kiosk screen '" + screenId + "' (see madang screenshot --list)");
        }
        // a lock or pause left by the screen staged before is lifted first
        app.showLock(java.util.Optional.empty());
        app.showPaused(java.util.Map.of());
        app.screens().navigator().restart(IdlePage.ID);
        if (IdlePage.ID.equals(screenId)) {
            return;
        }
        if (LockedPage.ID.equals(screenId)) {
            app.showLock(java.util.Optional.of(new org.madang.core.terminal.LockOrder(LOCK_MESSAGE, "admin",
                    java.time.LocalDateTime.now(services.clock()))));
            return;
        }
        app.wake();
        if (HomePage.ID.equals(screenId)) {
            return;
        }
        if (COUNTY_LOST.equals(screenId)) {
            java.util.Map<String, String> paused = new java.util.LinkedHashMap<>();
            // a kiosk with the centre's cache, as a county's kiosks run: check-in and queue tickets go on
            org.madang.kiosk.fleet.FleetPresenter.NEED_COUNTY.stream()
                    .filter(tile -> !org.madang.kiosk.fleet.FleetPresenter.KEPT_WITH_CACHE.contains(tile))
                    .forEach(tile -> paused.put(tile, org.madang.kiosk.fleet.FleetPresenter.COUNTY));
            app.showPaused(paused);
            return;
        }
        if (org.madang.kiosk.staff.StaffExitPage.ID.equals(screenId)) {
            ((org.madang.kiosk.staff.StaffExitPage) app.screens().navigator().screen(screenId)).presenter().start();
            return;
        }
        if (screenId.startsWith("booking.")) {
            booking(screenId);
        } else if (screenId.startsWith("mine.") || NewsPage.ID.equals(screenId)) {
            mine(screenId);
        } else if (screenId.startsWith("courses.")) {
            courses(screenId);
        } else if (screenId.startsWith("documents.")) {
            documents(screenId);
        } else if (screenId.startsWith("verifying.")) {
            verifying(screenId);
        } else if (screenId.startsWith("queue.")) {
            queue(screenId);
        } else if (screenId.startsWith("welfare.")) {
            welfare(screenId);
        } else if (CheckInPage.ID.equals(screenId)) {
            app.screens().checkIn().presenter().start();
        } else if (NoticesPage.ID.equals(screenId)) {
            app.screens().notices().presenter().start();
        } else {
            throw new IllegalStateException("no way to stage '" + screenId + "'");
        }
    }

    private boolean at(String id) {
        return id.equals(app.screens().navigator().current());
    }

    private void booking(String target) {
        BookingPresenter booking = app.screens().booking().presenter();
        booking.start();
        if (at(target)) {
            return;
        }
        if ("booking.result".equals(target)) {
            lotteryOrWait(booking);
            return;
        }
        FacilityCategory category = FacilityCategory.EXPERIENCE;
        booking.chooseCategory(category);
        if (at(target)) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(services.clock());
        Facility facility = services.facilities().inCategory(category).get(0);
        // the picture an administrator would have chosen for it at the counter (the demo keeps none)
        services.pictures().save("facility:" + facility.id(), org.madang.ui.StagedPictures.room(), org.madang.core.demo.DemoSeeder.DEMO_ADMIN_LOGIN);
        booking.chooseFacility(facility);
        if (at(target)) {
            return;
        }
        booking.chooseDays();
        if (at(target)) {
            return;
        }
        // a day and time the first card holder may book (the second such day, as a resident would browse past the first):
        // a week where they already hold the most bookings would show a refusal instead
        long holder = services.residents().byRrn(Rrn.parse(cards().cards().get(0).nationalId()).orElseThrow())
                .orElseThrow().id();
        List<Slot> bookable = services.facilities().availability(facility.id(), now.toLocalDate(), now.toLocalDate().plusDays(60), now)
                .stream().filter(d -> d.freeSlots() > 0 && open(facility, d.day(), now))
                .map(d -> services.facilities().slots(facility.id(), d.day(), now).stream().filter(s -> !s.isFull())
                        .max(Comparator.comparingInt(Slot::free)))
                .flatMap(Optional::stream)
                .filter(s -> services.bookings().check(s.id(), holder, 1).isEmpty())
                .limit(2).toList();
        if (bookable.isEmpty()) {
            throw new IllegalStateException(facility.code() + " has no time the first card holder may book");
        }
        Slot slot = bookable.get(bookable.size() - 1);
        booking.chooseDay(slot.startsAt().toLocalDate());
        if (at(target)) {
            return;
        }
        booking.chooseSlot(slot);
        if (at(target)) {
            return;
        }
        insertFirstCard();
        if (at(NewsPage.ID)) {
            booking.newsRead();
        }
        booking.changeParty(1);
        if (at(target)) {
            return;
        }
        booking.confirm();
    }

    private boolean open(Facility f, LocalDate day, LocalDateTime now) {
        return services.bookings().rules().calendar().phase(day, f.popular(), now) instanceof BookingCalendar.Phase.Open;
    }

    /** The result page: a lottery entry where a popular day takes entries now, else a place on a full time's waiting list. */
    private void lotteryOrWait(BookingPresenter booking) {
        LocalDateTime now = LocalDateTime.now(services.clock());
        BookingCalendar calendar = services.bookings().rules().calendar();
        LocalDate last = calendar.lastShownDay(now);
        for (Facility f : services.facilities().all()) {
            for (DayAvailability d : services.facilities().availability(f.id(), now.toLocalDate().plusDays(1), last, now)) {
                BookingCalendar.Phase phase = calendar.phase(d.day(), f.popular(), now);
                boolean lottery = phase instanceof BookingCalendar.Phase.LotteryEntry;
                boolean full = phase instanceof BookingCalendar.Phase.Open && d.freeSlots() < d.slots();
                if (!lottery && !full) {
                    continue;
                }
                Optional<Slot> slot = services.facilities().slots(f.id(), d.day(), now).stream()
                        .filter(s -> lottery || s.isFull()).findFirst();
                if (slot.isPresent()) {
                    for (Identity card : cards().cards()) {
                        app.wake();
                        booking.start();
                        booking.chooseCategory(f.category());
                        booking.chooseFacility(f);
                        booking.chooseDays();
                        booking.chooseDay(d.day());
                        booking.chooseSlot(slot.get());
                        cards().reader().insert(card);
                        if (at(NewsPage.ID)) {
                            booking.newsRead();
                        }
                        booking.confirm();
                        if (at("booking.result")) {
                            return;
                        }
                    }
                }
            }
        }
        throw new IllegalStateException("no popular day taking lottery entries and no full time to wait for: nothing to show on booking.result");
    }

    private void mine(String target) {
        app.screens().mine().presenter().start();
        if (at(target)) {
            return;
        }
        if (NewsPage.ID.equals(target)) {
            cards().reader().insert(cards().cards().stream().filter(this::hasNews).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no demo card holder has unread news to show on " + target)));
            return;
        }
        insertFirstCard();
        if (at(target)) {
            return;
        }
        if (at(NewsPage.ID)) {
            app.screens().mine().presenter().newsRead();
        }
        if (at(target)) {
            return;
        }
        ResidentBooking next = services.bookingStore().upcoming(app.visit().resident().orElseThrow().id(),
                        LocalDateTime.now(services.clock())).stream()
                .filter(b -> b.booking().startsAt().isAfter(LocalDateTime.now(services.clock()))).findFirst()
                .orElseThrow(() -> new IllegalStateException("the first demo card's resident has no coming booking to cancel"));
        app.screens().mine().presenter().askCancel(next);
        if (at(target)) {
            return;
        }
        app.screens().mine().presenter().cancel(next);
    }

    /** Through the course screens with the first demo card: the first course with a seat left, enrolled, then cancelled. */
    private void courses(String target) {
        CoursePresenter courses = app.screens().courses().presenter();
        courses.start();
        if (at(target)) {
            return;
        }
        if (CourseScreens.FILTER.equals(target)) {
            courses.openFilter();
            return;
        }
        if (CourseScreens.WISH.equals(target) || CourseScreens.WISHED.equals(target)) {
            courses.openWish();
            courses.changeWish(WishDraft.EMPTY.withTopic(java.util.Optional.of("DIGITAL")).withWeekday(java.util.Optional.of(2)));
            courses.wishWords("스마트폰으로 사진 보내기");
            if (CourseScreens.WISHED.equals(target)) {
                courses.sendWish();
            } else {
                courses.changeWish(WishDraft.EMPTY.withTopic(java.util.Optional.of("DIGITAL")).withWeekday(java.util.Optional.of(2)));
            }
            return;
        }
        LocalDateTime now = LocalDateTime.now(services.clock());
        CourseListing open = services.courses().catalogue().recruiting(CourseFilter.ALL.withOpenSeatsOnly(true), now).stream()
                .filter(l -> !l.course().lottery()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no recruiting course with a seat left to show on " + target));
        courses.chooseCourse(open);
        if (at(target)) {
            return;
        }
        courses.enrol();
        if (at(target)) {
            return;
        }
        insertFirstCard();
        if (at(NewsPage.ID)) {
            courses.newsRead();
        }
        if (at(target)) {
            return;
        }
        courses.confirm();
        if (at(target)) {
            return;
        }
        courses.backToMine();
        if (at(target)) {
            return;
        }
        if (CourseScreens.HISTORY.equals(target)) {
            courses.history();
            return;
        }
        var place = services.courses().enrolments().active(app.visit().resident().orElseThrow().id()).stream()
                .filter(p -> p.course().id() == open.course().id()).findFirst().orElseThrow();
        courses.askCancel(place);
        if (at(target)) {
            return;
        }
        courses.cancel(place);
    }

    /** Through the certificate screens with the first demo card and the demo PIN, to a household member's 등본. */
    private void documents(String target) {
        DocumentPresenter documents = app.screens().documents().orElseThrow(
                () -> new IllegalStateException("this site does not offer certificates (no TrueType font with Hangul for documents)")).presenter();
        documents.start();
        if (at(target)) {
            return;
        }
        insertFirstCard();
        if (at(target)) {
            return;
        }
        documents.enterPin(DemoCards.PIN);
        if (at(NewsPage.ID)) {
            documents.newsRead();
        }
        if (at(target)) {
            return;
        }
        KioskServices.Documents desk = services.documents().orElseThrow();
        DocumentType copy = desk.issuing().types().stream().filter(t -> t.householdAllowed() && t.kioskIssuable()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no certificate a household member may obtain at the kiosk"));
        documents.chooseType(copy);
        if (at(target)) {
            return;
        }
        long me = app.visit().resident().orElseThrow().id();
        Person self = desk.issuing().subjects(me, copy).stream().filter(p -> p.id() == me).findFirst().orElseThrow();
        documents.chooseSubject(copy, self);
        if (at(target)) {
            return;
        }
        documents.preview();
        if (at(target)) {
            return;
        }
        documents.issue();
    }

    /** "Check a certificate", then the answer for the latest certificate issued here. */
    private void verifying(String target) {
        VerifyPresenter verify = app.screens().verify().orElseThrow(
                () -> new IllegalStateException("this site does not offer certificates (no TrueType font with Hangul for documents)")).presenter();
        verify.start();
        if (at(target)) {
            return;
        }
        KioskServices.Documents desk = services.documents().orElseThrow();
        DocumentIssue latest = desk.issuing().recent(1).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no certificate has been issued here to check on " + target));
        verify.check(desk.issuing().sealOf(latest).text());
    }

    private void queue(String target) {
        app.screens().queue().presenter().start();
        if (at(target)) {
            return;
        }
        LineStatus first = services.queue().status().get(0);
        app.screens().queue().presenter().chooseLine(first);
        if (at(target)) {
            return;
        }
        app.screens().queue().presenter().take(null);
    }

    /** The first demo card holder asks for a call back on the first half-day offered, about their livelihood. */
    private void welfare(String target) {
        app.screens().welfare().presenter().start();
        if (at(target)) {
            return;
        }
        insertFirstCard();
        if (at(NewsPage.ID)) {
            app.screens().welfare().presenter().newsRead();
        }
        if (at(target)) {
            return;
        }
        org.madang.core.care.CatalogueEntry first = services.welfare().topics().get(0);
        app.screens().welfare().presenter().chooseTopic(first);
        if (at(target)) {
            return;
        }
        app.screens().welfare().presenter().callBack(services.welfare().windows().get(0));
    }

    private KioskServices.CardSimulator cards() {
        return services.devices().cards()
                .orElseThrow(() -> new IllegalStateException("staging past the card screen needs the simulated ID reader"));
    }

    private boolean hasNews(Identity card) {
        return Rrn.parse(card.nationalId()).flatMap(services.residents()::byRrn)
                .map(r -> !services.messages().unread(r.id()).isEmpty()).orElse(false);
    }

    private void insertFirstCard() {
        KioskServices.CardSimulator cards = cards();
        cards.reader().insert(cards.cards().get(0));
    }
}
