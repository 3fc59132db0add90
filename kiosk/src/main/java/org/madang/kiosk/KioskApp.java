package org.madang.kiosk;

import java.awt.BorderLayout;
import java.awt.event.KeyEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.madang.kiosk.booking.BookingPresenter;
import org.madang.kiosk.booking.BookingScreens;
import org.madang.kiosk.checkin.CheckInPage;
import org.madang.core.document.DocumentComposer;
import org.madang.kiosk.course.CourseScreens;
import org.madang.kiosk.document.DocumentScreens;
import org.madang.kiosk.verify.VerifyScreens;
import org.madang.kiosk.home.HomePage;
import org.madang.kiosk.home.IdlePage;
import org.madang.kiosk.home.LanguageButtons;
import org.madang.kiosk.home.LockedPage;
import org.madang.kiosk.identify.NewsPage;
import org.madang.kiosk.mine.MineScreens;
import org.madang.kiosk.notice.NoticesPage;
import org.madang.kiosk.queue.QueueScreens;
import org.madang.kiosk.shell.Keypad;
import org.madang.kiosk.shell.KioskShell;
import org.madang.kiosk.shell.Look;
import org.madang.kiosk.shell.Navigator;
import org.madang.kiosk.shell.SessionClock;
import org.madang.kiosk.shell.VoiceGuide;
import org.madang.kiosk.shell.Visit;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Replay;
import org.madang.core.survey.AccessMode;
import org.madang.ui.LanguageFonts;
import org.madang.ui.Messages;
import org.madang.ui.ScreenScale;
import org.madang.ui.Tasks;
import org.madang.ui.Theme;

/**
 * The kiosk: its screens, the resident's session (language, time left, reset) and the keys
 * that stand in for the keypad. Swing only; the rules sit in presenters and services.
 */
public final class KioskApp implements org.madang.kiosk.fleet.FleetView {
    /** Closes the kiosk for good (status 0: its session ends), after a staff exit; none: the staff keys do nothing. */
    private Runnable staffExit;
    /** Opens practice mode from the home screen, when the site offers it. */
    private Runnable practiceOpener;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(KioskApp.class);
    private final KioskServices services;
    private final Tasks tasks;
    private final Theme theme;
    private final ScreenScale scale;
    private final boolean landscape;
    private final Clock clock;
    private final JPanel root = new JPanel(new BorderLayout());
    private final SessionClock session;
    private final Timer ticker;
    private final Visit visit = new Visit();
    /** The visit's presenters and what they showed, kept when the screens are rebuilt (zoom, low position, language). */
    private final Replay replay = new Replay();
    private final Keypad keypad;
    private final VoiceGuide guide;
    /** The site's Hangul font; languages it cannot show are drawn in one of their own ({@link LanguageFonts}). */
    private final String baseFamily;
    private final java.util.Map<String, ScreenScale> scales = new java.util.HashMap<>();

    private String language;
    /** Whether this visit's screens are drawn twice the size (ACCESSIBILITY.md #5). */
    private boolean zoomed;
    /** Whether this visit's controls keep to a seated resident's reach (ACCESSIBILITY.md #6). */
    private boolean low;
    private Messages words;
    /** This build's screens: made together by {@link #build}, replaced together by the next. */
    private KioskScreens screens;
    /** The question after a completed service. */
    private final AfterService afterService;
    /** Whether this kiosk runs a practice site: every screen then wears the practice mark. */
    private boolean practice;
    /** The lock ordered from the counter, if any: shown once the resident in front of the kiosk has finished. */
    private java.util.Optional<org.madang.core.terminal.LockOrder> lockOrder = java.util.Optional.empty();
    /** The services paused for a failing device: tile name → the device's label. */
    private java.util.Map<String, String> paused = java.util.Map.of();
    /** What the heartbeat reports: set on the UI thread, read on the heartbeat's. */
    private volatile Whereabouts whereabouts;
    /** Told the id of each screen shown (practice lessons follow the learner with it). */
    private final List<java.util.function.Consumer<String>> screenWatchers = new ArrayList<>();

    /** @param theme the installed touch look, switched to high contrast and back by the resident */
    public KioskApp(KioskServices services, Tasks tasks, Theme theme, ScreenScale scale, boolean landscape) {
        this.services = services;
        this.tasks = tasks;
        this.theme = theme;
        this.scale = scale;
        this.landscape = landscape;
        this.baseFamily = theme.family();
        this.clock = services.clock();
        this.session = new SessionClock(services.config().session(), clock.instant());
        this.ticker = new Timer(1000, e -> tick());
        this.language = defaultLanguage();
        this.whereabouts = new Whereabouts(IdlePage.ID, language, org.madang.core.terminal.SessionState.IDLE);
        this.low = lowByDefault();
        root.setName("kiosk.root");
        afterService = new AfterService(services, tasks, replay, visit, () -> language, this::modesOn,
                () -> paused.containsValue(org.madang.kiosk.fleet.FleetPresenter.COUNTY));
        guide = new VoiceGuide(services.devices().voice(), services.config().ui().sounds(), root);
        guide.attach();
        bindKeys();
        keypad = Keypad.attach(root);
        visit.onChange(this::showVisitor);
        build(false);
        navigator().restart(IdlePage.ID);
    }

    /** Every screen id of the kiosk, in the order a resident meets them. */
    public static List<String> screenIds() {
        List<String> ids = new ArrayList<>(List.of(IdlePage.ID, HomePage.ID));
        ids.addAll(BookingScreens.screenIds());
        ids.add(NewsPage.ID);
        ids.addAll(MineScreens.screenIds());
        ids.addAll(CourseScreens.screenIds());
        ids.addAll(DocumentScreens.screenIds());
        ids.addAll(VerifyScreens.screenIds());
        ids.add(CheckInPage.ID);
        ids.addAll(QueueScreens.screenIds());
        ids.addAll(org.madang.kiosk.welfare.WelfareScreens.screenIds());
        ids.add(NoticesPage.ID);
        ids.add(LockedPage.ID);
        return ids;
    }

    public JComponent root() {
        return root;
    }

    /** The id of the screen showing. */
    public String currentScreen() {
        return navigator().current();
    }

    /** Tells {@code watcher} the id of every screen shown from now on (across language changes too). */
    public void onScreenShown(java.util.function.Consumer<String> watcher) {
        screenWatchers.add(watcher);
    }

    /**
     * Offers "연습하기" on the home screen (a site with {@code ui.offerPractice}): {@code open} starts
     * practice mode on its own sandbox, never this kiosk's site; {@code null} offers it no more.
     */
    public void offerPractice(Runnable open) {
        this.practiceOpener = open;
        build(true);
    }

    /**
     * Offers the staff exit: Ctrl+Alt+Shift+E (a keyboard staff plug in) opens a sign-in, and a clerk
     * who may look after kiosks closes the kiosk with {@code close} — for a kiosk run as an appliance,
     * whose session starts it again after anything else.
     */
    public void offerStaffExit(Runnable close) {
        this.staffExit = close;
    }

    /** This kiosk runs a practice site (madang practice): every screen, in every language, says so. */
    public void markAsPractice() {
        practice = true;
        shell().showMark(words.get("practice.mark"));
    }

    /** Starts the session clock (not for offscreen screenshots). */
    public void start() {
        ticker.start();
    }

    /**
     * Makes, one event at a time, what the first resident meets after the idle screen (the home
     * screen, the question after a service), so the first touch finds them ready: for after the
     * first frame is painted. A touch that comes first is served first; what it needs is made then.
     */
    public void prepareAhead() {
        SwingUtilities.invokeLater(() -> screens.navigator().screen(HomePage.ID));
        SwingUtilities.invokeLater(afterService::prepare);
    }

    /** Puts the keypad's focus on the first control of the screen showing, unless it is on that screen already. */
    public void focusScreen() {
        keypad.focusFirst(navigator().screen(navigator().current()));
    }

    public void stop() {
        ticker.stop();
        screens.idle().stopTurning();
        keypad.detach();
        guide.detach();
        dispose();
    }

    /** The visit's presenters stop listening to the devices; the next build makes new ones. */
    private void dispose() {
        if (screens != null) {
            screens.dispose();
        }
        replay.endVisit();
    }

    /** Any touch or key: the resident is still there. */
    public void touched() {
        session.touched(clock.instant());
    }

    public void setLanguage(String lang) {
        if (!lang.equals(language)) {
            rebuildKeeping(() -> language = lang);
        }
    }

    /**
     * High-contrast colours for this visit (ACCESSIBILITY.md #4): every screen repaints at once and
     * keeps what was entered; the next visit starts with the ordinary colours.
     */
    public void setHighContrast(boolean on) {
        theme.setHighContrast(on);
        if (SwingUtilities.getWindowAncestor(root) == null) {
            // offscreen (screenshots, the walk): no window for the theme to repaint
            SwingUtilities.updateComponentTreeUI(root);
        }
        shell().showContrast(on);
    }

    private void toggleContrast() {
        setHighContrast(!Theme.isHighContrast());
    }

    /**
     * Voice guidance for this visit (ACCESSIBILITY.md #8): the Voice button, F3, or an earphone
     * plugged in turn it on; the next visit starts silent at the usual volume and speed.
     */
    public void setVoice(boolean on) {
        guide.setOn(on);
        shell().showVoice(on);
    }

    private void toggleVoice() {
        setVoice(!guide.isOn());
    }

    /** The voice guide of this kiosk (tests read what it describes). */
    public VoiceGuide voiceGuide() {
        return guide;
    }

    /** How much larger everything is drawn when zoomed. */
    public static final double ZOOM = 2.0;

    /**
     * Zoom 200 % for this visit (ACCESSIBILITY.md #5): every screen is rebuilt twice the size and
     * re-flows (fewer tiles to a row, scrolling where needed), keeping the screen it was on; the
     * next visit starts at the usual size.
     */
    public void setZoomed(boolean on) {
        if (on != zoomed) {
            rebuildKeeping(() -> zoomed = on);
        }
    }

    public boolean isZoomed() {
        return zoomed;
    }

    private void toggleZoom() {
        setZoomed(!zoomed);
    }

    /**
     * Low-position mode for this visit (ACCESSIBILITY.md #6): every control moves into the band 400 to
     * 1,220 mm above the floor, worked out from the screen's mounting height; what is above it only
     * shows. Offered where part of the screen is out of that reach; a site may start every visit so.
     */
    public void setLowPosition(boolean on) {
        if (on != low) {
            rebuildKeeping(() -> low = on);
        }
    }

    public boolean isLowPosition() {
        return low;
    }

    private void toggleLow() {
        setLowPosition(!low);
    }

    private boolean lowByDefault() {
        return services.config().ui().lowPosition() && scale.partlyOutOfReach();
    }

    /** The idle screen was touched: a new session starts at home. */
    public void wake() {
        if (locked()) {
            return;
        }
        session.restart(clock.instant());
        visit.reset();
        navigator().home();
    }

    /** Ends the visit: forgets everything entered and returns to the idle screen in the site's language. */
    public void reset() {
        visit.reset();
        guide.reset();
        zoomed = false;
        low = lowByDefault();
        language = defaultLanguage();
        theme.setHighContrast(false);
        dispose();
        build(false);
        // a lock ordered while the resident was here shows now
        navigator().restart(lockOrder.isPresent() ? LockedPage.ID : IdlePage.ID);
    }

    /**
     * The lock ordered for this kiosk at the counter (or none): on the idle screen it shows at once;
     * a resident in the middle of a service finishes first, and the lock shows when the visit ends.
     * Lifted, the kiosk goes back to its idle screen. On the UI thread.
     */
    @Override
    public void showLock(java.util.Optional<org.madang.core.terminal.LockOrder> order) {
        lockOrder = order;
        order.ifPresent(o -> screens.locked().showMessage(o.message()));
        if (order.isEmpty() && locked()) {
            navigator().restart(IdlePage.ID);
        } else if (order.isPresent() && IdlePage.ID.equals(navigator().current())) {
            navigator().restart(LockedPage.ID);
        }
    }

    /** Whether the maintenance screen is showing. */
    public boolean locked() {
        return screens != null && LockedPage.ID.equals(navigator().current());
    }

    /**
     * Pauses the services that need a failing device ({@code needs}: tile name → the device's label)
     * and resumes the rest: their home tiles say which device is being looked after. On the UI thread.
     */
    @Override
    public void showPaused(java.util.Map<String, String> needs) {
        paused = java.util.Map.copyOf(needs);
        if (screens != null) {
            screens.homeIfMade().ifPresent(h -> h.pause(pausedWords(), pausedTouched(), pausedHeadline()));
        }
    }

    /** The services paused now, by tile name (for tests and the heartbeat). */
    public java.util.Set<String> pausedServices() {
        return paused.keySet();
    }

    private java.util.Map<String, String> pausedWords() {
        java.util.Map<String, String> why = new java.util.HashMap<>();
        paused.forEach((tile, device) -> why.put(tile, words.get(switch (device) {
            case "receiptPrinter" -> "kiosk.paused.receiptPrinter";
            case "documentPrinter" -> "kiosk.paused.documentPrinter";
            case "qrScanner" -> "kiosk.paused.qrScanner";
            case org.madang.kiosk.fleet.FleetPresenter.COUNTY -> "kiosk.paused.county";
            default -> throw new IllegalArgumentException("no words for a paused " + device);
        })));
        return why;
    }

    /** What a service paused for the county says when touched: nobody here can do it now, and it comes back by itself. */
    private java.util.Map<String, String> pausedTouched() {
        java.util.Map<String, String> touched = new java.util.HashMap<>();
        paused.forEach((tile, why) -> {
            if (org.madang.kiosk.fleet.FleetPresenter.COUNTY.equals(why)) {
                touched.put(tile, words.get("kiosk.paused.countyTouched"));
            }
        });
        return touched;
    }

    /**
     * Above the tiles while the county is lost: what happened, once, that it mends itself, and
     * what still works (at a kiosk with the centre's cache, tickets and check-in too).
     */
    private java.util.Optional<String> pausedHeadline() {
        if (!paused.containsValue(org.madang.kiosk.fleet.FleetPresenter.COUNTY)) {
            return java.util.Optional.empty();
        }
        boolean kept = !paused.containsKey("home.queue") && !paused.containsKey("home.checkin");
        return java.util.Optional.of(words.get(kept ? "kiosk.paused.countyHintKept" : "kiosk.paused.countyHint"));
    }

    /** Where the kiosk is, for its heartbeat: safe to read from any thread. */
    @Override
    public Whereabouts whereabouts() {
        return whereabouts;
    }

    /** The lock screen's staff call: the counter hears it, and the screen says someone is coming. */
    private void callStaffWhileLocked() {
        LockedPage page = screens.locked();
        tasks.run(() -> services.staffCalls().call(LockedPage.ID), call -> page.staffComing(), e -> log.warn("staff call failed", e));
    }

    /** The screens showing now (they are made again when the language, zoom or reach changes). */
    public KioskScreens screens() {
        return screens;
    }

    /** This resident's visit: who they are, once identified. */
    public Visit visit() {
        return visit;
    }

    public String language() {
        return language;
    }

    private String defaultLanguage() {
        return services.config().site().languages().get(0);
    }

    /** How a presenter runs its work off the UI thread, with this build's "one moment" sign and failure line. */
    private org.madang.kiosk.shell.Loading loading(Consumer<Boolean> busy, Runnable failure) {
        return new org.madang.kiosk.shell.Loading(tasks, busy, failure);
    }

    /** The family {@code lang} is drawn in: the site's font when it shows that script. */
    private String fontFor(String lang) {
        return LanguageFonts.family(lang, baseFamily).orElse(baseFamily);
    }

    /** @param keep whether the visit goes on (a language, zoom or reach changed): the services it used are made again at once */
    private void build(boolean keep) {
        if (screens != null) {
            screens.idle().stopTurning();
        }
        words = Messages.forLanguage(language);
        String family = fontFor(language);
        ScreenScale fontScale = family.equals(baseFamily) ? scale
                : scales.computeIfAbsent(family, f -> new ScreenScale(scale.geometry(), f));
        ScreenScale sessionScale = zoomed ? fontScale.zoomed(ZOOM) : fontScale;
        theme.useFont(family, sessionScale.bodyFontPx());
        guide.setLanguage(words, language);
        Look look = new Look(words, sessionScale, landscape, guide::typed, low, services.config().site().code());
        Navigator navigator = new Navigator(HomePage.ID, replay);
        KioskShell shell = new KioskShell(look, services.config().site().name(), navigator, new KioskShell.Actions(this::moreTime,
                this::callStaff, this::toggleContrast, this::reset, this::toggleVoice, this::toggleZoom, this::toggleLow), guide);
        shell.showContrast(Theme.isHighContrast());
        shell.showVoice(guide.isOn());
        guide.onSaid(shell::showSaid);
        if (practice) {
            shell.showMark(words.get("practice.mark"));
        }
        List<String> languages = services.config().site().languages();
        NewsPage news = new NewsPage(look);
        // read at each call: the visit's presenters outlive this build's shell
        Runnable failure = () -> shell().showFailure(true);
        Consumer<Boolean> busy = b -> shell().setBusy(b);
        // each service's screens get their presenter made here, the first time they are asked for: the screens never hold the services
        Later<BookingScreens> booking = new Later<>(() -> new BookingScreens(look, navigator, services.devices(),
                v -> new org.madang.kiosk.booking.BookingPresenter(v, services, tasks, () -> words, visit), news, busy, failure, this::reset));
        Later<MineScreens> mine = new Later<>(() -> new MineScreens(look, navigator, services.devices(),
                v -> new org.madang.kiosk.mine.MinePresenter(v, services, loading(busy, failure), () -> words, visit), news, busy, failure,
                this::reset));
        Later<QueueScreens> queue = new Later<>(() -> new QueueScreens(look, navigator, services.devices(),
                v -> new org.madang.kiosk.queue.QueuePresenter(v, services, loading(busy, failure), () -> words), this::reset));
        java.util.Optional<Later<VerifyScreens>> verify = services.documents().map(d -> new Later<>(() -> new VerifyScreens(look, navigator,
                services.devices(), v -> new org.madang.kiosk.verify.VerifyPresenter(v, services, d, loading(busy, failure)), this::reset)));
        java.util.Optional<Later<DocumentScreens>> documents = services.documents().map(d -> new Later<>(() -> new DocumentScreens(look,
                navigator, services.devices(),
                v -> new org.madang.kiosk.document.DocumentPresenter(v, services, d, loading(busy, failure), () -> words, visit), news,
                busy, failure, this::reset, () -> queue.get().presenter().start(), () -> verify.orElseThrow().get().presenter().start())));
        Later<CourseScreens> courses = new Later<>(() -> new CourseScreens(look, navigator, services.devices(),
                v -> new org.madang.kiosk.course.CoursePresenter(v, services, loading(busy, failure), () -> words, visit), news, busy, failure,
                this::reset, documents.map(d -> () -> d.get().presenter().startWith(DocumentComposer.LEARNING_HISTORY))));
        Later<CheckInPage> checkIn = new Later<>(() -> {
            CheckInPage page = new CheckInPage(look, navigator, services.devices(),
                    v -> new org.madang.kiosk.checkin.CheckInPresenter(v, services, loading(busy, failure)), this::reset);
            page.onCheckedIn(() -> afterService.checkedIn(page));
            return page;
        });
        Later<org.madang.kiosk.welfare.WelfareScreens> welfare = new Later<>(() -> new org.madang.kiosk.welfare.WelfareScreens(look, navigator,
                services.devices(), v -> new org.madang.kiosk.welfare.WelfarePresenter(v, services, loading(busy, failure), () -> words, visit),
                news, busy, failure, this::reset));
        Later<NoticesPage> notices = new Later<>(() -> new NoticesPage(look, navigator,
                v -> new org.madang.kiosk.notice.NoticesPresenter(v, services, loading(busy, failure), visit)));
        afterService.build(look);
        navigator.register(NewsPage.ID, news);
        List<HomePage.Tile> tiles = new ArrayList<>(List.of(
                new HomePage.Tile("home.booking", "calendar", "kiosk.home.booking", "kiosk.home.booking.hint", () -> booking.get().presenter().start()),
                new HomePage.Tile("home.mine", "receipt", "kiosk.home.mine", "kiosk.home.mine.hint", () -> mine.get().presenter().start()),
                new HomePage.Tile("home.courses", "course", "kiosk.home.courses", "kiosk.home.courses.hint", () -> courses.get().presenter().start())));
        documents.ifPresent(d -> tiles.add(new HomePage.Tile("home.documents", "document", "kiosk.home.documents", "kiosk.home.documents.hint",
                () -> d.get().presenter().start())));
        tiles.addAll(List.of(
                new HomePage.Tile("home.checkin", "qr", "kiosk.home.checkin", "kiosk.home.checkin.hint", () -> checkIn.get().presenter().start()),
                new HomePage.Tile("home.queue", "ticket", "kiosk.home.queue", "kiosk.home.queue.hint", () -> queue.get().presenter().start()),
                new HomePage.Tile("home.welfare", "welfare", "kiosk.home.welfare", "kiosk.home.welfare.hint", () -> welfare.get().presenter().start()),
                new HomePage.Tile("home.notices", "notice", "kiosk.home.notices", "kiosk.home.notices.hint", () -> notices.get().presenter().start())));
        if (practiceOpener != null) {
            tiles.add(new HomePage.Tile("home.practice", "experience", "kiosk.home.practice", "kiosk.home.practice.hint", practiceOpener));
        }
        // the idle screen names every service the home screen offers, from the same list
        IdlePage idle = new IdlePage(look, services.config().site().name(), this::wake,
                new LanguageButtons(look, languages, language, this::setLanguage, this::fontFor),
                String.join(", ", tiles.stream().map(t -> words.get(t.titleKey())).toList()));
        navigator.register(IdlePage.ID, idle);
        // the home screen is not in the first frame (the idle screen is): made after it, or at the first touch
        Later<HomePage> home = new Later<>(() -> {
            HomePage page = new HomePage(look, tiles, new LanguageButtons(look, languages, language, this::setLanguage, this::fontFor));
            page.pause(pausedWords(), pausedTouched(), pausedHeadline());
            return page;
        });
        navigator.registerLater(HomePage.ID, home::get);
        LockedPage locked = new LockedPage(look, languages, this::fontFor, this::callStaffWhileLocked);
        lockOrder.ifPresent(o -> locked.showMessage(o.message()));
        navigator.register(LockedPage.ID, locked);
        navigator.registerLater(org.madang.kiosk.staff.StaffExitPage.ID, () -> new org.madang.kiosk.staff.StaffExitPage(look, navigator,
                v -> new org.madang.kiosk.staff.StaffExitPresenter(v, services.clerks(), loading(busy, failure), () -> words, () -> staffExit.run())));
        navigator.onChange(id -> shown(id, navigator, shell, idle));
        shell.setRemaining(words.get("session.remaining", clockText(services.config().session().idle().toSeconds())));
        Set<Integer> used = keep && screens != null ? screens.made() : Set.of();
        screens = new KioskScreens(navigator, shell, idle, home, locked, booking, mine, courses, queue, checkIn, notices, welfare, documents,
                verify);
        // the services this visit used, made now: their presenters show on them what they showed before
        screens.make(used);
        root.removeAll();
        root.add(shell, BorderLayout.CENTER);
        root.revalidate();
        root.repaint();
    }

    /** A screen of this build is showing: the bars, the focus, the voice, the heartbeat and the watchers follow. */
    private void shown(String id, Navigator navigator, KioskShell shell, IdlePage idle) {
        boolean locked = LockedPage.ID.equals(id);
        boolean idling = IdlePage.ID.equals(id) || locked;
        whereabouts = new Whereabouts(id, language, locked ? org.madang.core.terminal.SessionState.LOCKED
                : idling ? org.madang.core.terminal.SessionState.IDLE : org.madang.core.terminal.SessionState.IN_USE);
        if (idling || HomePage.ID.equals(id)) {
            replay.forget();
        }
        shell.setBarsVisible(!idling);
        showVisitor();
        shell.showFailure(false);
        java.awt.Container screen = navigator.screen(id);
        if (screen instanceof KioskPage page) {
            afterService.shown(id, page);
        }
        keypad.focusFirst(screen);
        guide.screenShown(screen);
        if (IdlePage.ID.equals(id)) {
            loadNotices();
        } else {
            idle.stopTurning();
        }
        screenWatchers.forEach(w -> w.accept(id));
    }

    private Navigator navigator() {
        return screens.navigator();
    }

    private KioskShell shell() {
        return screens.shell();
    }

    /**
     * Changes how the screens are drawn ({@code change}: a language, zoom, low position) and builds
     * them again on the screen the resident was on: the presenters tell the new screens what they
     * showed since home, and the way back leads where it led.
     */
    private void rebuildKeeping(Runnable change) {
        String at = navigator().current();
        change.run();
        build(true);
        if (!replay.hasShown() || IdlePage.ID.equals(at) || HomePage.ID.equals(at)) {
            navigator().restart(at);
            return;
        }
        replay.showAgain(() -> navigator().restart(HomePage.ID));
        // a screen a page opened by itself (not through its presenter) cannot be shown again: the one before it stays
        navigator().backTo(at);
    }

    /** The accessibility modes on now, kept with a satisfaction answer. */
    private Set<AccessMode> modesOn() {
        Set<AccessMode> on = EnumSet.noneOf(AccessMode.class);
        if (guide.isOn()) {
            on.add(AccessMode.VOICE);
        }
        if (zoomed) {
            on.add(AccessMode.ZOOM);
        }
        if (low) {
            on.add(AccessMode.LOW_POSITION);
        }
        if (Theme.isHighContrast()) {
            on.add(AccessMode.HIGH_CONTRAST);
        }
        return on;
    }

    /**
     * Who is being served, on every screen once known, with "I'm done" beside it; on the home
     * screen it also says that the next service goes on as them (Home keeps the visit, a reset does not).
     */
    private void showVisitor() {
        if (screens == null) {
            return;
        }
        boolean home = HomePage.ID.equals(navigator().current());
        shell().showVisitor(visit.resident().map(r -> words.get(home ? "kiosk.visit.homeKeeps" : "kiosk.visit.who", r.maskedName())));
    }

    /** The idle screen's notices, read afresh each time it shows; a database hiccup leaves the board as it was. */
    private void loadNotices() {
        IdlePage board = screens.idle();
        tasks.run(() -> services.notices().current(), board::showNotices, e -> log.warn("notices for the idle screen could not be read", e));
    }

    private void tick() {
        if (IdlePage.ID.equals(navigator().current()) || locked()) {
            shell().hideWarning();
            return;
        }
        SessionClock.State state = session.state(clock.instant());
        if (state instanceof SessionClock.State.Expired) {
            reset();
        } else if (state instanceof SessionClock.State.Warning w) {
            shell().setRemaining(words.get("session.remaining", clockText(w.secondsLeft())));
            shell().setWarning(words.get(w.canExtend() ? "session.warning" : "session.lastWarning", w.secondsLeft()), w.canExtend());
        } else if (state instanceof SessionClock.State.Running r) {
            shell().setRemaining(words.get("session.remaining", clockText(r.secondsLeft())));
            shell().hideWarning();
        }
    }

    /** The staff-call button: an alert at the counter, and a word to the resident that help is coming. */
    private void callStaff() {
        String screen = navigator().current();
        Messages said = words;
        tasks.run(() -> services.staffCalls().call(screen), call -> shell().showStaffComing(said.get("kiosk.staff.coming")),
                e -> shell().showFailure(true));
    }

    private void moreTime() {
        session.extend(clock.instant());
        tick();
    }

    private static String clockText(long seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    /**
     * The keypad (ACCESSIBILITY.md #4, #7, #8): Escape is Back, Home is Home, F2 switches high contrast, F3 the voice,
     * Enter presses the focused button (the touch theme binds it), arrows move between controls like Tab.
     */
    private void bindKeys() {
        bindKey(KeyEvent.VK_ESCAPE, "back", () -> {
            if (!IdlePage.ID.equals(navigator().current()) && !locked()) {
                navigator().back();
            }
        });
        bindKey(KeyEvent.VK_HOME, "home", () -> {
            if (!locked()) {
                navigator().home();
            }
        });
        bindKey(KeyEvent.VK_F2, "contrast", this::toggleContrast);
        bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_E, java.awt.event.InputEvent.CTRL_DOWN_MASK | java.awt.event.InputEvent.ALT_DOWN_MASK
                | java.awt.event.InputEvent.SHIFT_DOWN_MASK), "staffExit", this::openStaffExit);
        bindKey(KeyEvent.VK_F3, "voice", this::toggleVoice);
        String earphone = services.config().ui().earphoneKey();
        if (!earphone.isEmpty()) {
            // the earphone jack's key: a plug going in turns the voice on (and never off)
            KeyStroke plug = KeyStroke.getKeyStroke(earphone);
            if (plug != null) {
                root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(plug, "earphone");
                root.getActionMap().put("earphone", new AbstractAction() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void actionPerformed(java.awt.event.ActionEvent e) {
                        setVoice(true);
                    }
                });
            }
        }
        Keypad.arrowsMoveFocus(root);
    }

    /** The staff exit's sign-in, where the kiosk offers it (on any screen, the maintenance lock's too). */
    private void openStaffExit() {
        if (staffExit != null) {
            ((org.madang.kiosk.staff.StaffExitPage) navigator().screen(org.madang.kiosk.staff.StaffExitPage.ID)).presenter().start();
        }
    }

    private void bindKey(int key, String name, Runnable action) {
        bindKey(KeyStroke.getKeyStroke(key, 0), name, action);
    }

    private void bindKey(KeyStroke stroke, String name, Runnable action) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(stroke, name);
        root.getActionMap().put(name, new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                action.run();
            }
        });
    }
}
