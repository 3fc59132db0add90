package org.madang.counter;

import java.awt.AWTEvent;
import java.awt.CardLayout;
import java.awt.event.AWTEventListener;
import java.util.ArrayList;
import javax.swing.Timer;
import org.madang.core.clerk.Permission;
import org.madang.counter.documents.DocumentsPanel;
import org.madang.counter.documents.DocumentsPresenter;
import org.madang.counter.login.LockPanel;
import org.madang.counter.login.LockPresenter;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;
import org.madang.core.clerk.Clerk;
import org.madang.core.event.Event;
import org.madang.core.queue.TicketOutcome;
import org.madang.counter.kiosks.StaffCallStrip;
import org.madang.counter.kiosks.StaffCallsPresenter;
import org.madang.counter.learning.CoursesPanel;
import org.madang.counter.learning.CoursesPresenter;
import org.madang.counter.login.LoginPanel;
import org.madang.counter.login.LoginPresenter;
import org.madang.counter.payments.PaymentsPanel;
import org.madang.counter.payments.PaymentsPresenter;
import org.madang.counter.queue.DeskBar;
import org.madang.counter.queue.QueuePanel;
import org.madang.counter.queue.QueuePresenter;
import org.madang.counter.residents.PinPanel;
import org.madang.counter.residents.PinPresenter;
import org.madang.counter.residents.ResidentsPanel;
import org.madang.counter.residents.ResidentsPresenter;
import org.madang.counter.shell.CounterShell;
import org.madang.counter.today.TodayPanel;
import org.madang.counter.today.TodayPresenter;
import org.madang.ui.Messages;
import org.madang.ui.Tasks;

/**
 * The clerk's window content: sign-in, then the integrated counter (COUNTER.md) — the top bar
 * with the desk's ticket, the rail of workspaces, and every screen kept current by one follower
 * of the site's event log.
 */
public final class CounterApp {
    public static final String LOGIN = "login";
    public static final String QUEUE = "queue";
    public static final String RESIDENTS = "residents";
    public static final String BOOKINGS = "bookings";
    public static final String COURSES = "courses";
    public static final String DOCUMENTS = "documents";
    public static final String PAYMENTS = "payments";
    public static final String CASES = "cases";
    public static final String KIOSKS = "kiosks";
    public static final String REPORTS = "reports";
    public static final String SETTINGS = "settings";
    private static final String DESK = "desk";
    private static final String LOCKED = "locked";
    /** The smallest screen a counter runs on. */
    public static final int MIN_WIDTH = 1366;
    public static final int MIN_HEIGHT = 768;

    private final CounterServices services;
    private final Tasks tasks;
    private final Messages words;
    private final CardLayout cards = new CardLayout();
    private final JPanel root = new JPanel(cards);
    /** Where the follower's batches go: the signed-in clerk's screens, or nowhere after signing out. */
    private volatile Consumer<List<Event>> session = events -> { };
    private boolean following;
    private CounterShell shell;
    private QueuePanel queuePanel;
    private ResidentsPresenter residentsPresenter;
    private final LoginPanel login;
    private LockPanel lockPanel;
    /** The login of the clerk signed in, null at the sign-in. */
    private String signedInAs;
    private org.madang.counter.kiosks.KiosksPanel kiosksPanel;
    /** The link to the county's database, under the top bar of every workspace (shown only on a county, while it is down). */
    private org.madang.counter.shell.CountyLinkStrip countyStrip;
    /** The same above the sign-in: a clerk signs in once the county answers. */
    private final org.madang.counter.shell.CountyLinkStrip loginStrip;
    /** The screen showing, for the counter's heartbeat: set on the UI thread, read on the heartbeat's. */
    private volatile String where = LOGIN;
    private boolean locked;
    /** Locks the window once nobody has touched it for the configured time. */
    private final Timer idle;
    /** Any key or click in the application counts as the clerk being there. */
    private final AWTEventListener activity;
    private final int lockAfter;
    /** Where the keyboard goes when the window opens or is unlocked. */
    private Runnable focusTo = () -> { };

    public CounterApp(CounterServices services, Tasks tasks, Messages words) {
        this.services = services;
        this.tasks = tasks;
        this.words = words;
        root.setName("counter.root");
        // the smallest desk the counter is made for (COUNTER.md): a packed window opens at least this big,
        // never at the sign-in form's size, in which the workspaces would be squeezed past their controls
        root.setPreferredSize(new java.awt.Dimension(MIN_WIDTH, MIN_HEIGHT));
        String hint = services.demoSignIn().map(d -> words.get("counter.login.demo", d.clerk(), d.supervisor(), d.admin(), d.password()))
                .orElse("");
        login = new LoginPanel(words, hint, this::signedIn);
        login.attach(new LoginPresenter(login, services.clerks(), tasks));
        loginStrip = new org.madang.counter.shell.CountyLinkStrip(words, services.clock().getZone(), "login.county", "counter.county.downLogin");
        JPanel signIn = new JPanel(new java.awt.BorderLayout());
        signIn.add(loginStrip, java.awt.BorderLayout.NORTH);
        signIn.add(login, java.awt.BorderLayout.CENTER);
        root.add(signIn, LOGIN);
        cards.show(root, LOGIN);
        lockAfter = services.config().counter().lockAfterSeconds();
        idle = new Timer(Math.max(1, lockAfter) * 1000, e -> lock());
        idle.setRepeats(false);
        activity = event -> {
            if (shell != null && !locked && lockAfter > 0) {
                idle.restart();
            }
        };
        if (lockAfter > 0) {
            java.awt.Toolkit.getDefaultToolkit().addAWTEventListener(activity,
                    AWTEvent.KEY_EVENT_MASK | AWTEvent.MOUSE_EVENT_MASK | AWTEvent.MOUSE_WHEEL_EVENT_MASK);
        }
    }

    private org.madang.counter.shell.CountyLinkStrip countyStrip() {
        if (countyStrip == null) {
            // a centre's counter with its cache goes on calling tickets through an outage: the strip says so
            countyStrip = new org.madang.counter.shell.CountyLinkStrip(words, services.clock().getZone(), "county",
                    services.queue().counters().callsThroughOutage() ? "counter.county.downCalling" : "counter.county.down");
        }
        return countyStrip;
    }

    /**
     * Shows the state of the link to the county's database (a centre of a county): while it is
     * down, a strip on every workspace says since when and that nothing can be saved. On the UI thread.
     */
    public void showCountyLink(org.madang.core.county.CountyLink.State state) {
        countyStrip().show(state);
        loginStrip.show(state);
    }

    /** What the county link's strip says now (empty while hidden). */
    public String countyLinkSaid() {
        return countyStrip().said();
    }

    /** Every screen id of the counter: the sign-in and each workspace. */
    public static List<String> screenIds() {
        return List.of(LOGIN, QUEUE, RESIDENTS, BOOKINGS, COURSES, DOCUMENTS, PAYMENTS, CASES, KIOSKS, REPORTS, SETTINGS);
    }

    /** Opens the clerk's window (after a sign-in, or directly for screenshots): the workspaces their role may use. */
    public void signedIn(Clerk clerk) {
        if (shell != null) {
            root.remove(shell);
        }
        if (lockPanel != null) {
            root.remove(lockPanel);
        }
        if (kiosksPanel != null) {
            kiosksPanel.stop();
        }
        String who = clerk.login();
        signedInAs = who;
        JPanel top = new JPanel(new MigLayout("wrap 1, insets 0, gap 0, fillx, hidemode 3", "[grow, fill]"));
        DeskBar bar = new DeskBar(words, clerk.name() + " · " + words.get(clerk.role().messageKey()), services.config().counter().number(), this::redirectForm, this::signOut, this::lock);
        top.add(bar);
        top.add(countyStrip());
        shell = new CounterShell(words, top);
        shell.onShown(id -> where = id);
        List<Consumer<List<Event>>> listeners = new ArrayList<>();
        List<Runnable> loads = new ArrayList<>();
        if (clerk.may(Permission.WINDOW)) {
            StaffCallStrip strip = new StaffCallStrip(words);
            StaffCallsPresenter calls = new StaffCallsPresenter(strip, services.staffCalls(), tasks, who);
            strip.attach(calls);
            top.add(strip);
            listeners.add(calls::eventsArrived);
            loads.add(calls::reload);
            window(clerk, bar, listeners, loads);
        } else {
            bar.withoutDesk();
            queuePanel = null;
            residentsPresenter = null;
        }
        if (clerk.may(Permission.CASES_OWN) || clerk.may(Permission.CASES_ALL)) {
            org.madang.counter.cases.CasesPanel casesPanel = new org.madang.counter.cases.CasesPanel(words, clerk.may(Permission.CASES_ALL),
                    clerk.may(Permission.ASSIGN_CASES), clerk.may(Permission.CASE_AUDIT));
            org.madang.counter.cases.CasesPresenter cases = new org.madang.counter.cases.CasesPresenter(casesPanel, services.care(),
                    services.clock(), tasks, clerk);
            casesPanel.attach(cases);
            shell.addWorkspace(CASES, "counter.workspace.cases", casesPanel);
            listeners.add(cases::eventsArrived);
            loads.add(cases::reload);
        }
        // every role sees the fleet (a clerk changes the paper); supervisors and admins lock kiosks
        kiosksPanel = new org.madang.counter.kiosks.KiosksPanel(words, clerk.may(Permission.KIOSKS));
        org.madang.counter.kiosks.FleetAlertStrip alertStrip = new org.madang.counter.kiosks.FleetAlertStrip(words, kiosksPanel::alertText,
                () -> shell.show(KIOSKS));
        top.add(alertStrip);
        org.madang.counter.kiosks.KiosksPresenter kiosks = new org.madang.counter.kiosks.KiosksPresenter(kiosksPanel, alertStrip,
                services.fleet(), services.clock(), tasks, who);
        kiosksPanel.attach(kiosks);
        shell.addWorkspace(KIOSKS, "counter.workspace.kiosks", kiosksPanel);
        listeners.add(kiosks::eventsArrived);
        loads.add(kiosks::reload);
        // every role reads the reports: how the kiosk's services went (satisfaction, for now)
        org.madang.counter.reports.SatisfactionPanel satisfactionPanel = new org.madang.counter.reports.SatisfactionPanel(words,
                services.clock());
        org.madang.counter.reports.SatisfactionPresenter satisfaction = new org.madang.counter.reports.SatisfactionPresenter(
                satisfactionPanel, services.satisfaction(), services.clock(), tasks);
        satisfactionPanel.attach(satisfaction);
        org.madang.counter.reports.ReportText reportText = new org.madang.counter.reports.ReportText(words);
        org.madang.counter.reports.ReportsPanel reportsPanel = new org.madang.counter.reports.ReportsPanel(reportText,
                () -> org.madang.counter.reports.ReportExports.chartFamily(services.reports().pdfFont()));
        // the county's staff (an account of no centre) may read the whole county's report too
        reportsPanel.attach(new org.madang.counter.reports.ReportsPresenter(reportsPanel, services.reports().site(),
                services.reports().county().filter(c -> clerk.ofCounty()), new org.madang.counter.reports.ReportExports(reportText, services.reports().pdfFont()), services.clock(), tasks,
                words.language()));
        javax.swing.JTabbedPane reports = new javax.swing.JTabbedPane();
        reports.setName("screen.reports");
        reports.addTab(words.get("counter.report.workspace"), reportsPanel);
        reports.addTab(words.get("counter.satisfaction.title"), satisfactionPanel);
        shell.addWorkspace(REPORTS, "counter.workspace.reports", reports);
        listeners.add(satisfaction::eventsArrived);
        loads.add(satisfaction::reload);
        if (clerk.may(Permission.MANAGE_CLERKS)) {
            org.madang.counter.settings.SettingsWorkspace settings = new org.madang.counter.settings.SettingsWorkspace(services, tasks,
                    words, who);
            shell.addWorkspace(SETTINGS, "counter.workspace.settings", settings.component());
            if (!clerk.may(Permission.WINDOW)) {
                // an administrator's work is the accounts: their window opens there, Reports beside it
                shell.show(SETTINGS);
            }
            listeners.addAll(settings.listeners());
            loads.addAll(settings.loads());
        }
        shell.act("counter.menu.account", "counter.desk.lock", KeyStroke.getKeyStroke(KeyEvent.VK_L, InputEvent.CTRL_DOWN_MASK), "lock",
                this::lock);
        shell.act("counter.menu.account", "counter.desk.signOut", "signOut", this::signOut);
        shell.menuOrder("counter.menu.desk", "counter.menu.go", "counter.menu.account");
        lockPanel = new LockPanel(words, clerk, this::unlocked, this::signOut);
        lockPanel.attach(new LockPresenter(lockPanel, services.clerks(), tasks, who));
        root.add(shell, DESK);
        root.add(lockPanel, LOCKED);
        cards.show(root, DESK);
        where = shell.current();
        locked = false;
        awake();
        // the sign-in form that had the keyboard is gone: give it to the search box, or the desk's keys would reach nothing
        focusTo = bar::focusSearch;
        root.revalidate();
        focusTo.run();

        session = events -> listeners.forEach(l -> l.accept(events));
        follow();
        loads.forEach(Runnable::run);
    }

    /** The window work: queue, residents (and acting for them), bookings, courses, documents and fees. */
    private void window(Clerk clerk, DeskBar bar, List<Consumer<List<Event>>> listeners, List<Runnable> loads) {
        String who = clerk.login();
        queuePanel = new QueuePanel(words, bar);
        QueuePresenter desk = new QueuePresenter(queuePanel, services.queue(), tasks, who);
        queuePanel.attach(desk);
        TodayPanel todayPanel = new TodayPanel(words);
        TodayPresenter today = new TodayPresenter(todayPanel, services, tasks);
        todayPanel.onRefresh(today::reload);
        CoursesPanel coursesPanel = new CoursesPanel(words);
        CoursesPresenter courses = new CoursesPresenter(coursesPanel, services, tasks);
        coursesPanel.onRefresh(courses::reload);
        coursesPanel.onTopic(courses::chooseTopic);
        PinPanel pinPanel = new PinPanel(words);
        pinPanel.attach(new PinPresenter(pinPanel, services, tasks, who));
        // issued documents above the PIN, where the site issues documents; the PIN alone otherwise
        JComponent documentsWorkspace = pinPanel;
        if (services.documents().isPresent()) {
            DocumentsPanel panel = new DocumentsPanel(words, pinPanel);
            panel.allowRevoke(clerk.may(Permission.REVOKE_DOCUMENT));
            DocumentsPresenter documents = new DocumentsPresenter(panel, services.documents().get(), tasks, who);
            panel.attach(documents);
            documentsWorkspace = panel;
            listeners.add(documents::eventsArrived);
            loads.add(documents::reload);
        } else {
            pinPanel.setName("screen.documents");
        }
        ResidentsPanel residentsPanel = new ResidentsPanel(words);
        residentsPanel.allowReveal(clerk.may(Permission.REVEAL_RRN));
        residentsPanel.allowBanChange(clerk.may(Permission.LIFT_BAN));
        org.madang.counter.cases.ResidentCarePanel carePanel = new org.madang.counter.cases.ResidentCarePanel(words);
        org.madang.counter.cases.ResidentCarePresenter care = new org.madang.counter.cases.ResidentCarePresenter(carePanel, services.care(),
                tasks, who);
        carePanel.attach(care);
        residentsPanel.addCare(carePanel);
        listeners.add(care::eventsArrived);
        loads.add(care::reload);
        ResidentsPresenter residents = new ResidentsPresenter(residentsPanel, services.people().search(), services.people().files(),
                services.people().registry(), tasks, who, resident -> {
                    care.open(resident);
                    desk.current().ifPresent(t -> tasks.run(() -> {
                        services.queue().counters().servedResident(t.id(), resident, who);
                        return resident;
                    }, done -> { }, e -> { }));
                });
        org.madang.counter.behalf.BehalfPresenter behalf = new org.madang.counter.behalf.BehalfPresenter(residentsPanel.behalfView(),
                services, tasks, who, () -> words);
        residentsPanel.attach(residents, behalf);
        services.documents().ifPresent(d -> {
            org.madang.counter.documents.IssuePanel issuePanel = new org.madang.counter.documents.IssuePanel(words, residentsPanel::backToFile);
            org.madang.counter.documents.IssuePresenter issuing = new org.madang.counter.documents.IssuePresenter(issuePanel, d, tasks, who);
            issuePanel.attach(issuing);
            residentsPanel.addIssuing(issuePanel, issuing::forResident);
        });
        residentsPresenter = residents;
        bar.onSearch(typed -> {
            shell.show(RESIDENTS);
            residents.search(typed);
        });
        PaymentsPanel paymentsPanel = new PaymentsPanel(words);
        PaymentsPresenter payments = new PaymentsPresenter(paymentsPanel, services.cashier(), services.clock(), tasks, who, () -> words);
        paymentsPanel.attach(payments);

        shell.addWorkspace(QUEUE, "counter.workspace.queue", queuePanel);
        shell.addWorkspace(RESIDENTS, "counter.workspace.residents", residentsPanel);
        shell.addWorkspace(BOOKINGS, "counter.workspace.bookings", todayPanel);
        // the class registers beside the waiting-list seats and the wishes
        org.madang.counter.learning.AttendancePanel attendancePanel = new org.madang.counter.learning.AttendancePanel(words);
        org.madang.counter.learning.AttendancePresenter attendance = new org.madang.counter.learning.AttendancePresenter(attendancePanel,
                services.roster(), tasks, who);
        attendancePanel.attach(attendance);
        javax.swing.JTabbedPane learning = new javax.swing.JTabbedPane();
        learning.setName("courses.tabs");
        learning.addTab(words.get("counter.courses.tab"), coursesPanel);
        learning.addTab(words.get("counter.attendance.title"), attendancePanel);
        shell.addWorkspace(COURSES, "counter.workspace.courses", learning);
        listeners.add(attendance::eventsArrived);
        loads.add(attendance::reload);
        shell.addWorkspace(DOCUMENTS, "counter.workspace.documents", documentsWorkspace);
        shell.addWorkspace(PAYMENTS, "counter.workspace.payments", paymentsPanel);
        bindDeskKeys(desk, queuePanel);
        shell.act("counter.menu.go", "counter.menu.search", KeyStroke.getKeyStroke(KeyEvent.VK_K, InputEvent.CTRL_DOWN_MASK), "search",
                bar::focusSearch);

        listeners.add(desk::eventsArrived);
        listeners.add(today::eventsArrived);
        listeners.add(courses::eventsArrived);
        listeners.add(payments::eventsArrived);
        listeners.add(residents::eventsArrived);
        loads.add(desk::start);
        loads.add(today::reload);
        loads.add(courses::reload);
        loads.add(payments::reload);
    }

    /**
     * Hides the window behind the clerk's password (Ctrl+L, or after {@code counter.lockAfterSeconds}
     * untouched): the desk keeps its ticket and the screens keep following the site meanwhile.
     */
    public void lock() {
        if (shell == null || locked) {
            return;
        }
        locked = true;
        where = LOCKED;
        idle.stop();
        cards.show(root, LOCKED);
        lockPanel.focusPassword();
    }

    private void unlocked() {
        locked = false;
        where = shell.current();
        cards.show(root, DESK);
        awake();
        focusTo.run();
    }

    /** The clerk is at the desk: the idle lock counts from now (when the site locks idle counters). */
    private void awake() {
        if (lockAfter > 0) {
            idle.restart();
        }
    }

    /** The screen showing (a workspace, the sign-in, the lock), for the heartbeat: safe to read from any thread. */
    public String where() {
        return where;
    }

    /** Whether a clerk is signed in (the window may be locked meanwhile), for the heartbeat: safe to read from any thread. */
    public boolean inUse() {
        return !LOGIN.equals(where);
    }

    /** Whether the window is locked (for tests). */
    public boolean isLocked() {
        return locked;
    }

    /** The desk's acts on keys that work from any workspace, as the buttons' tooltips say. */
    private void bindDeskKeys(QueuePresenter desk, QueuePanel queuePanel) {
        String menu = "counter.menu.desk";
        shell.act(menu, "counter.desk.next", KeyStroke.getKeyStroke(KeyEvent.VK_F5, 0), "desk.next", desk::callNext);
        shell.act(menu, "counter.desk.recall", KeyStroke.getKeyStroke(KeyEvent.VK_F6, 0), "desk.recall", desk::recall);
        shell.act(menu, "counter.desk.start", KeyStroke.getKeyStroke(KeyEvent.VK_F7, 0), "desk.start", desk::startServing);
        shell.act(menu, "counter.desk.finish", KeyStroke.getKeyStroke(KeyEvent.VK_F8, 0), "desk.finish",
                () -> desk.finish(TicketOutcome.SERVED));
        shell.act(menu, "counter.desk.noShow", KeyStroke.getKeyStroke(KeyEvent.VK_F9, 0), "desk.noShow", desk::noShow);
        shell.act(menu, "counter.desk.redirect", KeyStroke.getKeyStroke(KeyEvent.VK_R, InputEvent.CTRL_DOWN_MASK), "desk.redirect",
                this::redirectForm);
        shell.act(menu, "counter.desk.postpone", KeyStroke.getKeyStroke(KeyEvent.VK_P, InputEvent.CTRL_DOWN_MASK), "desk.postpone",
                desk::postpone);
    }

    /** The redirect choice lives in the Queue workspace: there, with the keyboard on it. */
    private void redirectForm() {
        shell.show(QUEUE);
        queuePanel.focusRedirect();
    }

    private void follow() {
        if (following) {
            return;
        }
        following = true;
        tasks.run(() -> services.events().latestId(), latest -> services.follower().start(latest, events -> session.accept(events)),
                e -> following = false);
    }

    /** Back to the sign-in; the desk's ticket stays with the desk for whoever signs in next. */
    public void signOut() {
        session = events -> { };
        if (signedInAs != null) {
            services.clerks().signedOut(signedInAs);
            signedInAs = null;
        }
        if (kiosksPanel != null) {
            kiosksPanel.stop();
            kiosksPanel = null;
        }
        residentsPresenter = null;
        queuePanel = null;
        idle.stop();
        locked = false;
        if (shell != null) {
            root.remove(shell);
            shell = null;
        }
        if (lockPanel != null) {
            root.remove(lockPanel);
            lockPanel = null;
        }
        login.showSignInForm();
        cards.show(root, LOGIN);
        where = LOGIN;
    }

    /**
     * Looks up what a device at the desk read — a receipt's or document's QR code under the
     * scanner, the registration number of an ID card in the reader — as if typed in the search
     * box; ignored while nobody is signed in. On the UI thread.
     */
    public void search(String read) {
        if (shell != null && residentsPresenter != null) {
            shell.show(RESIDENTS);
            residentsPresenter.search(read);
        }
    }

    /** The desk's card reader could not read a card: the Residents workspace asks for it again. */
    public void cardUnreadable() {
        if (shell != null && residentsPresenter != null) {
            shell.show(RESIDENTS);
            residentsPresenter.cardUnreadable();
        }
    }

    /** Shows one workspace (for screenshots and tests). */
    public void showTab(String id) {
        shell.show(id);
    }

    public JComponent root() {
        return root;
    }

    public void stop() {
        idle.stop();
        if (kiosksPanel != null) {
            kiosksPanel.stop();
        }
        java.awt.Toolkit.getDefaultToolkit().removeAWTEventListener(activity);
        services.follower().close();
    }
}
