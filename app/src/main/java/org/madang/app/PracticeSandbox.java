package org.madang.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.madang.core.demo.DemoScale;
import org.madang.core.site.SiteDirectory;

/**
 * The practice site of PRACTICE.md: a sandbox made from the demo catalogue, in a folder of its
 * own with keys of its own, so nothing a trainee does reaches a live database and no practice
 * receipt or document verifies or checks in at a live site. A template is seeded once a day
 * (the demo's slots and classes are laid out around the day it is seeded); each exercise then
 * starts on a fresh copy of the template's database, closed and copied file by file, which is
 * far quicker than seeding again.
 */
final class PracticeSandbox implements AutoCloseable {
    private static final String SEEDED_ON = "seeded-on";
    /** The time of day a practice site's exercise starts at, whatever the time outside (see {@link #practiceClock}). */
    static final java.time.LocalTime PRACTICE_TIME = java.time.LocalTime.of(9, 50);
    /** The centre's name on practice screens and certificates. */
    static final String CENTRE = "마당 디지털 배움터";

    private final Path root;
    private final Clock clock;
    private final List<String> sets;
    private final Map<String, String> env;
    private SiteRuntime current;
    private SiteRuntime progress;

    /**
     * @param root the practice folder ({@code template/} and {@code exercise/} inside it)
     * @param sets site settings over the practice site's own, as {@code --set} gives them
     */
    PracticeSandbox(Path root, Clock clock, List<String> sets, Map<String, String> env) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
        this.sets = List.copyOf(sets);
        this.env = Map.copyOf(env);
    }

    SiteDirectory template() {
        return new SiteDirectory(root.resolve("template"));
    }

    SiteDirectory exercise() {
        return new SiteDirectory(root.resolve("exercise"));
    }

    SiteDirectory progressFolder() {
        return new SiteDirectory(root.resolve("progress"));
    }

    /**
     * The centre's classes, learners and attempts: a database of its own beside the sandbox,
     * never reset, opened once and kept open.
     */
    SiteRuntime progress() {
        if (progress == null) {
            SiteDirectory dir = progressFolder();
            try {
                if (!Files.exists(dir.siteFile())) {
                    dir.create();
                    Files.writeString(dir.siteFile(), String.join("\n",
                            "# The practice records (madang practice): classes, learners and their attempts. Never reset.",
                            "site:",
                            "  name: 마당 디지털 배움터 기록",
                            "terminal:",
                            "  id: practice-records",
                            "  role: kiosk",
                            ""));
                }
            } catch (IOException e) {
                throw new UsageException("the practice records in " + dir.root() + " cannot be prepared: " + e.getMessage(), e);
            }
            progress = SiteRuntime.open(dir, SiteRuntime.loadConfig(dir, List.of(), env), clock);
        }
        return progress;
    }

    /** Completion certificates, sealed with the records' own keys. */
    org.madang.core.practice.TrainingCertificates certificates() {
        SiteRuntime p = progress();
        return new org.madang.core.practice.TrainingCertificates(p.database.jdbi(), p.events(), records(), p.documentPdf(), p.signer(), CENTRE,
                p.clock, new java.security.SecureRandom());
    }

    /** The records of classes, learners and attempts. */
    org.madang.core.practice.PracticeRecords records() {
        SiteRuntime p = progress();
        return new org.madang.core.practice.PracticeRecords(p.database.jdbi(), p.events(), p.clock);
    }

    /** Seeds the template when it is missing or was seeded on another day; a no-op otherwise. */
    void prepare() {
        SiteDirectory template = template();
        LocalDate today = LocalDate.now(clock);
        Path stamp = template.root().resolve(SEEDED_ON);
        try {
            if (template.hasDatabase() && Files.exists(stamp) && Files.readString(stamp).strip().equals(today.toString())) {
                return;
            }
            if (Files.exists(template.data())) {
                Sites.deleteTree(template.data());
            }
            template.create();
            Files.writeString(template.siteFile(), siteFile());
            org.madang.config.SiteConfig config = SiteRuntime.loadConfig(template, sets, env);
            SiteRuntime site = SiteRuntime.open(template, config, practiceClock(config));
            try {
                DemoSite.seed(site, DemoScale.SMALL, DemoSite.SEED);
            } catch (RuntimeException e) {
                site.close();
                throw e;
            }
            site.database.closeCompacted();
            Files.writeString(stamp, today.toString());
        } catch (IOException e) {
            throw new UsageException("the practice site " + root + " cannot be prepared: " + e.getMessage(), e);
        }
    }

    /** A fresh exercise: the previous one closed and thrown away, the template's data copied in, opened. */
    SiteRuntime fresh() {
        prepare();
        closeCurrent();
        SiteDirectory template = template();
        SiteDirectory exercise = exercise();
        try {
            exercise.create();
            Files.copy(template.siteFile(), exercise.siteFile(), StandardCopyOption.REPLACE_EXISTING);
            replaceFiles(template.keys(), exercise.keys());
            replaceFiles(template.data(), exercise.data());
        } catch (IOException e) {
            throw new UsageException("a practice exercise cannot be prepared in " + exercise.root() + ": " + e.getMessage(), e);
        }
        org.madang.config.SiteConfig config = SiteRuntime.loadConfig(exercise, sets, env);
        current = SiteRuntime.open(exercise, config, practiceClock(config));
        return current;
    }

    /**
     * The practice site's clock: today at {@link #PRACTICE_TIME} when the exercise starts, then
     * running. Every exercise meets the same morning — the demo's first card holder has a court
     * booked at the next slot, so checking in works at any hour of the real day, and a lesson
     * never meets a closed centre at night.
     */
    private Clock practiceClock(org.madang.config.SiteConfig config) {
        java.time.ZoneId zone = config.site().zone();
        java.time.Instant now = clock.instant();
        java.time.Instant morning = LocalDate.ofInstant(now, zone).atTime(PRACTICE_TIME).atZone(zone).toInstant();
        return Clock.offset(clock, java.time.Duration.between(now, morning));
    }

    /** Makes {@code to} hold exactly the files of {@code from}. */
    private static void replaceFiles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> old = Files.list(to)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private void closeCurrent() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    /** The practice site's own settings: a kiosk of its own name, every device simulated on screen. */
    private static String siteFile() {
        return String.join("\n",
                "# The practice site (madang practice): a sandbox copy of the demo, reset for every exercise.",
                "site:",
                "  name: 마당 디지털 배움터",
                "terminal:",
                "  id: practice-1",
                "  role: kiosk",
                "devices:",
                "  receiptPrinter: \"sim:\"",
                "  documentPrinter: \"sim:\"",
                "  qrScanner: \"sim:\"",
                "  idReader: \"sim:\"",
                "  voice: \"sim:\"",
                "");
    }

    @Override
    public void close() {
        closeCurrent();
        if (progress != null) {
            progress.close();
            progress = null;
        }
    }
}
