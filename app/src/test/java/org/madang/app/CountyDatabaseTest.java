package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.madang.core.testing.CountyServer;

/**
 * A site whose {@code database.url} is the county's PostgreSQL (SCALE.md, issue 22): a real
 * server with TLS and passwords, the password from {@code keys/county.password}, the server's
 * certificate checked against {@code keys/county-ca.crt}; and every way the connection can be
 * wrong, said so that whoever set it up knows what to mend.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class CountyDatabaseTest {
    @TempDir
    static Path serverFolder;
    static CountyServer county;

    /** The county's keys: every centre's terminals hold a copy (one audit key for one chain). */
    static Path countyKeys;

    @BeforeAll
    static void startCounty() throws Exception {
        county = CountyServer.start(serverFolder);
        county.createCounty("county", "madang", "s3cret-of the county");
        countyKeys = serverFolder.resolve("county-keys");
        org.madang.core.site.SiteKeys.loadOrCreate(countyKeys, new java.security.SecureRandom());
    }

    @AfterAll
    static void stopCounty() throws Exception {
        county.close();
    }

    private static Path site(Path dir, String tls, String password, Path authority) throws Exception {
        Path site = dir.resolve("centre");
        Files.createDirectories(site.resolve("keys"));
        try (var keys = Files.list(countyKeys)) {
            for (Path key : keys.toList()) {
                Files.copy(key, site.resolve("keys").resolve(key.getFileName()));
            }
        }
        Files.writeString(site.resolve("site.yaml"), "site:\n  name: 마당1동\ndatabase:\n  url: \"" + county.url("county") + "\"\n"
                + "  user: madang\n  tls: " + tls + "\n", StandardCharsets.UTF_8);
        if (password != null) {
            Files.writeString(site.resolve("keys").resolve("county.password"), password + "\n", StandardCharsets.UTF_8);
        }
        if (authority != null) {
            Files.copy(authority, site.resolve("keys").resolve("county-ca.crt"));
        }
        return site;
    }

    @Test
    void aSiteOnTheCountyDatabaseMigratesChecksAndTalksOverVerifiedTls(@TempDir Path dir) throws Exception {
        Path site = site(dir, "verify", "s3cret-of the county", county.authority());
        MadangRun migrate = MadangRun.of("db", "migrate", "--site", site.toString());
        assertThat(migrate.code()).as(migrate.err()).isZero();
        assertThat(migrate.out()).contains("is at version 22");
        assertThat(site.resolve("data").resolve("madang.mv.db")).doesNotExist();

        MadangRun check = MadangRun.of("db", "check", "--site", site.toString());
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("schema      ok, version 22", "event log   ok");

        // a terminal with keys of its own would chain with another key and break the chain for every centre
        Path stranger = dir.resolve("stranger");
        Files.createDirectories(stranger);
        Files.copy(site.resolve("site.yaml"), stranger.resolve("site.yaml"));
        Files.createDirectories(stranger.resolve("keys"));
        Files.copy(site.resolve("keys").resolve("county.password"), stranger.resolve("keys").resolve("county.password"));
        Files.copy(site.resolve("keys").resolve("county-ca.crt"), stranger.resolve("keys").resolve("county-ca.crt"));
        MadangRun refused = MadangRun.of("db", "migrate", "--site", stranger.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("is not the keys/ of the other terminals of " + county.url("county"),
                "needs a copy of the same keys/ folder");
        assertThat(MadangRun.of("db", "check", "--site", site.toString()).code()).isZero();

        try (SiteRuntime runtime = SiteRuntime.open(site, List.of("terminal.id=kiosk-3"), Map.of())) {
            var seen = runtime.database.jdbi().withHandle(h -> h.createQuery("SELECT s.ssl, a.application_name, a.usename"
                    + " FROM pg_stat_ssl s JOIN pg_stat_activity a ON a.pid = s.pid WHERE s.pid = pg_backend_pid()").mapToMap().one());
            assertThat(seen).containsEntry("ssl", true).containsEntry("application_name", "madang kiosk-3")
                    .containsEntry("usename", "madang");
        }
    }

    @Test
    void aDemoCountyOfThreeCentresOnPostgresqlAndATerminalIdKeptToOneCentre(@TempDir Path dir) throws Exception {
        county.createCounty("demo", "demo", "demo-password");
        Path site = site(dir, "verify", "demo-password", county.authority());
        MadangRun seeded = MadangRun.of("demo-data", "--site", site.toString(), "--sites", "3", "--set", "database.url=" + county.url("demo"),
                "--set", "database.user=demo");
        assertThat(seeded.code()).as(seeded.err()).isZero();
        assertThat(seeded.out()).contains("A county of 3 centres: byeol 별면 행정복지센터, haneul 하늘면 행정복지센터, main 마당1동");
        List<String> demo = List.of("database.url=" + county.url("demo"), "database.user=demo");
        MadangRun check = MadangRun.of("db", "check", "--site", site.toString(), "--set", demo.get(0), "--set", demo.get(1));
        assertThat(check.code()).as(check.out() + check.err()).isZero();

        try (SiteRuntime kiosk = SiteRuntime.open(site, demo, Map.of())) {
            kiosk.fleet(kiosk.events()).beat(new org.madang.core.terminal.Beat(org.madang.core.terminal.TerminalKind.KIOSK, "home", "ko",
                    org.madang.core.terminal.SessionState.IDLE, Map.of(), List.of(), "test", 1000, java.util.Optional.empty(),
                    java.time.Instant.now()));
        }
        List<String> haneul = new java.util.ArrayList<>(demo);
        haneul.add("site.code=haneul");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> SiteRuntime.open(site, haneul, Map.of()).close()))
                .isInstanceOf(UsageException.class).hasMessageContaining("terminal.id kiosk-1 is already a terminal of centre main");
        haneul.add("terminal.id=haneul-kiosk-1");
        try (SiteRuntime other = SiteRuntime.open(site, haneul, Map.of())) {
            assertThat(other.fleet(other.events()).terminals()).isEmpty();
            assertThat(other.facilities().all()).extracting(f -> f.centre().code()).contains("main", "haneul", "byeol");
        }
    }

    @Test
    void aCentresOwnDatabaseMovesIntoAnEmptyCountyWithItsCountsAndChain(@TempDir Path dir) throws Exception {
        Path centre = dir.resolve("centre-own");
        assertThat(MadangRun.of("demo-data", "--site", centre.toString()).code()).isZero();
        Path countyFolder = emptyCounty(dir.resolve("county"), "moved", "mover", "move-password");

        MadangRun moved = MadangRun.of("db", "move-to-county", "--site", centre.toString(), "--county", countyFolder.toString(), "--as", "haneul");
        assertThat(moved.code()).as(moved.out() + moved.err()).isZero();
        assertThat(moved.out()).contains("as centre haneul", "counts equal", "event chain whole");
        assertThat(countyFolder.resolve("keys").resolve("audit.key")).hasSameBinaryContentAs(centre.resolve("keys").resolve("audit.key"));

        List<String> haneul = List.of("site.code=haneul", "terminal.id=haneul-kiosk-1");
        try (SiteRuntime there = SiteRuntime.open(countyFolder, haneul, Map.of());
             SiteRuntime here = SiteRuntime.open(centre, List.of(), Map.of())) {
            assertThat(there.facilities().all()).hasSameSizeAs(here.facilities().all()).allMatch(f -> f.centre().code().equals("haneul"));
            String residents = "SELECT COUNT(*) FROM resident";
            long movedResidents = there.database.jdbi().withHandle(h -> h.createQuery(residents).mapTo(Long.class).one());
            long ownResidents = here.database.jdbi().withHandle(h -> h.createQuery(residents).mapTo(Long.class).one());
            assertThat(movedResidents).isEqualTo(ownResidents).isPositive();
            assertThat(there.events().latestId()).isGreaterThan(here.events().latestId());
            // new rows take ids past the ones moved
            var ticket = there.queue(there.events()).take(there.queue(there.events()).lines().get(0).id(), null);
            long newestMoved = here.database.jdbi().withHandle(h -> h.createQuery("SELECT MAX(id) FROM queue_ticket").mapTo(Long.class).one());
            assertThat(ticket.ticket().id()).isGreaterThan(newestMoved);
        }
        MadangRun check = MadangRun.of("db", "check", "--site", countyFolder.toString(), "--set", "site.code=haneul");
        assertThat(check.code()).as(check.out()).isZero();

        MadangRun again = MadangRun.of("db", "move-to-county", "--site", centre.toString(), "--county", countyFolder.toString(), "--as", "byeol");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("the county already holds this centre's books");
    }

    /**
     * A second centre into a county that holds one: its rows get county ids, a resident the county
     * has is joined to the county's, what was sealed under the centre's keys opens under the
     * county's, clashing codes and logins become the centre's own, its chain is kept whole.
     */
    @Test
    void aSecondCentreJoinsACountyThatHoldsOne(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertThat(MadangRun.of("demo-data", "--site", first.toString()).code()).isZero();
        assertThat(MadangRun.of("demo-data", "--site", second.toString(), "--seed", "8").code()).isZero();
        Path countyFolder = emptyCounty(dir.resolve("county"), "joined", "joiner", "join-password");
        MadangRun firstMove = MadangRun.of("db", "move-to-county", "--site", first.toString(), "--county", countyFolder.toString(), "--as", "haneul");
        assertThat(firstMove.code()).as(firstMove.out() + firstMove.err()).isZero();

        // one resident of the first centre is a resident of the second too (the same registration number)
        org.madang.core.resident.Rrn shared;
        long sharedInSecond;
        long secondResidents;
        long secondEvents;
        long secondFacilities;
        long sealedDocuments;
        long alreadyBoth;
        long oldBooking;
        long caseOf;
        String oldReceipt;
        String oldSeal;
        try (SiteRuntime one = SiteRuntime.open(first, List.of(), Map.of()); SiteRuntime two = SiteRuntime.open(second, List.of(), Map.of())) {
            // the demo's own people (the walk tests' residents) are in both already; one more is registered in the second
            List<org.madang.core.resident.Rrn> firstPeople = new ArrayList<>();
            for (String sealed : one.database.jdbi().withHandle(h -> h.createQuery("SELECT rrn_cipher FROM resident ORDER BY id")
                    .mapTo(String.class).list())) {
                firstPeople.add(one.cipher().decrypt(sealed));
            }
            alreadyBoth = firstPeople.stream().filter(p -> two.residents().byRrn(p).isPresent()).count();
            shared = firstPeople.stream().filter(p -> two.residents().byRrn(p).isEmpty()).findFirst().orElseThrow();
            var registered = new org.madang.core.resident.ResidentRegistry(two.database.jdbi(), two.cipher(), two.events(), two.clock)
                    .register(new org.madang.core.resident.ResidentRegistry.NewResident("김공유", shared.clear(), "01012345678", "마당로 1",
                            true, false, null, null), "clerk1");
            sharedInSecond = ((org.madang.core.resident.ResidentRegistry.Outcome.Registered) registered).resident().id();
            two.pins(two.events()).set(sharedInSecond, "4321", "clerk1");
            long ownPerson = two.database.jdbi().withHandle(h -> h.createQuery("SELECT MAX(id) FROM resident WHERE pin_hash IS NULL")
                    .mapTo(Long.class).one());
            two.pins(two.events()).set(ownPerson, "1234", "clerk1");
            // what the second centre printed before its move: a booking's receipt code, a document's seal
            oldBooking = number(two, "SELECT MAX(id) FROM booking WHERE status = 'BOOKED'");
            oldReceipt = two.tokens().issue(org.madang.core.booking.BookingNumber.of(oldBooking));
            var issued = two.database.jdbi().withHandle(h -> h.createQuery("SELECT number, content_hash FROM document_issue ORDER BY id LIMIT 1")
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).one());
            oldSeal = two.signer().seal(org.madang.core.document.Seal.Kind.DOCUMENT, issued[0].trim(),
                    java.util.HexFormat.of().parseHex(issued[1])).text();
            // an officer of the second centre read a case there
            caseOf = number(two, "SELECT MIN(resident_id) FROM care_case WHERE officer = 'officer1'");
            var read = new org.madang.core.care.Cases(two.database.jdbi(), two.events(), new org.madang.core.care.CaseText(two.cipher().data()),
                    two.clock).open(caseOf, "officer1", "전화 상담");
            assertThat(read).isInstanceOf(org.madang.core.care.CaseOutcome.Done.class);
            secondResidents = count(two, "resident");
            secondEvents = count(two, "event_log");
            secondFacilities = count(two, "facility");
            sealedDocuments = count(two, "document_issue");
        }

        // a document number printed by both centres: refused plainly, and the county is as it was
        String countyNumber;
        long countyRowsBefore;
        try (SiteRuntime there = SiteRuntime.open(countyFolder, List.of("site.code=haneul", "terminal.id=haneul-kiosk-1"), Map.of())) {
            countyNumber = there.database.jdbi().withHandle(h -> h.createQuery("SELECT number FROM document_issue ORDER BY id LIMIT 1")
                    .mapTo(String.class).one()).trim();
            countyRowsBefore = count(there, "booking") + count(there, "resident") + count(there, "event_log") + count(there, "centre");
        }
        String secondNumber = renumberFirstDocument(second, countyNumber);
        MadangRun clash = MadangRun.of("db", "move-to-county", "--site", second.toString(), "--county", countyFolder.toString(), "--as", "byeol");
        assertThat(clash.code()).as(clash.out() + clash.err()).isEqualTo(2);
        assertThat(clash.err()).contains("the county has a document issue numbered " + countyNumber + " already, and so has the centre; "
                + "a printed number cannot change, so the move is refused");
        try (SiteRuntime there = SiteRuntime.open(countyFolder, List.of("site.code=haneul", "terminal.id=haneul-kiosk-1"), Map.of())) {
            assertThat(count(there, "booking") + count(there, "resident") + count(there, "event_log") + count(there, "centre"))
                    .isEqualTo(countyRowsBefore);
        }
        renumberFirstDocument(second, secondNumber);

        MadangRun joined = MadangRun.of("db", "move-to-county", "--site", second.toString(), "--county", countyFolder.toString(), "--as", "byeol");
        assertThat(joined.code()).as(joined.out() + joined.err()).isZero();
        assertThat(joined.out()).contains("as centre byeol", (alreadyBoth + 1) + " of its residents the county already had", "counts equal",
                "the centre's " + String.format("%,d", secondEvents) + " events kept whole", "the county's event chain whole",
                "clerk (8): admin → admin.byeol", "The PINs of 2 residents moved with them");
        assertThat(countyFolder.resolve("keys").resolve("centres").resolve("byeol").resolve("audit.key"))
                .hasSameBinaryContentAs(second.resolve("keys").resolve("audit.key"));

        try (SiteRuntime there = SiteRuntime.open(countyFolder, List.of("site.code=byeol", "terminal.id=byeol-kiosk-1"), Map.of())) {
            long firstResidents;
            try (SiteRuntime one = SiteRuntime.open(first, List.of(), Map.of())) {
                firstResidents = count(one, "resident");
            }
            assertThat(count(there, "resident")).isEqualTo(firstResidents + secondResidents - alreadyBoth - 1);
            var countyOne = there.residents().byRrn(shared).orElseThrow();
            // the shared resident's PIN (set in the second centre) gave way to the county's record; the booking rows follow the person
            assertThat(number(there, "SELECT new_id FROM moved_id WHERE centre = 'byeol' AND table_name = 'resident' AND old_id = "
                    + sharedInSecond)).isEqualTo(countyOne.id());
            assertThat(number(there, "SELECT COUNT(*) FROM facility WHERE site = 'byeol' AND code LIKE '%-byeol'")).isEqualTo(secondFacilities);
            // everything sealed opens with the county's keys
            var data = there.cipher().data();
            List<String> sealed = there.database.jdbi().withHandle(h -> h.createQuery("SELECT content FROM document_issue d WHERE site = 'byeol' "
                    + "UNION ALL SELECT asked_cipher FROM care_consultation WHERE asked_cipher IS NOT NULL "
                    + "UNION ALL SELECT kind_cipher FROM care_need").mapTo(String.class).list());
            assertThat(sealed).hasSizeGreaterThanOrEqualTo((int) sealedDocuments);
            for (String s : sealed) {
                assertThat(data.decrypt(s)).isNotBlank();
            }
            List<String> numbers = there.database.jdbi().withHandle(h -> h.createQuery("SELECT rrn_cipher FROM resident").mapTo(String.class).list());
            for (String n : numbers) {
                assertThat(there.residents().byRrn(there.cipher().decrypt(n))).isPresent();
            }
            assertThat(number(there, "SELECT COUNT(*) FROM moved_event WHERE centre = 'byeol'")).isEqualTo(secondEvents);
            assertThat(joined.out()).contains("the county's event chain whole (" + String.format("%,d", count(there, "event_log")) + " events)");
            // the PIN set at the second centre came with the resident: checked with the centre's key once, then the county's
            var pins = there.pins(there.events());
            assertThat(number(there, "SELECT COUNT(*) FROM resident WHERE pin_hash LIKE 'moved:byeol:%' AND id = " + countyOne.id())).isOne();
            assertThat(pins.check(countyOne.id(), "9999").check()).isEqualTo(org.madang.core.resident.ResidentPins.Check.WRONG);
            assertThat(pins.check(countyOne.id(), "4321").check()).isEqualTo(org.madang.core.resident.ResidentPins.Check.RIGHT);
            assertThat(number(there, "SELECT COUNT(*) FROM resident WHERE pin_hash LIKE 'moved:%' AND id = " + countyOne.id())).isZero();
            assertThat(pins.check(countyOne.id(), "4321").check()).isEqualTo(org.madang.core.resident.ResidentPins.Check.RIGHT);
            // a receipt and a document printed before the move still hold, the receipt naming the booking's number in the county
            long movedBooking = number(there, "SELECT new_id FROM moved_id WHERE centre = 'byeol' AND table_name = 'booking' AND old_id = " + oldBooking);
            assertThat(there.tokens().verify(oldReceipt)).contains(org.madang.core.booking.BookingNumber.of(movedBooking));
            assertThat(there.verifier().code(oldSeal).verdict()).isEqualTo(org.madang.core.document.Verification.Verdict.VALID);
            // the centre's clerks sign in under their logins in the county, with their own passwords
            assertThat(there.clerks(there.events()).signIn("clerk1.byeol", org.madang.core.demo.DemoSeeder.DEMO_CLERK_PASSWORD.toCharArray()))
                    .isInstanceOf(org.madang.core.clerk.SignIn.SignedIn.class);
            // the case's readers from before the move are still named, under their logins in the county
            long caseNow = number(there, "SELECT new_id FROM moved_id WHERE centre = 'byeol' AND table_name = 'resident' AND old_id = " + caseOf);
            var readers = new org.madang.core.care.Cases(there.database.jdbi(), there.events(),
                    new org.madang.core.care.CaseText(there.cipher().data()), there.clock).readers(caseNow, "lead.byeol");
            assertThat(readers).isInstanceOf(org.madang.core.care.CaseOutcome.Done.class);
            var reads = ((org.madang.core.care.CaseOutcome.Done<List<org.madang.core.care.CaseRead>>) readers).value();
            assertThat(reads).anySatisfy(r -> assertThat(r.login()).isEqualTo("officer1.byeol"));
            // the county goes on numbering after the centre's rows
            var ticket = there.queue(there.events()).take(there.queue(there.events()).lines().get(0).id(), null);
            assertThat(ticket.ticket().id()).isGreaterThan(number(there, "SELECT MAX(new_id) FROM moved_id WHERE table_name = 'queue_ticket'"));
        }
        MadangRun check = MadangRun.of("db", "check", "--site", countyFolder.toString(), "--set", "site.code=byeol");
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(check.out()).contains("moved byeol  ok, the centre's " + secondEvents + " events from before its move chained");
        MadangRun again = MadangRun.of("db", "move-to-county", "--site", second.toString(), "--county", countyFolder.toString(), "--as", "dal");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("the county already holds this centre's books");
    }

    /** A new county database on the test server and a county folder naming it (no keys yet: the first centre's become its). */
    private static Path emptyCounty(Path countyFolder, String database, String user, String password) throws Exception {
        county.createCounty(database, user, password);
        Files.createDirectories(countyFolder.resolve("keys"));
        Files.writeString(countyFolder.resolve("site.yaml"), "database:\n  url: \"" + county.url(database) + "\"\n  user: " + user
                + "\n  tls: verify\n", StandardCharsets.UTF_8);
        Files.writeString(countyFolder.resolve("keys").resolve("county.password"), password + "\n", StandardCharsets.UTF_8);
        Files.copy(county.authority(), countyFolder.resolve("keys").resolve("county-ca.crt"));
        return countyFolder;
    }

    /** Gives the site's first document another number (a clash made on purpose); returns the number it had. */
    private static String renumberFirstDocument(Path site, String number) throws Exception {
        try (SiteRuntime centre = SiteRuntime.open(site, List.of(), Map.of())) {
            return centre.database.jdbi().inTransaction(h -> {
                long id = h.createQuery("SELECT MIN(id) FROM document_issue").mapTo(Long.class).one();
                String had = h.createQuery("SELECT number FROM document_issue WHERE id = :id").bind("id", id).mapTo(String.class).one().trim();
                h.createUpdate("UPDATE document_issue SET number = :n WHERE id = :id").bind("n", number).bind("id", id).execute();
                return had;
            });
        }
    }

    private static long count(SiteRuntime site, String table) {
        return number(site, "SELECT COUNT(*) FROM " + table);
    }

    private static long number(SiteRuntime site, String sql) {
        return site.database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void everyWayTheConnectionIsWrongIsSaidPlainly(@TempDir Path dir) throws Exception {
        Path noPassword = site(dir.resolve("a"), "verify", null, county.authority());
        assertThat(MadangRun.of("db", "migrate", "--site", noPassword.toString()).err())
                .contains("the county database's password for user madang is not in " + noPassword.resolve("keys").resolve("county.password"));

        Path wrongPassword = site(dir.resolve("b"), "verify", "guessed", county.authority());
        MadangRun refused = MadangRun.of("db", "migrate", "--site", wrongPassword.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("the county database " + county.url("county")
                + " refused user madang with the password in keys/county.password").doesNotContain("Exception");

        Path noAuthority = site(dir.resolve("c"), "verify", "s3cret-of the county", null);
        assertThat(MadangRun.of("db", "migrate", "--site", noAuthority.toString()).err())
                .contains("database.tls is verify, but the county's certificate authority is not in");

        Path otherAuthority = site(dir.resolve("d"), "verify", "s3cret-of the county", county.otherAuthority());
        assertThat(MadangRun.of("db", "migrate", "--site", otherAuthority.toString()).err())
                .contains("did not prove who it is over TLS");

        Path plain = site(dir.resolve("e"), "off", "s3cret-of the county", null);
        assertThat(MadangRun.of("db", "migrate", "--site", plain.toString()).err())
                .contains("accepts only encrypted connections: set database.tls: verify");

        Path unverified = site(dir.resolve("f"), "require", "s3cret-of the county", null);
        MadangRun encryptedOnly = MadangRun.of("db", "migrate", "--site", unverified.toString());
        assertThat(encryptedOnly.code()).as(encryptedOnly.err()).isZero();

        Path missing = site(dir.resolve("g"), "verify", "s3cret-of the county", county.authority());
        MadangRun noSuch = MadangRun.of("db", "migrate", "--site", missing.toString(), "--set",
                "database.url=" + county.url("nowhere"));
        assertThat(noSuch.err()).contains("does not exist on that server");

        MadangRun unreachable = MadangRun.of("db", "migrate", "--site", missing.toString(), "--set",
                "database.url=jdbc:postgresql://localhost:1/county");
        assertThat(unreachable.err()).contains("the county database jdbc:postgresql://localhost:1/county cannot be reached");
    }

    @Test
    void whatOnlyAnH2FileCanDoIsRefusedOnTheCountyDatabase(@TempDir Path dir) throws Exception {
        Path site = site(dir, "verify", "s3cret-of the county", county.authority());
        MadangRun encrypted = MadangRun.of("db", "migrate", "--site", site.toString(), "--set", "database.encrypted=true");
        assertThat(encrypted.err()).contains("database.encrypted: encrypts this site's H2 file");
        for (String command : List.of("backup", "encrypt", "serve")) {
            MadangRun run = MadangRun.of("db", command, "--site", site.toString());
            assertThat(run.code()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).contains("the county's PostgreSQL");
        }
    }
}
