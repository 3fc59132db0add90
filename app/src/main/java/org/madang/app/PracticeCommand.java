package org.madang.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.madang.config.SiteConfig;
import org.madang.kiosk.KioskApp;
import org.madang.kiosk.KioskServices;
import org.madang.ui.ScreenScale;
import org.madang.ui.Theme;
import org.madang.ui.UiExecutor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code madang practice}: the kiosk on a practice site (PRACTICE.md) — a fresh copy of the
 * demo in a sandbox folder with keys of its own, every device simulated on screen, every screen
 * marked as practice. Nothing reaches a live site, and nothing printed here verifies or checks
 * in at one. Each start is a fresh exercise.
 */
@Command(name = "practice", mixinStandardHelpOptions = true, description = {
    "Practise on the kiosk in a sandbox (digital-learning centres): a fresh copy of the demo at each start, every device",
    "simulated, every screen marked 'practice'. Nothing reaches a live site."})
final class PracticeCommand extends SiteCommand implements Callable<Integer> {

    @Option(names = "--demo", description = "The practice folder under your home folder (the default; kept for symmetry with the kiosk).")
    boolean demo;

    @Option(names = "--windowed", description = "An ordinary window at the configured screen size, for development.")
    boolean windowed;

    @Option(names = "--lesson", paramLabel = "ID", description = "Start this lesson (see --list) on the practice kiosk.")
    String lesson;

    @Option(names = "--level", paramLabel = "LEVEL", description = "guided (follow the spotlight, the default), hint or own.")
    String level = "guided";

    @Option(names = "--list", description = "Print the lessons that come with Madang, one a line, and stop.")
    boolean list;

    @Option(names = "--check", paramLabel = "FILE", description = "Check a lesson file an instructor wrote: 'ok' with its lessons, or "
            + "each problem as file:line (exit 1).")
    Path check;

    @Option(names = "--new-class", paramLabel = "NAME", description = "Open a class (with --taught-by), then stop.")
    String newClass;

    @Option(names = "--taught-by", paramLabel = "NAME", description = "The instructor of --new-class.")
    String instructor;

    @Option(names = "--new-learner", paramLabel = "NICKNAME", description = "Add a learner to --class; prints the four digits they sign in with.")
    String newLearner;

    @Option(names = "--class", paramLabel = "NAME", description = "The class of --new-learner.")
    String className;

    @Option(names = "--learners", description = "Print each class and its learners with their digits (for the instructor), and stop.")
    boolean learners;

    @Option(names = "--instructor", arity = "0", description = "The instructor's window: the class at a glance, a learner's attempts, "
            + "where the class stumbles (a heat map over the screens), CSV export.")
    boolean instructorWindow;

    @Option(names = "--certificate", paramLabel = "NICKNAME", description = "Write the completion certificate (PDF) of a learner of --class "
            + "who did every lesson of the course on their own, to --out.")
    String certificateOf;

    @Option(names = "--out", paramLabel = "FILE.pdf", description = "Where --certificate writes.")
    Path out;

    @Option(names = "--verify", paramLabel = "CODE|FILE.pdf", description = "Check a completion certificate of this practice folder.")
    String verify;

    /** The demo's class, opened on a practice folder with no class yet ({@code --demo}), so signing in can be tried. */
    static final String DEMO_CLASS = "디지털 배움터 화요반";

    private java.util.Optional<org.madang.practice.lesson.Lesson> chosenLesson() {
        if (lesson == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(org.madang.practice.pack.Packs.allLessons().stream().filter(l -> l.id().equals(lesson)).findFirst()
                .orElseThrow(() -> new UsageException("madang practice: no lesson '" + lesson + "' (see madang practice --list)")));
    }

    private org.madang.practice.lesson.Level level() {
        return switch (level) {
            case "guided" -> org.madang.practice.lesson.Level.GUIDED;
            case "hint" -> org.madang.practice.lesson.Level.HINT;
            case "own" -> org.madang.practice.lesson.Level.ON_MY_OWN;
            default -> throw new UsageException("madang practice: --level is guided, hint or own, not '" + level + "'");
        };
    }

    /** The practice folder: {@code --site}, or {@code ~/.madang/practice-site}; never a live site's. */
    static Path folder(Path named) {
        return named != null ? named : Path.of(System.getProperty("user.home"), ".madang", "practice-site");
    }

    @Override
    public Integer call() throws Exception {
        if (list) {
            for (org.madang.practice.lesson.Lesson l : org.madang.practice.pack.Lessons.madang()) {
                out().printf("madang %-28s %s / %s (steps: %d)%n", l.id(), l.title().ko(), l.title().en(), l.steps().size());
            }
            for (org.madang.practice.scenario.Pack p : org.madang.practice.pack.Packs.shipped()) {
                out().printf("pack   %-28s %s / %s (screens: %d, lessons: %d)%n", p.id(), p.title().ko(), p.title().en(), p.controls().size(),
                        p.lessons().size());
                for (org.madang.practice.lesson.Lesson l : p.lessons()) {
                    out().printf("%-6s %-28s %s / %s (steps: %d)%n", p.id(), l.id(), l.title().ko(), l.title().en(), l.steps().size());
                }
            }
            out().flush();
            return 0;
        }
        if (check != null) {
            return check(check);
        }
        // MADANG_SITE is not read here: it names a live site, which practice must never open
        Path root = folder(options.site(java.util.Map.of()));
        if (newClass != null || newLearner != null || learners) {
            return records(root);
        }
        if (certificateOf != null || verify != null) {
            return certificate(root);
        }
        Sites.requireDisplay("madang practice");
        if (instructorWindow) {
            return instructor(root);
        }
        out().println("Practice site in " + root + " (a sandbox copy of the demo; it never touches a live site)");
        out().flush();
        java.util.Optional<org.madang.practice.lesson.Lesson> chosen = chosenLesson();
        org.madang.practice.lesson.Level chosenLevel = level();
        try (PracticeSandbox sandbox = new PracticeSandbox(root, Clock.systemDefaultZone(), options.sets, System.getenv());
             UiExecutor tasks = new UiExecutor()) {
            SiteRuntime first = sandbox.fresh();
            org.madang.core.practice.PracticeRecords records = sandbox.records();
            if (demo && records.classes().isEmpty()) {
                demoClass(records);
            }
            KioskAssembly.FontChoice font = KioskAssembly.chooseFont(first.config, err());
            SiteConfig config = font.config();
            // the lesson's words are said through the site's voice device (simulated on the practice site)
            org.madang.hardware.voice.Voice voice = DeviceAssembly.voice(config.devices().voice());
            voice.open();
            CountDownLatch closed = new CountDownLatch(1);
            boolean landscape = config.screen().widthPx() > config.screen().heightPx();
            SwingUtilities.invokeAndWait(() -> {
                ScreenScale scale = new ScreenScale(config.screen(), font.family());
                Theme theme = Theme.installTouch(font.family(), scale);
                org.madang.practice.ui.PracticeWindow window = new org.madang.practice.ui.PracticeWindow(config.site().name(),
                        config.screen().widthPx(), config.screen().heightPx(), config.ui().fullscreen() && !windowed, scale, landscape,
                        Languages.choose(null, config), voice, Clock.systemDefaultZone(),
                        language -> exercise(sandbox, tasks, theme, scale, landscape, language),
                        org.madang.practice.pack.Lessons.madang(), org.madang.practice.pack.Packs.shipped(), java.util.Optional.of(records),
                        closed::countDown);
                if (chosen.isPresent()) {
                    window.show(chosen.get(), org.madang.practice.pack.Packs.ofLesson(chosen.get().id()), chosenLevel);
                } else {
                    window.show();
                }
            });
            closed.await();
            voice.close();
        }
        return 0;
    }

    /** The instructor's window on the practice folder's records; heat maps drawn on a fresh exercise of the sandbox. */
    private int instructor(Path root) throws Exception {
        try (PracticeSandbox sandbox = new PracticeSandbox(root, Clock.systemDefaultZone(), options.sets, System.getenv())) {
            org.madang.core.practice.PracticeRecords records = sandbox.records();
            if (demo && records.classes().isEmpty()) {
                demoClass(records);
            }
            SiteRuntime first = sandbox.fresh();
            KioskAssembly.FontChoice font = KioskAssembly.chooseFont(first.config, err());
            String language = Languages.choose(null, font.config());
            CountDownLatch closed = new CountDownLatch(1);
            SwingUtilities.invokeAndWait(() -> {
                Theme.installDesk(font.family());
                org.madang.practice.instructor.InstructorWindow[] window = new org.madang.practice.instructor.InstructorWindow[1];
                window[0] = new org.madang.practice.instructor.InstructorWindow(font.config().site().name(), language, font.family(),
                        lesson -> HeatStages.open(lesson, sandbox, font, language, () -> window[0].content()), closed::countDown);
                window[0].attach(new org.madang.practice.instructor.InstructorPresenter(window[0], records,
                        org.madang.practice.pack.Packs.allLessons(), certificates(sandbox)));
                window[0].show();
            });
            closed.await();
        }
        return 0;
    }

    /** {@code --certificate} and {@code --verify}: a learner's completion certificate, written or checked. */
    private int certificate(Path root) throws java.io.IOException {
        try (PracticeSandbox sandbox = new PracticeSandbox(root, Clock.systemDefaultZone(), options.sets, System.getenv())) {
            org.madang.core.practice.TrainingCertificates certificates = sandbox.certificates();
            if (verify != null) {
                Path file = Path.of(verify);
                org.madang.core.practice.TrainingCertificates.Check check = verify.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                        && java.nio.file.Files.isRegularFile(file) ? certificates.verifyPdf(java.nio.file.Files.readAllBytes(file))
                        : certificates.verify(verify);
                out().println(switch (check) {
                    case VALID -> "valid: a completion certificate issued here, its words as written";
                    case NOT_OURS -> "not ours: not a completion certificate of this centre";
                    case FORGED -> "forged: the seal does not match (made up or changed)";
                    case UNKNOWN -> "unknown: the seal is ours but no such certificate was issued";
                    case ALTERED -> "altered: the words were changed after the certificate was sealed";
                    case NO_CODE -> "no code: no Madang certificate code found";
                });
                out().flush();
                return check == org.madang.core.practice.TrainingCertificates.Check.VALID ? 0 : 1;
            }
            if (className == null || out == null) {
                throw new UsageException("madang practice --certificate: name the learner's --class and the --out file");
            }
            org.madang.core.practice.PracticeRecords records = sandbox.records();
            var c = records.findClass(className.strip())
                    .orElseThrow(() -> new UsageException("madang practice: no class '" + className + "' (see madang practice --learners)"));
            var learner = records.learners(c.id()).stream().filter(l -> l.nickname().equals(certificateOf.strip())).findFirst()
                    .orElseThrow(() -> new UsageException("madang practice: no learner '" + certificateOf + "' in " + c.name()));
            java.util.Map<String, String> titles = new java.util.HashMap<>();
            org.madang.practice.pack.Packs.allLessons().forEach(l -> titles.put(l.id(), l.title().ko()));
            var made = certificates.issue(learner.id(), titles, "cli");
            if (made instanceof org.madang.core.practice.PracticeRecords.Outcome.Refused<?> r) {
                err().println("madang practice: " + org.madang.ui.Messages.forLanguage("en").get(r.refusal().messageKey(), r.refusal().args().toArray()));
                err().flush();
                return 1;
            }
            var issued = ((org.madang.core.practice.PracticeRecords.Outcome.Done<org.madang.core.practice.TrainingCertificates.Issued>) made).value();
            java.nio.file.Files.write(out, issued.pdf());
            out().println("Wrote " + out + " (certificate " + org.madang.core.document.DocumentNumber.grouped(issued.number()) + " for "
                    + learner.nickname() + ")");
            out().flush();
            return 0;
        }
    }

    /** The certificates of the practice records, when a Hangul TrueType font for documents is installed. */
    static java.util.Optional<org.madang.core.practice.TrainingCertificates> certificates(PracticeSandbox sandbox) {
        return org.madang.core.document.DocumentFonts.find(sandbox.progress().config.ui().font()).isPresent()
                ? java.util.Optional.of(sandbox.certificates()) : java.util.Optional.empty();
    }

    /** {@code --new-class}, {@code --new-learner}, {@code --learners}: the centre's classes and learners, from the command line. */
    private int records(Path root) {
        try (PracticeSandbox sandbox = new PracticeSandbox(root, Clock.systemDefaultZone(), options.sets, System.getenv())) {
            org.madang.core.practice.PracticeRecords records = sandbox.records();
            org.madang.ui.Messages words = org.madang.ui.Messages.forLanguage("en");
            if (newClass != null) {
                if (instructor == null) {
                    throw new UsageException("madang practice --new-class: name the class's instructor with --taught-by");
                }
                var made = records.createClass(newClass, instructor, org.madang.practice.pack.Packs.defaultCourse(), "cli");
                if (made instanceof org.madang.core.practice.PracticeRecords.Outcome.Refused<?> r) {
                    err().println("madang practice: " + words.get(r.refusal().messageKey(), r.refusal().args().toArray()));
                    err().flush();
                    return 1;
                }
                out().println("Class " + newClass.strip() + " opened (instructor " + instructor.strip() + ")");
            }
            if (newLearner != null) {
                if (className == null) {
                    throw new UsageException("madang practice --new-learner: name the learner's --class");
                }
                var c = records.findClass(className.strip())
                        .orElseThrow(() -> new UsageException("madang practice: no class '" + className + "' (see madang practice --learners)"));
                var added = records.addLearner(c.id(), newLearner, "cli");
                if (added instanceof org.madang.core.practice.PracticeRecords.Outcome.Refused<?> r) {
                    err().println("madang practice: " + words.get(r.refusal().messageKey(), r.refusal().args().toArray()));
                    err().flush();
                    return 1;
                }
                var l = ((org.madang.core.practice.PracticeRecords.Outcome.Done<org.madang.core.practice.Learner>) added).value();
                out().println(l.nickname() + " joined " + c.name() + ": signs in with " + l.digits());
            }
            if (learners) {
                for (var c : records.classes()) {
                    out().println(c.name() + " (instructor " + c.instructor() + ")");
                    for (var l : records.learners(c.id())) {
                        out().println("  " + l.nickname() + " " + l.digits());
                    }
                }
            }
            out().flush();
        }
        return 0;
    }

    /**
     * The demo's class of three learners, for trying the sign-in and the instructor's view, with
     * a course of attempts by simulated learners (through the lesson engine, kept like any).
     */
    static void demoClass(org.madang.core.practice.PracticeRecords records) {
        var made = records.createClass(DEMO_CLASS, "박지현", org.madang.practice.pack.Packs.defaultCourse(), "demo");
        if (made instanceof org.madang.core.practice.PracticeRecords.Outcome.Done<org.madang.core.practice.PracticeClass> d) {
            for (String nick : java.util.List.of("김영희", "이순자", "박철수")) {
                records.addLearner(d.value().id(), nick, "demo");
            }
            java.util.List<org.madang.practice.lesson.Lesson> all = org.madang.practice.pack.Packs.allLessons();
            java.util.List<org.madang.practice.lesson.Lesson> course = all.stream().filter(l -> d.value().lessons().contains(l.id())).toList();
            java.util.List<org.madang.practice.lesson.Lesson> check = all.stream()
                    .filter(l -> org.madang.practice.ui.PracticeWindow.SKILL_CHECK.contains(l.id())).toList();
            new org.madang.practice.progress.LearnerSimulation(records, 2026, java.time.LocalDateTime.now().minusDays(28).withHour(10),
                    java.time.ZoneId.systemDefault()).course(records.learners(d.value().id()), course, check);
        }
    }

    /** {@code --check}: a pack's folder, or a lesson file for Madang's kiosk. */
    private int check(Path path) {
        try {
            if (java.nio.file.Files.isDirectory(path)) {
                org.madang.practice.scenario.Pack pack = new org.madang.practice.pack.PackReader().read(path);
                out().println("ok: " + path + " (pack " + pack.id() + ": " + pack.controls().size() + " screens, " + pack.lessons().size()
                        + " lessons: " + String.join(", ", pack.lessons().stream().map(org.madang.practice.lesson.Lesson::id).toList()) + ")");
            } else {
                var lessons = org.madang.practice.pack.Lessons.read(path);
                out().println("ok: " + path + " (" + lessons.size() + " lessons: "
                        + String.join(", ", lessons.stream().map(org.madang.practice.lesson.Lesson::id).toList()) + ")");
            }
            out().flush();
            return 0;
        } catch (org.madang.practice.pack.PackException e) {
            err().println(e.getMessage());
            err().flush();
            return 1;
        }
    }

    /** A fresh exercise on the kiosk: the sandbox reset, its devices open, the kiosk built, its events followed. */
    static org.madang.practice.ui.PracticeWindow.Exercise exercise(PracticeSandbox sandbox, UiExecutor tasks, Theme theme,
                                                                          ScreenScale scale, boolean landscape, String language)
            throws Exception {
        SiteRuntime site = sandbox.fresh();
        KioskAssembly.FontChoice font = KioskAssembly.chooseFont(site.config, new java.io.PrintWriter(java.io.Writer.nullWriter()));
        KioskServices services = KioskAssembly.services(site, font.config(), font.family(), new java.io.PrintWriter(System.err, true));
        services.devices().openAll();
        KioskApp[] app = new KioskApp[1];
        SwingUtilities.invokeAndWait(() -> {
            app[0] = new KioskApp(services, tasks, theme, scale, landscape);
            app[0].setLanguage(language);
            app[0].markAsPractice();
        });
        org.madang.core.event.EventFollower follower = new org.madang.core.event.EventFollower(site.events(), java.time.Duration.ofMillis(200));
        long from = site.events().latestId();
        return new org.madang.practice.ui.PracticeWindow.Exercise() {
            @Override
            public KioskApp app() {
                return app[0];
            }

            @Override
            public void follow(java.util.function.Consumer<java.util.List<org.madang.core.event.Event>> events) {
                follower.start(from, events::accept);
            }

            @Override
            public void close() {
                follower.close();
                services.devices().closeAll();
            }
        };
    }
}
