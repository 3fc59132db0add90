package org.madang.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.h2.tools.Server;
import org.madang.core.county.Centre;
import org.madang.core.county.CentreJoin;
import org.madang.core.county.CentreMove;
import org.madang.core.event.EventLog;
import org.madang.core.site.SiteDirectory;
import org.madang.core.storage.StoredCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code madang db}: the site database's housekeeping. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Look after the site database.",
        subcommands = {DbCommand.Migrate.class, DbCommand.Serve.class, DbCommand.Backup.class, DbCommand.Restore.class, DbCommand.Check.class,
            DbCommand.Encrypt.class, DbCommand.MoveToCounty.class})
final class DbCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "choose one of: migrate, serve, backup, restore, check, encrypt");
    }

    /**
     * Refuses what only a site's own H2 file can do when the site's database is the county's
     * PostgreSQL, whose server does its own backups, encryption at rest and serving.
     */
    static void refuseOnCounty(org.madang.config.SiteConfig config, String command, String instead) {
        if (config.database().postgres()) {
            throw new UsageException("madang db " + command + ": this site's database is the county's PostgreSQL ("
                    + config.database().url() + "); " + instead);
        }
    }

    /** {@code madang db migrate}. */
    @Command(name = "migrate", mixinStandardHelpOptions = true, description = "Create the database or bring its schema up to date.")
    static final class Migrate extends SiteCommand implements Callable<Integer> {

        @Override
        public Integer call() {
            Path root = site();
            try (SiteRuntime site = SiteRuntime.open(root, options.sets, System.getenv())) {
                out().println("Schema of " + site.dir.root() + " is at version "
                        + site.database.schemaVersion().orElse("none") + ".");
            }
            return 0;
        }
    }

    /** {@code madang db serve}. */
    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = {"Host the site database over TCP for terminals on other machines, until stopped (Ctrl-C);",
                    "at a centre of a county, the centre's cache (database.cache), for the centre's terminals on other machines."})
    static final class Serve extends SiteCommand implements Callable<Integer> {

        @Override
        public Integer call() throws Exception {
            Path root = site();
            SiteDirectory dir = new SiteDirectory(root);
            var config = SiteRuntime.loadConfig(dir, options.sets, System.getenv());
            PrintWriter out = out();
            Server server = start(dir, config, out);
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                stopped.countDown();
            }, "db-serve-stop"));
            stopped.await();
            return 0;
        }

        /**
         * Starts serving the site's database — or, at a centre of a county, the centre's cache — on
         * {@code database.servePort}, and says where to {@code out}.
         */
        static Server start(SiteDirectory dir, org.madang.config.SiteConfig config, PrintWriter out) throws java.sql.SQLException, java.io.IOException {
            var database = config.database();
            if (database.postgres() && (database.cachePath().isEmpty() || database.servedCache().isPresent())) {
                refuseOnCounty(config, "serve", "its terminals connect to that server themselves (this terminal has no cache of its own to"
                        + " serve the centre: database.cache)");
            }
            Path base = null;
            if (database.postgres()) {
                // the centre's cache, one for the centre: its kiosks and counters on other machines share its queue numbering
                CountyConnection.openCache(dir, database.cachePath().orElseThrow(), org.madang.core.site.SiteKeys.loadOrCreate(dir.keys(),
                        new java.security.SecureRandom())).close();
                base = dir.root().resolve(database.cachePath().orElseThrow()).toAbsolutePath().normalize();
            } else {
                try (SiteRuntime site = SiteRuntime.open(dir, config, java.time.Clock.systemDefaultZone())) {
                    site.database.schemaVersion();
                }
            }
            String name = base != null ? base.getFileName().toString() : "madang";
            List<String> args = new ArrayList<>(List.of("-tcpPort", Integer.toString(database.servePort()),
                    "-baseDir", (base != null ? base.getParent() : dir.data()).toString(), "-ifExists"));
            if (database.allowOthers()) {
                args.add("-tcpAllowOthers");
            }
            Server server = Server.createTcpServer(args.toArray(String[]::new)).start();
            out.println("Serving " + (base != null ? "the centre's cache " + base + ".mv.db" : dir.root()) + " at jdbc:h2:tcp://<this machine>:"
                    + server.getPort() + "/" + name
                    + (database.allowOthers() ? "" : " (this machine only: set database.allowOthers to true for others)"));
            out.println(base != null ? "The centre's other terminals: set database.cache to that address (their keys/ are the county's already). Ctrl-C stops."
                    : "Other terminals: set database.url to that address and copy this site's keys/ folder. Ctrl-C stops.");
            return server;
        }
    }

    /** {@code madang db backup}. */
    @Command(name = "backup", mixinStandardHelpOptions = true, description = {
            "Copy the live database (terminals may keep working) and site.yaml into a zip file.",
            "The keys are not in it: keep a copy of keys/ apart from the backups; madang db restore needs both."})
    static final class Backup extends SiteCommand implements Callable<Integer> {
        @Option(names = "--out", paramLabel = "FILE.zip", description = "Where to write (default: <site>/backups/madang-<time>.zip).")
        Path out;

        @Override
        public Integer call() throws Exception {
            Path root = site();
            SiteDirectory dir = new SiteDirectory(root);
            var config = SiteRuntime.loadConfig(dir, options.sets, System.getenv());
            refuseOnCounty(config, "backup", "back it up with PostgreSQL's own tools (pg_dump, or the server's base backups)");
            try (SiteRuntime site = SiteRuntime.open(dir, config, java.time.Clock.systemDefaultZone())) {
                Path target = out != null ? out : site.dir.root().resolve("backups")
                        .resolve("madang-" + LocalDateTime.now(site.clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
                BackupFile.write(site, target);
                out().printf("Backed up to %s (%,d bytes): the database as of %s and site.yaml; keys/ is not in it.%n", target,
                        Files.size(target), LocalDateTime.now(site.clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
            }
            return 0;
        }
    }

    /** {@code madang db restore}. */
    @Command(name = "restore", mixinStandardHelpOptions = true, description = {
            "Make a new site from a backup of madang db backup: its database and site.yaml, with the keys of the site it came",
            "from; then the schema is brought up to date and the event chain checked."})
    static final class Restore extends SiteCommand implements Callable<Integer> {
        @picocli.CommandLine.Parameters(paramLabel = "BACKUP.zip", description = "A file written by madang db backup.")
        Path backup;

        @Option(names = "--keys", paramLabel = "DIR", description = "The keys/ folder of the site the backup came from "
                + "(not needed when the new site's keys/ holds them already).")
        Path keys;

        @Override
        public Integer call() throws java.io.IOException {
            SiteDirectory dir = new SiteDirectory(site());
            BackupFile.Restored restored = BackupFile.restore(backup, dir, keys);
            PrintWriter out = out();
            SiteRuntime opened;
            try {
                opened = SiteRuntime.open(dir.root(), options.sets, System.getenv());
            } catch (UsageException e) {
                restored.undo(); // the wrong keys: nothing stays behind to confuse the next try
                throw new UsageException("madang db restore: the backup's database does not open with the keys of "
                        + (keys != null ? keys : dir.keys()) + " — are they the keys of the site it came from? (" + e.getMessage() + ")", e);
            }
            try (SiteRuntime site = opened) {
                EventLog.ChainCheck chain = site.events().verify(List.of());
                String newest = site.database.jdbi().withHandle(h -> h.createQuery("SELECT MAX(occurred_at) FROM event_log")
                        .mapTo(java.time.OffsetDateTime.class).findOne()).map(t -> t.atZoneSameInstant(site.clock.getZone())
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))).orElse("none");
                out.printf("Restored %s into %s: schema at version %s, %,d events %s, the newest of %s.%n", backup, dir.root(),
                        site.database.schemaVersion().orElse("none"), chain.intactRows(), chain.intact() ? "chained" : "before a break",
                        newest);
                if (!chain.intact()) {
                    out.println("The event chain does not check with these keys (are they the keys of the site the backup came from?): "
                            + "madang db check --site " + dir.root() + " tells more.");
                    out.flush();
                    return 1;
                }
                site.events().head().keep(site.dir.logs());
            }
            out.println("Terminals of the old site notice a rolled-back database with madang db check (its checkpoints in logs/).");
            out.flush();
            return 0;
        }
    }

    /** {@code madang db encrypt}. */
    @Command(name = "encrypt", mixinStandardHelpOptions = true, description = {
            "Encrypt the database file at rest (AES, with keys/db-file.key), or with --decrypt make it plain again;",
            "every terminal of the site stopped first. Then set database.encrypted in site.yaml to match."})
    static final class Encrypt extends SiteCommand implements Callable<Integer> {
        @Option(names = "--decrypt", description = "Make an encrypted file plain again.")
        boolean decrypt;

        @Override
        public Integer call() throws Exception {
            SiteDirectory dir = new SiteDirectory(site());
            var config = SiteRuntime.loadConfig(dir, options.sets, System.getenv());
            refuseOnCounty(config, "encrypt", "its files are the server's to encrypt (an encrypted disk)");
            SiteRuntime.requireDatabase(dir, config, "madang db encrypt");
            if (config.database().remoteUrl().isPresent()) {
                throw new UsageException("madang db encrypt: this site's database is at " + config.database().url()
                        + "; run it on the machine that holds the file");
            }
            BackupFile.changeEncryption(dir, !decrypt);
            out().println("The database file of " + dir.root() + " is now " + (decrypt ? "plain" : "encrypted with keys/db-file.key")
                    + ". Set database.encrypted: " + !decrypt + " in " + dir.siteFile() + " (and on every terminal of this site).");
            return 0;
        }
    }

    /** {@code madang db move-to-county}. */
    @Command(name = "move-to-county", mixinStandardHelpOptions = true, description = {
            "Move this centre's own database (its H2 file) into a county's PostgreSQL, the centre's rows under its code there.",
            "Into a county that holds no centre yet: every row with its id, the event chain as it is; the county folder's keys/",
            "become the centre's. Into a county that holds centres: every row a county id, residents the county has joined to",
            "theirs, numbers sealed again under the county's keys, clashing codes and logins made the centre's own, the centre's",
            "chain kept as it was beside the county's (its keys in keys/centres/CODE). The centre's terminals stopped first."})
    static final class MoveToCounty extends SiteCommand implements Callable<Integer> {
        @Option(names = "--county", required = true, paramLabel = "DIR", description = "The county folder (site.yaml naming the county's PostgreSQL).")
        Path county;

        @Option(names = "--as", required = true, paramLabel = "CODE", description = "The centre's code in the county (e.g. haneul).")
        String code;

        @Override
        public Integer call() throws Exception {
            SiteDirectory centreDir = new SiteDirectory(site());
            var centreConfig = SiteRuntime.loadConfig(centreDir, options.sets, System.getenv());
            SiteRuntime.requireDatabase(centreDir, centreConfig, "madang db move-to-county");
            if (centreConfig.database().remoteUrl().isPresent()) {
                throw new UsageException("madang db move-to-county: " + centreDir.root() + " has no database of its own (" + centreConfig.database().url() + ")");
            }
            if (!code.matches(org.madang.config.SiteIdentity.CODE_FORM)) {
                throw new UsageException("madang db move-to-county --as: '" + code + "' is not a centre code (small letters, digits and '-')");
            }
            SiteDirectory countyDir = new SiteDirectory(county);
            String name = centreConfig.site().name();
            var countyConfig = SiteRuntime.loadConfig(countyDir, List.of("site.code=" + code, "site.name=" + name, "terminal.id=move-" + code),
                    System.getenv());
            if (!countyConfig.database().postgres()) {
                throw new UsageException("madang db move-to-county: " + countyDir.siteFile() + " does not name a PostgreSQL database (database.url)");
            }
            boolean joining;
            try (var countyDb = CountyConnection.open(countyDir, countyConfig)) {
                countyDb.migrate();
                joining = CentreMove.countyHoldsACentre(countyDb.dataSource());
            }
            if (joining) {
                return join(centreDir, centreConfig, countyDir, countyConfig, new Centre(code, name));
            }
            shareKeys(centreDir.keys(), countyDir.keys());
            PrintWriter out = out();
            Map<String, Long> before;
            CentreMove.Moved moved;
            try (SiteRuntime centre = SiteRuntime.open(centreDir, centreConfig, java.time.Clock.systemDefaultZone());
                 var countyDb = CountyConnection.open(countyDir, countyConfig)) {
                countyDb.migrate();
                var keys = org.madang.core.site.SiteKeys.loadOrCreate(countyDir.keys(), new java.security.SecureRandom());
                EventLog events = new EventLog(countyDb.jdbi(), centre.clock, new org.madang.core.site.Terminal("move-" + code, code), keys.auditKey());
                try {
                    moved = CentreMove.copy(centre.database.dataSource(), countyDb.dataSource(), new Centre(code, name), events);
                } catch (CentreMove.CountyNotEmpty e) {
                    throw new UsageException("madang db move-to-county: " + e.getMessage(), e);
                }
                before = counts(centre.database.jdbi(), List.copyOf(moved.rows().keySet()));
            }
            try (SiteRuntime moved2 = SiteRuntime.open(countyDir, countyConfig, java.time.Clock.systemDefaultZone())) {
                List<String> differ = new ArrayList<>();
                Map<String, Long> after = counts(moved2.database.jdbi(), List.copyOf(before.keySet()));
                for (var e : before.entrySet()) {
                    long now = after.get(e.getKey());
                    long expected = e.getValue() + (e.getKey().equals("event_log") ? 1 : 0);
                    if (now != expected) {
                        differ.add(e.getKey() + " " + now + " (the centre had " + e.getValue() + ")");
                    }
                }
                EventLog.ChainCheck chain = moved2.events().verify(List.of());
                out.printf("Moved %s into the county at %s as centre %s: %,d rows of %d tables, counts %s, event chain %s (%,d events).%n",
                        centreDir.root(), countyConfig.database().url(), code, moved.total(), moved.rows().size(),
                        differ.isEmpty() ? "equal" : "DIFFER: " + String.join(", ", differ), chain.intact() ? "whole" : "BROKEN", chain.intactRows());
                out.println("Its terminals now: database.url " + countyConfig.database().url() + ", site.code " + code
                        + ", and a copy of " + countyDir.keys() + ".");
                out.flush();
                return differ.isEmpty() && chain.intact() ? 0 : 1;
            }
        }

        /**
         * A centre moving into a county that holds others' books: its chain checked first, its rows
         * given the county's ids and keys ({@link CentreJoin}), its own keys kept beside the county's
         * (its chain and the codes it printed are under them), the counts and the county's chain checked after.
         */
        private int join(SiteDirectory centreDir, org.madang.config.SiteConfig centreConfig, SiteDirectory countyDir,
                         org.madang.config.SiteConfig countyConfig, Centre as) throws Exception {
            PrintWriter out = out();
            Path kept = countyDir.keys().resolve("centres").resolve(as.code());
            if (!Files.exists(countyDir.keys().resolve("audit.key"))) {
                throw new UsageException("madang db move-to-county: " + countyDir.keys() + " holds no keys, but the county's database holds "
                        + "a centre's books: use the county folder its terminals use");
            }
            java.security.SecureRandom random = new java.security.SecureRandom();
            try (SiteRuntime centre = SiteRuntime.open(centreDir, centreConfig, java.time.Clock.systemDefaultZone());
                 var countyDb = CountyConnection.open(countyDir, countyConfig)) {
                EventLog.ChainCheck own = centre.events().verify(List.of());
                if (!own.intact()) {
                    throw new UsageException("madang db move-to-county: the centre's event chain is " + Check.damage(own)
                            + "; a centre moves with its history whole (madang db check names the damage)");
                }
                var countyKeys = org.madang.core.site.SiteKeys.loadOrCreate(countyDir.keys(), random);
                List<String> tables = countyDb.jdbi().withHandle(h -> h.createQuery("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history' ORDER BY table_name")
                        .mapTo(String.class).list());
                Map<String, Long> before = counts(countyDb.jdbi(), tables);
                EventLog events = new EventLog(countyDb.jdbi(), centre.clock, new org.madang.core.site.Terminal("move-" + as.code(), as.code()),
                        countyKeys.auditKey());
                CentreJoin.Joined joined;
                try {
                    joined = CentreJoin.join(centre.database.dataSource(), countyDb.dataSource(), as, rekeying(centre.cipher(),
                            new org.madang.core.resident.RrnCipher(countyKeys, random)), events);
                } catch (CentreJoin.CannotJoin e) {
                    throw new UsageException("madang db move-to-county: " + e.getMessage(), e);
                }
                Files.createDirectories(kept);
                for (String key : org.madang.core.site.SiteKeys.FILES) {
                    Path mine = centreDir.keys().resolve(key);
                    if (Files.exists(mine)) {
                        Files.copy(mine, kept.resolve(key), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                                java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
                Map<String, Long> after = counts(countyDb.jdbi(), tables);
                List<String> differ = new ArrayList<>();
                for (String table : tables) {
                    CentreJoin.Count count = joined.tables().get(table);
                    long expected = before.get(table) + switch (table) {
                        case "event_log" -> 1;
                        case "moved_event" -> joined.events();
                        case "moved_name" -> joined.renamed().values().stream().mapToLong(List::size).sum();
                        case "moved_id" -> after.get(table) - before.get(table);
                        case "centre" -> after.get(table) - before.get(table);
                        default -> count == null ? 0 : count.added();
                    };
                    if (after.get(table) != expected || count != null && !count.adds()) {
                        differ.add(table + " " + after.get(table) + " (expected " + expected + ")");
                    }
                }
                boolean chainMoved = joined.events() == own.intactRows();
                EventLog.ChainCheck chain = new EventLog(countyDb.jdbi(), centre.clock, new org.madang.core.site.Terminal("move-" + as.code(),
                        as.code()), countyKeys.auditKey()).verify(List.of());
                out.printf("Moved %s into the county at %s as centre %s: %,d rows added (%,d of its residents the county already had: their records joined), "
                                + "counts %s, the centre's %,d events kept %s, the county's event chain %s (%,d events).%n",
                        centreDir.root(), countyConfig.database().url(), as.code(), joined.added(), joined.joined("resident"),
                        differ.isEmpty() ? "equal" : "DIFFER: " + String.join(", ", differ), joined.events(),
                        chainMoved ? "whole" : "NOT ALL (" + own.intactRows() + " in the centre)", chain.intactRows() > 0 && chain.intact() ? "whole" : "BROKEN",
                        chain.intactRows());
                if (!joined.renamed().isEmpty()) {
                    out.println("Another centre had these already, so the centre's are now its own:");
                    joined.renamed().forEach((kind, names) -> out.println("  " + kind + " (" + names.size() + "): "
                            + String.join(", ", names.subList(0, Math.min(names.size(), 4))) + (names.size() > 4 ? ", …" : "")));
                }
                if (joined.pinsKept() > 0) {
                    out.printf("The PINs of %,d %s moved with them: each is checked with the centre's key (kept in %s) until its first use "
                            + "makes it the county's.%n", joined.pinsKept(), joined.pinsKept() == 1 ? "resident" : "residents", kept);
                }
                if (!joined.countyRules().isEmpty()) {
                    out.println("The county's rules stand where the centre's differed: " + String.join("; ", joined.countyRules()) + ".");
                }
                out.println("Its terminals now: database.url " + countyConfig.database().url() + ", site.code " + as.code()
                        + ", and a copy of " + countyDir.keys() + " (the centre's own keys are kept in " + kept + ").");
                out.flush();
                return differ.isEmpty() && chain.intact() && chainMoved ? 0 : 1;
            }
        }

        /** What the centre sealed, opened with its keys and sealed again with the county's. */
        private static CentreJoin.Keys rekeying(org.madang.core.resident.RrnCipher centre, org.madang.core.resident.RrnCipher county) {
            return new CentreJoin.Keys() {
                @Override
                public String openNumber(String sealed) throws java.security.GeneralSecurityException {
                    return centre.decrypt(sealed).clear();
                }

                @Override
                public String sealNumber(String clear) {
                    return county.encrypt(number(clear));
                }

                @Override
                public String numberHash(String clear) {
                    return county.lookupHash(number(clear));
                }

                private org.madang.core.resident.Rrn number(String clear) {
                    return org.madang.core.resident.Rrn.parse(clear).orElseThrow(() -> new IllegalStateException("not a registration number"));
                }

                @Override
                public String reseal(String sealed) throws java.security.GeneralSecurityException {
                    return county.data().encrypt(centre.data().decrypt(sealed));
                }

                @Override
                public String movedPin(String code, long oldId, String stored) {
                    return org.madang.core.resident.ResidentPins.moved(code, oldId, stored);
                }
            };
        }

        private static Map<String, Long> counts(org.jdbi.v3.core.Jdbi jdbi, List<String> tables) {
            Map<String, Long> out = new java.util.LinkedHashMap<>();
            jdbi.useHandle(h -> tables.forEach(t -> out.put(t, h.createQuery("SELECT COUNT(*) FROM " + t).mapTo(Long.class).one())));
            return out;
        }

        /** The county folder gets the centre's keys; keys of another centre already there are a refusal (one chain, one key). */
        private static void shareKeys(Path centreKeys, Path countyKeys) throws java.io.IOException {
            Files.createDirectories(countyKeys);
            for (String key : org.madang.core.site.SiteKeys.FILES) {
                Path mine = centreKeys.resolve(key);
                Path theirs = countyKeys.resolve(key);
                if (Files.exists(theirs) && Files.exists(mine) && !java.util.Arrays.equals(Files.readAllBytes(mine), Files.readAllBytes(theirs))) {
                    throw new UsageException("madang db move-to-county: " + countyKeys + " holds other keys than the centre's (" + key
                            + "); a county's chain and residents' numbers have one set of keys");
                }
            }
            for (String key : org.madang.core.site.SiteKeys.FILES) {
                Path mine = centreKeys.resolve(key);
                if (Files.exists(mine) && !Files.exists(countyKeys.resolve(key))) {
                    Files.copy(mine, countyKeys.resolve(key), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** {@code madang db check}. */
    @Command(name = "check", mixinStandardHelpOptions = true, description = {
            "Check the schema, the event log's keyed hash chain against its head and the checkpoints in logs/, and the booking",
            "counts; name the first bad event and the damage (edited, removed, truncated, reordered); exit 1 on a problem.",
            "A whole chain's head is kept as a new checkpoint."})
    static final class Check extends SiteCommand implements Callable<Integer> {

        @Option(names = "--checkpoints", description = "Also print the checkpoints kept in logs/chain-checkpoints.log.")
        boolean printCheckpoints;

        @Override
        public Integer call() throws java.io.IOException {
            Path root = site();
            SiteDirectory dir = new SiteDirectory(root);
            SiteRuntime.requireDatabase(dir, SiteRuntime.loadConfig(dir, options.sets, System.getenv()), "madang db check");
            PrintWriter out = out();
            int problems = 0;
            try (SiteRuntime site = SiteRuntime.open(dir, SiteRuntime.loadConfig(dir, options.sets, System.getenv()),
                    java.time.Clock.systemDefaultZone(), false)) {
                var schema = site.database.validate();
                out.println("schema      " + schema.orElse("ok, version " + site.database.schemaVersion().orElse("none")));
                problems += schema.isPresent() ? 1 : 0;
                java.util.List<org.madang.core.event.ChainCheckpoint> checkpoints = org.madang.core.event.ChainCheckpoint.read(site.dir.logs());
                EventLog.ChainCheck chain = site.events().verify(checkpoints);
                out.println("event log   " + (chain.intact() ? "ok, " + chain.intactRows() + " events chained, matching its head and "
                        + checkpoints.size() + (checkpoints.size() == 1 ? " checkpoint" : " checkpoints") : damage(chain)));
                problems += chain.intact() ? 0 : 1;
                if (printCheckpoints) {
                    checkpoints.forEach(c -> out.println("  checkpoint " + c.line()));
                }
                if (chain.intact()) {
                    site.events().head().keep(site.dir.logs());
                }
                problems += movedChains(site, out);
                long mismatched = site.database.jdbi().withHandle(StoredCounts::slotsOff);
                out.println("slots       " + (mismatched == 0 ? "ok, every count matches its bookings" : mismatched + " slots whose count does not match their bookings"));
                problems += mismatched == 0 ? 0 : 1;
                // a course enrolling or under way: its count of seats taken against the residents seated
                long courses = site.database.jdbi().withHandle(StoredCounts::coursesOff);
                out.println("courses     " + (courses == 0 ? "ok, every count of seats matches its enrolments"
                        : courses + " courses whose count of seats does not match their enrolments"));
                problems += courses == 0 ? 0 : 1;
            }
            out.flush();
            return problems == 0 ? 0 : 1;
        }

        /** The chains of the centres moved into the county after the first: each kept as it was, under its own audit key. */
        private static int movedChains(SiteRuntime site, PrintWriter out) throws java.io.IOException {
            List<String> moves = site.database.jdbi().withHandle(h -> h.createQuery("SELECT payload FROM event_log WHERE type = :t ORDER BY id")
                    .bind("t", org.madang.core.event.EventType.CENTRE_MOVED.wireName()).mapTo(String.class).list());
            Map<String, org.madang.core.site.SiteKeys> kept = org.madang.core.site.SiteKeys.formerCentres(site.dir.keys());
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            int problems = 0;
            for (String payload : moves) {
                var move = json.readTree(payload);
                if (!move.has("lastEvent")) {
                    continue; // the county's first centre: its chain is the county's own
                }
                String centre = move.get("centre").asText();
                if (!kept.containsKey(centre)) {
                    out.println("moved " + centre + "  its chain cannot be checked: its keys are not in "
                            + org.madang.core.site.SiteKeys.formerCentre(site.dir.keys(), centre));
                    problems++;
                    continue;
                }
                EventLog.ChainCheck chain = new EventLog(site.database.jdbi(), site.clock, site.events().terminal(), kept.get(centre).auditKey())
                        .verifyKept(centre, move.get("lastEvent").asLong(), move.get("chainHead").asText(), move.get("keyedFrom").asLong());
                out.println("moved " + centre + "  " + (chain.intact() ? "ok, the centre's " + chain.intactRows()
                        + " events from before its move chained, matching the head its move names" : damage(chain)));
                problems += chain.intact() ? 0 : 1;
            }
            return problems;
        }

        private static String damage(EventLog.ChainCheck chain) {
            long at = chain.firstBrokenId().orElseThrow();
            String how = switch (chain.damage().orElseThrow()) {
                case EDITED -> "edited: event " + at + " is not as it was written (or was written without the site's audit key)";
                case REMOVED -> "removed: event " + at + " is missing from the middle of the chain";
                case TRUNCATED -> "truncated: the chain ends before event " + at
                        + ", which its head or a checkpoint in logs/ saw (events deleted, or the database rolled back or restored)";
                case REORDERED -> "reordered: event " + at + " is out of its place";
            };
            return "BROKEN, " + how + "; " + chain.intactRows() + " events before it hold";
        }
    }
}
