package org.madang.kiosk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.madang.kiosk.booking.BookingScreens;
import org.madang.kiosk.checkin.CheckInPage;
import org.madang.kiosk.course.CourseScreens;
import org.madang.kiosk.document.DocumentScreens;
import org.madang.kiosk.home.HomePage;
import org.madang.kiosk.home.IdlePage;
import org.madang.kiosk.home.LockedPage;
import org.madang.kiosk.mine.MineScreens;
import org.madang.kiosk.notice.NoticesPage;
import org.madang.kiosk.queue.QueueScreens;
import org.madang.kiosk.shell.KioskShell;
import org.madang.kiosk.shell.Navigator;
import org.madang.kiosk.verify.VerifyScreens;

/**
 * The screens of one build (the language, zoom and reach of this visit). The idle, home and
 * maintenance screens are made with the build; each service's screens (and its presenter) the
 * first time they are asked for: a start paints its first frame without every service's pages,
 * and a visit makes only the ones the resident uses. A change of language, zoom or reach makes a
 * new set, with the services the visit had used made at once, for their state to be replayed.
 */
public final class KioskScreens {
    private final Navigator navigator;
    private final KioskShell shell;
    private final IdlePage idle;
    private final Later<HomePage> home;
    private final LockedPage locked;
    private final Later<BookingScreens> booking;
    private final Later<MineScreens> mine;
    private final Later<CourseScreens> courses;
    private final Later<QueueScreens> queue;
    private final Later<CheckInPage> checkIn;
    private final Later<NoticesPage> notices;
    private final Later<org.madang.kiosk.welfare.WelfareScreens> welfare;
    private final java.util.Optional<Later<DocumentScreens>> documents;
    private final java.util.Optional<Later<VerifyScreens>> verify;

    KioskScreens(Navigator navigator, KioskShell shell, IdlePage idle, Later<HomePage> home, LockedPage locked, Later<BookingScreens> booking,
                    Later<MineScreens> mine, Later<CourseScreens> courses, Later<QueueScreens> queue, Later<CheckInPage> checkIn,
                    Later<NoticesPage> notices, Later<org.madang.kiosk.welfare.WelfareScreens> welfare,
                    java.util.Optional<Later<DocumentScreens>> documents, java.util.Optional<Later<VerifyScreens>> verify) {
        this.navigator = navigator;
        this.shell = shell;
        this.idle = idle;
        this.home = home;
        this.locked = locked;
        this.booking = booking;
        this.mine = mine;
        this.courses = courses;
        this.queue = queue;
        this.checkIn = checkIn;
        this.notices = notices;
        this.welfare = welfare;
        this.documents = documents;
        this.verify = verify;
    }

    public Navigator navigator() {
        return navigator;
    }

    public KioskShell shell() {
        return shell;
    }

    public IdlePage idle() {
        return idle;
    }

    public HomePage home() {
        return home.get();
    }

    /** The home screen if it has been made (a paused service is told to it then, or when it is made). */
    java.util.Optional<HomePage> homeIfMade() {
        return home.made() ? java.util.Optional.of(home.get()) : java.util.Optional.empty();
    }

    public LockedPage locked() {
        return locked;
    }

    public BookingScreens booking() {
        return booking.get();
    }

    public MineScreens mine() {
        return mine.get();
    }

    public CourseScreens courses() {
        return courses.get();
    }

    public QueueScreens queue() {
        return queue.get();
    }

    public CheckInPage checkIn() {
        return checkIn.get();
    }

    public NoticesPage notices() {
        return notices.get();
    }

    public org.madang.kiosk.welfare.WelfareScreens welfare() {
        return welfare.get();
    }

    /** The certificate screens; empty when the site does not offer documents (no document font). */
    public java.util.Optional<DocumentScreens> documents() {
        return documents.map(Later::get);
    }

    /** "Check a certificate"; empty when the site does not offer documents. */
    public java.util.Optional<VerifyScreens> verify() {
        return verify.map(Later::get);
    }

    /** How many services' screens have been made so far (tests see the laziness). */
    public int servicesMade() {
        return made().size();
    }

    private List<Later<?>> services() {
        List<Later<?>> all = new ArrayList<>(List.of(booking, mine, courses, queue, checkIn, notices, welfare));
        documents.ifPresent(all::add);
        verify.ifPresent(all::add);
        return all;
    }

    /** Which services' screens have been made, by their place in {@link #services()}. */
    Set<Integer> made() {
        Set<Integer> made = new java.util.TreeSet<>();
        List<Later<?>> all = services();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).made()) {
                made.add(i);
            }
        }
        return made;
    }

    void make(Set<Integer> which) {
        List<Later<?>> all = services();
        which.forEach(i -> all.get(i).get());
    }

    /** The visit's presenters stop listening to the devices. */
    void dispose() {
        booking.ifMade(s -> s.presenter().dispose());
        mine.ifMade(s -> s.presenter().dispose());
        checkIn.ifMade(s -> s.presenter().dispose());
        courses.ifMade(s -> s.presenter().dispose());
        welfare.ifMade(s -> s.presenter().dispose());
        documents.ifPresent(d -> d.ifMade(s -> s.presenter().dispose()));
        verify.ifPresent(v -> v.ifMade(s -> s.presenter().dispose()));
    }
}
