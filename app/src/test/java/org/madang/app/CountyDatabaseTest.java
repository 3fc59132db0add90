package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(migrate.out()).contains("is at version 21");
        assertThat(site.resolve("data").resolve("madang.mv.db")).doesNotExist();

        MadangRun check = MadangRun.of("db", "check", "--site", site.toString());
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("schema      ok, version 21", "event log   ok");

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
        county.createCounty("moved", "mover", "move-password");
        Path countyFolder = dir.resolve("county");
        Files.createDirectories(countyFolder.resolve("keys"));
        Files.writeString(countyFolder.resolve("site.yaml"), "database:\n  url: \"" + county.url("moved") + "\"\n  user: mover\n  tls: verify\n",
                StandardCharsets.UTF_8);
        Files.writeString(countyFolder.resolve("keys").resolve("county.password"), "move-password\n", StandardCharsets.UTF_8);
        Files.copy(county.authority(), countyFolder.resolve("keys").resolve("county-ca.crt"));

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
        assertThat(again.err()).contains("the county's database already holds");
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
