package org.madang.app;

import java.awt.image.BufferedImage;
import java.util.List;
import org.madang.core.demo.DemoSeeder;
import org.madang.core.queue.CallOutcome;
import org.madang.core.queue.CounterQueue;
import org.madang.core.queue.QueueLine;
import org.madang.core.queue.TicketOutcome;
import org.madang.counter.CounterApp;
import org.madang.counter.CounterServices;
import org.madang.counter.board.Board;
import org.madang.hardware.sim.SimulatedVoice;
import org.madang.ui.DirectTasks;
import org.madang.ui.Messages;
import org.madang.ui.Offscreen;
import org.madang.ui.Theme;

/**
 * Stages the counter's workspaces and the display board on a site for {@code madang screenshot}:
 * a ticket called to the desk, a kiosk's staff call, numbers called to several desks.
 */
final class CounterStager {
    /** The counter's Queue workspace with a ticket called and recalled at the desk. */
    static final String QUEUE_SERVING = CounterApp.QUEUE + ".serving";
    /** The Queue workspace of a centre whose county database has not answered for three minutes. */
    static final String QUEUE_COUNTY_LOST = CounterApp.QUEUE + ".countyLost";
    /** The sign-in while the county's database does not answer. */
    static final String LOGIN_COUNTY_LOST = CounterApp.LOGIN + ".countyLost";
    /** The Bookings workspace with a kiosk's staff call waiting. */
    static final String STAFF_CALL = CounterApp.BOOKINGS + ".staffCall";
    /** The resident view's booking and enrolling on their behalf, with their bookings to cancel or check in. */
    static final String BEHALF = CounterApp.RESIDENTS + ".behalf";
    /** The resident view's document issuing, a counter-only document checked and its fee shown. */
    static final String ISSUE = CounterApp.RESIDENTS + ".issue";
    /** The Courses workspace's class register, the first course under way open at its latest class. */
    static final String ATTENDANCE = CounterApp.COURSES + ".attendance";
    /** An officer's residents (the demo's first officer), the first — with a request from this morning — opened at its needs. */
    static final String CASES = CounterApp.CASES;
    /** The officer's case of the first demo card holder at its consultations and home visits. */
    static final String CASES_VISITS = CounterApp.CASES + ".visits";
    /** A supervisor's view of every case: assigning below the list, a case opened for a reason, who looked at it. */
    static final String CASES_ASSIGN = CounterApp.CASES + ".assign";
    /** Settings' lists of needs and welfare services (an administrator's). */
    static final String SETTINGS_CARE = CounterApp.SETTINGS + ".care";
    /** Settings' policy figures, a change typed and previewed (an administrator's). */
    static final String SETTINGS_POLICY = CounterApp.SETTINGS + ".policy";
    /** Settings' closures: the first tennis court closed tomorrow, the bookings it hits previewed. */
    static final String SETTINGS_CLOSURES = CounterApp.SETTINGS + ".closures";
    /** Settings' facilities, the first open for editing. */
    static final String SETTINGS_FACILITIES = CounterApp.SETTINGS + ".facilities";
    /** Settings' notices, the newest open for changing. */
    static final String SETTINGS_NOTICES = CounterApp.SETTINGS + ".notices";
    /** Settings' courses, the first open for changing. */
    static final String SETTINGS_COURSES = CounterApp.SETTINGS + ".courses";
    /** Settings' terms, the newest open for changing. */
    static final String SETTINGS_TERMS = CounterApp.SETTINGS + ".terms";
    /** Settings' instructors, the first open with their photo. */
    static final String SETTINGS_INSTRUCTORS = CounterApp.SETTINGS + ".instructors";
    /** Settings' document types, the first open for changing. */
    static final String SETTINGS_DOCUMENT_TYPES = CounterApp.SETTINGS + ".documentTypes";
    /** Settings' queue services and the desks that call them, desk 2 set to one service. */
    static final String SETTINGS_QUEUE = CounterApp.SETTINGS + ".queueServices";
    /** The window locked after idle (or Ctrl+L). */
    static final String LOCKED = "locked";
    static final String BOARD = "board";
    /** The board when nothing has been called for a while: the notices. */
    static final String BOARD_IDLE = "board.idle";

    private CounterStager() {
    }

    static List<String> counterScreens() {
        List<String> ids = new java.util.ArrayList<>(CounterApp.screenIds());
        ids.add(ids.indexOf(CounterApp.LOGIN) + 1, LOGIN_COUNTY_LOST);
        ids.add(ids.indexOf(CounterApp.QUEUE) + 1, QUEUE_COUNTY_LOST);
        ids.add(ids.indexOf(CounterApp.QUEUE) + 1, QUEUE_SERVING);
        ids.add(ids.indexOf(CounterApp.BOOKINGS) + 1, STAFF_CALL);
        ids.add(ids.indexOf(CounterApp.RESIDENTS) + 1, ISSUE);
        ids.add(ids.indexOf(CounterApp.RESIDENTS) + 1, BEHALF);
        ids.add(ids.indexOf(CounterApp.COURSES) + 1, ATTENDANCE);
        ids.add(ids.indexOf(CASES) + 1, CASES_ASSIGN);
        ids.add(ids.indexOf(CASES) + 1, CASES_VISITS);
        ids.add(ids.indexOf(CounterApp.SETTINGS) + 1, SETTINGS_NOTICES);
        ids.add(ids.indexOf(CounterApp.SETTINGS) + 1, SETTINGS_QUEUE);
        ids.add(ids.indexOf(CounterApp.SETTINGS) + 1, SETTINGS_DOCUMENT_TYPES);
        ids.add(ids.indexOf(CounterApp.SETTINGS) + 1, SETTINGS_INSTRUCTORS);
        ids.add(ids.indexOf(CounterApp.SETTINGS) + 1, SETTINGS_TERMS);
        ids.add(ids.indexOf(CounterApp.SETTINGS) + 1, SETTINGS_COURSES);
        ids.add(ids.indexOf(CounterApp.SETTINGS) + 1, SETTINGS_FACILITIES);
        ids.add(ids.indexOf(CounterApp.SETTINGS) + 1, SETTINGS_CLOSURES);
        ids.add(ids.indexOf(CounterApp.SETTINGS) + 1, SETTINGS_POLICY);
        ids.add(ids.indexOf(CounterApp.SETTINGS) + 1, SETTINGS_CARE);
        ids.add(LOCKED);
        return ids;
    }

    static List<String> displayScreens() {
        return List.of(BOARD, BOARD_IDLE);
    }

    static BufferedImage counter(SiteRuntime site, KioskAssembly.FontChoice font, String screen, String language, int width, int height) {
        Theme.installDesk(font.family());
        CounterServices services = CounterAssembly.services(site, true, font.family());
        CounterApp app = new CounterApp(services, new DirectTasks(), Messages.forLanguage(language));
        if (STAFF_CALL.equals(screen)) {
            // a resident at the demo's first kiosk pressed "call staff" on the calendar
            site.staffCalls(site.events()).call("booking.days");
        }
        if (QUEUE_SERVING.equals(screen)) {
            CounterQueue.Desk desk = services.queue().desk();
            if (services.queue().counters().callNext(desk, DemoSeeder.DEMO_CLERK_LOGIN) instanceof CallOutcome.Called called) {
                services.queue().counters().recall(called.ticket().id(), desk, DemoSeeder.DEMO_CLERK_LOGIN);
            }
        }
        if (CounterApp.KIOSKS.equals(screen)) {
            fleet(site);
        }
        if (LOGIN_COUNTY_LOST.equals(screen)) {
            app.showCountyLink(new org.madang.core.county.CountyLink.State(false, site.clock.instant().minusSeconds(180),
                    "Connection to county-db.example:5432 refused"));
        } else if (!CounterApp.LOGIN.equals(screen)) {
            app.signedIn(demoClerk(site, screen.startsWith(CounterApp.SETTINGS) ? DemoSeeder.DEMO_ADMIN_LOGIN
                    : CASES_ASSIGN.equals(screen) || CounterApp.KIOSKS.equals(screen) ? DemoSeeder.DEMO_SUPERVISOR_LOGIN
                    : screen.startsWith(CASES) ? DemoSeeder.DEMO_OFFICER_LOGIN : DemoSeeder.DEMO_CLERK_LOGIN));
            if (LOCKED.equals(screen)) {
                app.lock();
            } else {
                app.showTab(screen.contains(".") ? screen.substring(0, screen.indexOf('.')) : screen);
            }
            if (QUEUE_COUNTY_LOST.equals(screen)) {
                app.showCountyLink(new org.madang.core.county.CountyLink.State(false, site.clock.instant().minusSeconds(180),
                        "Connection to county-db.example:5432 refused"));
            }
            if (screen.startsWith(CounterApp.RESIDENTS)) {
                // the first demo card holder, found by the registration number on her card, as the desk's reader would
                app.search(org.madang.core.demo.DemoCards.RESIDENTS.get(0).card().nationalId());
            }
            if (BEHALF.equals(screen)) {
                click(app.root(), "resident.act");
                // the first facility, on its first day open for booking
                find(app.root(), "behalf.facility", javax.swing.JComboBox.class).setSelectedIndex(0);
                javax.swing.JList<?> days = find(app.root(), "behalf.days", javax.swing.JList.class);
                for (int i = 0; i < days.getModel().getSize(); i++) {
                    if (days.getModel().getElementAt(i) instanceof org.madang.core.booking.CalendarDay d && d.choosable()) {
                        days.setSelectedIndex(i);
                        break;
                    }
                }
            }
            if (CounterApp.REPORTS.equals(screen)) {
                // this month's report, open at the facilities: the heat map and the fullest facilities above the table
                click(app.root(), "report.make");
                find(app.root(), "report.sections", javax.swing.JTabbedPane.class).setSelectedIndex(1);
            }
            if (ATTENDANCE.equals(screen)) {
                find(app.root(), "courses.tabs", javax.swing.JTabbedPane.class).setSelectedIndex(1);
                find(app.root(), "attendance.courses", javax.swing.JList.class).setSelectedIndex(0);
            }
            if (screen.startsWith(CASES)) {
                stageCase(app.root(), screen);
            }
            if (screen.startsWith(CounterApp.SETTINGS + ".")) {
                // the tab whose panel the screen names (settings.courses → the panel named settings.courses)
                javax.swing.JTabbedPane settings = find(app.root(), "settings.tabs", javax.swing.JTabbedPane.class);
                for (int i = 0; i < settings.getTabCount(); i++) {
                    if (screen.equals(settings.getComponentAt(i).getName())) {
                        settings.setSelectedIndex(i);
                    }
                }
            }
            if (SETTINGS_CARE.equals(screen)) {
                find(app.root(), "care.needs", javax.swing.JTable.class).setRowSelectionInterval(1, 1);
            }
            if (SETTINGS_POLICY.equals(screen)) {
                find(app.root(), "settings.policy", org.madang.counter.settings.PolicyPanel.class).type("perWeek", "3");
                click(app.root(), "policy.preview");
            }
            if (SETTINGS_CLOSURES.equals(screen)) {
                java.time.LocalDate tomorrow = java.time.LocalDate.now(site.clock).plusDays(1);
                long court = site.facilities().all().stream().filter(f -> f.category() == org.madang.core.facility.FacilityCategory.SPORTS)
                        .findFirst().orElseThrow().id();
                find(app.root(), "settings.closures", org.madang.counter.settings.ClosuresPanel.class).type(java.util.Optional.of(court),
                        tomorrow.toString(), tomorrow.toString(), "코트 바닥 보수 공사", "Court floor repair");
                click(app.root(), "closure.preview");
            }
            if (SETTINGS_FACILITIES.equals(screen)) {
                find(app.root(), "facility.list", javax.swing.JList.class).setSelectedIndex(0);
            }
            if (SETTINGS_NOTICES.equals(screen)) {
                find(app.root(), "notice.table", javax.swing.JTable.class).setRowSelectionInterval(0, 0);
            }
            if (SETTINGS_COURSES.equals(screen) || SETTINGS_TERMS.equals(screen) || SETTINGS_INSTRUCTORS.equals(screen)
                    || SETTINGS_DOCUMENT_TYPES.equals(screen) || SETTINGS_QUEUE.equals(screen)) {
                stageCatalogue(app.root(), screen, site);
            }
            if (ISSUE.equals(screen)) {
                click(app.root(), "resident.issue");
                choose(app.root(), "issue.type", "rr-copy");
                click(app.root(), "issue.check");
            }
        }
        BufferedImage image = Offscreen.render(app.root(), width, height);
        app.stop();
        return image;
    }

    /** A catalogue tab with its first entry open; the instructor with a photo, desk 2 set to call one service. */
    private static void stageCatalogue(javax.swing.JComponent root, String screen, SiteRuntime site) {
        String list = switch (screen.substring(CounterApp.SETTINGS.length() + 1)) {
            case "courses" -> "course.list";
            case "terms" -> "term.list";
            case "instructors" -> "instructor.list";
            case "documentTypes" -> "documentType.list";
            default -> "queueService.list";
        };
        if (SETTINGS_INSTRUCTORS.equals(screen)) {
            portrait(site, "instructor:" + ((org.madang.core.course.InstructorDesk.Entry) find(root, list, javax.swing.JList.class)
                    .getModel().getElementAt(0)).id());
        }
        if (SETTINGS_QUEUE.equals(screen)) {
            String second = new org.madang.core.queue.QueueServiceDesk(site.database.jdbi(), site.events()).all().get(1).code();
            find(root, "queueDesk.number", javax.swing.JSpinner.class).setValue(2);
            find(root, "queueDesk.service." + second, javax.swing.JCheckBox.class).setSelected(true);
            click(root, "queueDesk.save");
        }
        find(root, list, javax.swing.JList.class).setSelectedIndex(0);
    }

    /** A drawn portrait (the demo keeps no photographs) kept as an instructor's photo, as the counter would keep one chosen. */
    private static void portrait(SiteRuntime site, String owner) {
        new org.madang.core.catalogue.Pictures(site.database.jdbi(), site.events(), site.clock).save(owner,
                org.madang.ui.StagedPictures.portrait(), org.madang.core.demo.DemoSeeder.DEMO_ADMIN_LOGIN);
    }

    /**
     * A morning's fleet, each terminal beating as it would: a kiosk in use with its paper running
     * low, one out of paper with booking and tickets paused, one locked for a move, and a counter.
     */
    private static void fleet(SiteRuntime site) {
        java.time.Instant started = java.time.Instant.now(site.clock).minusSeconds(3 * 3600);
        beat(site, "kiosk-1", org.madang.core.terminal.TerminalKind.KIOSK, "booking.days", "en", org.madang.core.terminal.SessionState.IN_USE,
                java.util.Map.of("receiptPrinter", org.madang.hardware.device.DeviceCondition.PAPER_NEAR_END,
                        "qrScanner", org.madang.hardware.device.DeviceCondition.READY), java.util.List.of(), started, 41_250);
        beat(site, "kiosk-2", org.madang.core.terminal.TerminalKind.KIOSK, "home", "ko", org.madang.core.terminal.SessionState.IN_USE,
                java.util.Map.of("receiptPrinter", org.madang.hardware.device.DeviceCondition.PAPER_OUT,
                        "qrScanner", org.madang.hardware.device.DeviceCondition.READY), java.util.List.of("home.booking", "home.queue"),
                started, 38_900);
        beat(site, "kiosk-3", org.madang.core.terminal.TerminalKind.KIOSK, "idle", "ko", org.madang.core.terminal.SessionState.IDLE,
                java.util.Map.of("receiptPrinter", org.madang.hardware.device.DeviceCondition.READY,
                        "qrScanner", org.madang.hardware.device.DeviceCondition.READY), java.util.List.of(), started, 52_000);
        site.fleet(site.events()).lock("kiosk-3", "2층으로 옮기는 중입니다. 오후 2시에 다시 엽니다.", DemoSeeder.DEMO_ADMIN_LOGIN);
        // its next beat: nobody was using it, so it shows the lock
        beat(site, "kiosk-3", org.madang.core.terminal.TerminalKind.KIOSK, "locked", "ko", org.madang.core.terminal.SessionState.LOCKED,
                java.util.Map.of("receiptPrinter", org.madang.hardware.device.DeviceCondition.READY,
                        "qrScanner", org.madang.hardware.device.DeviceCondition.READY), java.util.List.of(), started, 52_000);
        beat(site, "counter-2", org.madang.core.terminal.TerminalKind.COUNTER, CounterApp.QUEUE, "ko", org.madang.core.terminal.SessionState.IN_USE,
                java.util.Map.of("receiptPrinter", org.madang.hardware.device.DeviceCondition.READY), java.util.List.of(), started, 120_400);
    }

    private static void beat(SiteRuntime site, String terminal, org.madang.core.terminal.TerminalKind kind, String screen, String language,
                             org.madang.core.terminal.SessionState session, java.util.Map<String, org.madang.hardware.device.DeviceCondition> devices,
                             List<String> paused, java.time.Instant started, long diskMb) {
        org.madang.core.site.Terminal as = new org.madang.core.site.Terminal(terminal);
        org.madang.core.event.EventLog events = new org.madang.core.event.EventLog(site.database.jdbi(), site.clock, as, site.keys.auditKey());
        new org.madang.core.terminal.Fleet(site.database.jdbi(), events, site.clock, as).beat(new org.madang.core.terminal.Beat(kind, screen,
                language, session, new java.util.TreeMap<>(devices), paused, org.madang.core.site.Release.version(), diskMb,
                "kiosk-2".equals(terminal) ? java.util.Optional.of(new org.madang.hardware.device.DeviceWatch.LastError("receiptPrinter",
                        "paper out", java.time.Instant.now(site.clock).minusSeconds(600))) : java.util.Optional.empty(), started));
    }

    /** Opens a case from the list as the clerk would (a supervisor giving a reason) and turns to the tab the screen is about. */
    private static void stageCase(java.awt.Container root, String screen) {
        javax.swing.JTable table = find(root, "cases.table", javax.swing.JTable.class);
        int row = 0;
        if (CASES_ASSIGN.equals(screen)) {
            // someone's resident, so the supervisor gives a reason
            for (int i = table.getRowCount() - 1; i >= 0; i--) {
                if (!"".equals(table.getValueAt(i, 3))) {
                    row = i;
                }
            }
        }
        if (CASES_VISITS.equals(screen)) {
            String first = org.madang.core.demo.DemoCards.RESIDENTS.get(0).name();
            for (int i = 0; i < table.getRowCount(); i++) {
                if (first.equals(table.getValueAt(i, 0))) {
                    row = i;
                }
            }
        }
        table.setRowSelectionInterval(row, row);
        javax.swing.JTabbedPane tabs = find(root, "case.tabs", javax.swing.JTabbedPane.class);
        if (CASES_ASSIGN.equals(screen)) {
            find(root, "case.reasonField", javax.swing.JTextField.class).setText("담당 배정 점검");
            click(root, "case.reasonOpen");
            tabs.setSelectedIndex(tabs.getTabCount() - 1);
        } else if (CASES_VISITS.equals(screen)) {
            tabs.setSelectedIndex(1);
        }
    }

    /** Presses a button of the window, as the clerk would. */
    private static void click(java.awt.Container root, String name) {
        find(root, name, javax.swing.AbstractButton.class).doClick();
    }

    /** Chooses the document type with this code in the issuing form. */
    private static void choose(java.awt.Container root, String name, String code) {
        @SuppressWarnings("unchecked")
        javax.swing.JComboBox<org.madang.core.document.DocumentType> box = find(root, name, javax.swing.JComboBox.class);
        for (int i = 0; i < box.getItemCount(); i++) {
            if (box.getItemAt(i).code().equals(code)) {
                box.setSelectedIndex(i);
            }
        }
    }

    private static <T extends java.awt.Component> T find(java.awt.Container root, String name, Class<T> type) {
        T found = CounterBench.find(root, name, type);
        if (found == null) {
            throw new IllegalStateException("the counter has no " + type.getSimpleName() + " named " + name);
        }
        return found;
    }

    /** Signs a demo account in with the demo password, as the sign-in screen would. */
    static org.madang.core.clerk.Clerk demoClerk(SiteRuntime site, String login) {
        if (site.clerks(site.events()).signIn(login, DemoSeeder.DEMO_CLERK_PASSWORD.toCharArray())
                instanceof org.madang.core.clerk.SignIn.SignedIn in) {
            return in.clerk();
        }
        throw new UsageException("madang: the site has no demo account '" + login + "' to sign in with (is it a demo site?)");
    }

    static BufferedImage display(SiteRuntime site, KioskAssembly.FontChoice font, String screen, String language, int width, int height) {
        Theme.installDesk(font.family());
        if (BOARD.equals(screen)) {
            callAtDesks(site);
        }
        Board board = new Board(DisplayAssembly.services(site, new SimulatedVoice()), new DirectTasks(), Messages.forLanguage(language),
                site.config.site().name(), width, height);
        board.load();
        BufferedImage image = Offscreen.render(board.root(), width, height);
        board.stop();
        return image;
    }

    /** Three desks call in turn; the last call is the one the board shows large. */
    private static void callAtDesks(SiteRuntime site) {
        CounterQueue counters = site.counterQueue(site.events());
        List<Long> lines = site.queue(site.events()).lines().stream().map(QueueLine::id).toList();
        int[] desks = {3, 1, 3, 2};
        for (int i = 0; i < desks.length; i++) {
            CounterQueue.Desk desk = new CounterQueue.Desk("counter-" + desks[i], desks[i], lines);
            if (counters.callNext(desk, DemoSeeder.DEMO_CLERK_LOGIN) instanceof CallOutcome.Called called && i < desks.length - 1) {
                counters.finish(called.ticket().id(), TicketOutcome.SERVED, desk, DemoSeeder.DEMO_CLERK_LOGIN);
            }
        }
    }
}
