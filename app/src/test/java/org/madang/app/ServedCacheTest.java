package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.madang.core.queue.IssuedTicket;
import org.madang.core.queue.Ticket;
import org.madang.core.queue.TicketQueue;
import org.madang.core.site.SiteDirectory;
import org.madang.core.testing.CountyServer;

/**
 * One cache for a centre whose terminals are on several machines (SCALE.md): {@code madang db
 * serve} at a centre of a county serves the centre's cache, and the centre's other terminals set
 * {@code database.cache} to its address — so queue tickets taken while the county does not answer
 * are numbered once for the centre, not once per machine.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ServedCacheTest {

    @Test
    void twoTerminalsOnTheCentresServedCacheNumberTicketsInTurnThroughAnOutage(@TempDir Path dir) throws Exception {
        try (CountyServer county = CountyServer.start(dir.resolve("server"))) {
            Path keys = dir.resolve("county-keys");
            Path host = CountyOutageTest.seededCounty(county, keys, dir.resolve("host"));
            Path other = CountyOutageTest.centre(dir.resolve("other"), county, keys, "main", "kiosk-2");
            int port = freePort();
            SiteDirectory hostDir = new SiteDirectory(host);
            StringWriter said = new StringWriter();
            Server server = DbCommand.Serve.start(hostDir, SiteRuntime.loadConfig(hostDir, List.of("database.servePort=" + port), Map.of()),
                    new PrintWriter(said));
            try {
                assertThat(said.toString()).contains("Serving the centre's cache", ":" + port + "/cache", "set database.cache to that address");
                List<String> served = List.of("database.cache=jdbc:h2:tcp://localhost:" + port + "/cache");
                try (SiteRuntime one = SiteRuntime.open(host, served, Map.of());
                     SiteRuntime two = SiteRuntime.open(other, served, Map.of())) {
                    one.cache().orElseThrow().follow();
                    long civil = one.queue(one.events()).lineByCode("civil").orElseThrow().id();
                    one.link.lost("test: the county does not answer");
                    two.link.lost("test: the county does not answer");

                    IssuedTicket first = one.queue(one.events()).take(civil, null);
                    IssuedTicket second = two.queue(two.events()).take(civil, null);

                    assertThat(first.ticket().id()).as("kept in the cache").isNegative();
                    assertThat(second.ticket().number()).as("one numbering for the centre").isEqualTo(first.ticket().number() + 1);
                    assertThat(second.ahead()).isEqualTo(first.ahead() + 1);
                    TicketQueue sender = one.queue(one.events());
                    assertThat(sender.takenHere()).extracting(Ticket::label).containsExactly(first.ticket().label(), second.ticket().label());

                    one.link.heard();
                    for (Ticket t : sender.takenHere()) {
                        assertThat(sender.sendTaken(t)).isPresent();
                    }
                    List<String> printers = one.database.jdbi().withHandle(h -> h.createQuery("SELECT terminal_id FROM queue_ticket "
                                    + "WHERE service_id = :s AND ticket_day = :d AND number IN (:a, :b) AND site = 'main' ORDER BY number")
                            .bind("s", civil).bind("d", first.ticket().day()).bind("a", first.ticket().number())
                            .bind("b", second.ticket().number()).mapTo(String.class).list());
                    assertThat(printers).as("each ticket as printed, by the terminal that printed it").containsExactly("kiosk-1", "kiosk-2");
                    assertThat(two.queue(two.events()).takenHere()).isEmpty();
                }
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void theCentresCacheMachineOffWhileTheCountyAnswersLeavesTheTerminalWorkingOnTheCounty(@TempDir Path dir) throws Exception {
        try (CountyServer county = CountyServer.start(dir.resolve("server"))) {
            Path keys = dir.resolve("county-keys");
            Path host = CountyOutageTest.seededCounty(county, keys, dir.resolve("host"));
            int port = freePort();
            SiteDirectory hostDir = new SiteDirectory(host);
            Server server = DbCommand.Serve.start(hostDir, SiteRuntime.loadConfig(hostDir, List.of("database.servePort=" + port), Map.of()),
                    new PrintWriter(new StringWriter()));
            List<String> served = List.of("database.cache=jdbc:h2:tcp://localhost:" + port + "/cache");
            try (SiteRuntime kiosk = SiteRuntime.open(host, served, Map.of())) {
                CountyWatch watch = (CountyWatch) CountyWatch.start(kiosk, java.time.Duration.ofHours(1));
                watch.round();
                assertThat(kiosk.link.up()).isTrue();
                server.stop();
                watch.round();
                assertThat(kiosk.link.up()).as("the cache failed, not the county: its services stay open").isTrue();
                assertThat(kiosk.facilities().all()).as("the screens read the county meanwhile").isNotEmpty();
                watch.close();
            }
            // started while the cache machine is off: on the county, without the cache
            try (SiteRuntime late = SiteRuntime.open(host, served, Map.of())) {
                assertThat(late.cacheDatabase).isEmpty();
                assertThat(late.facilities().all()).isNotEmpty();
                assertThat(late.link.up()).isTrue();
            }
        }
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    @Test
    void aCentreTerminalWithoutACacheOfItsOwnHasNothingToServe(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        java.nio.file.Files.createDirectories(site);
        java.nio.file.Files.writeString(site.resolve("site.yaml"), "database:\n  url: \"jdbc:postgresql://county.example/county\"\n"
                + "  cache: \"jdbc:h2:tcp://centre-pc:9092/cache\"\n");
        MadangRun run = MadangRun.of("db", "serve", "--site", site.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no cache of its own to serve the centre");
    }
}
