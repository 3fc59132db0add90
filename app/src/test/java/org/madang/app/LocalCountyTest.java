package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code madang county start/stop}: the county's PostgreSQL of Debian's postgresql package (which
 * {@code ./madang test} installs), made, seeded with three centres, stopped (a terminal then says the
 * county cannot be reached), started again with everything kept, and deleted.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LocalCountyTest {

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static long facilities(Path folder, String centre) {
        try (SiteRuntime site = SiteRuntime.open(folder, List.of("site.code=" + centre, "terminal.id=" + centre + "-kiosk-1"), Map.of())) {
            return site.facilities().all().size();
        }
    }

    @Test
    void aLocalCountyIsMadeSeededStoppedStartedAgainAndDeleted(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("county");
        String port = Integer.toString(freePort());
        try {
            MadangRun started = MadangRun.of("county", "start", "--site", folder.toString(), "--port", port);
            assertThat(started.code()).as(started.err()).isZero();
            assertThat(started.out()).contains("Made a county database", "Seeding the demo county (3 centres)",
                    "runs at jdbc:postgresql://localhost:" + port + "/county");
            assertThat(Files.readString(folder.resolve("site.yaml"))).contains("url: \"jdbc:postgresql://localhost:" + port + "/county\"");
            assertThat(folder.resolve("keys").resolve("county.password")).exists();
            assertThat(folder.resolve("data").resolve("madang.mv.db")).doesNotExist();
            long seen = facilities(folder, "haneul");
            assertThat(seen).isEqualTo(11);
            assertThat(MadangRun.of("db", "check", "--site", folder.toString()).code()).isZero();

            assertThat(MadangRun.of("county", "stop", "--site", folder.toString(), "--port", port).out()).contains("Stopped");
            MadangRun away = MadangRun.of("db", "check", "--site", folder.toString());
            assertThat(away.code()).isEqualTo(2);
            assertThat(away.err()).contains("cannot be reached");

            MadangRun again = MadangRun.of("county", "start", "--site", folder.toString(), "--port", port);
            assertThat(again.code()).as(again.err()).isZero();
            assertThat(again.out()).doesNotContain("Made a county database").doesNotContain("Seeding");
            assertThat(facilities(folder, "byeol")).isEqualTo(seen);
            // a centre's cache of this county, as the demo kiosk keeps one in the county folder
            Files.createDirectories(folder.resolve("data"));
            Files.writeString(folder.resolve("data").resolve("cache-main.mv.db"), "a copy of this county");
        } finally {
            MadangRun deleted = MadangRun.of("county", "stop", "--delete", "--site", folder.toString(), "--port", port);
            assertThat(deleted.out()).as(deleted.err()).contains("Deleted the county");
        }
        assertThat(folder.resolve("site.yaml")).doesNotExist();
        assertThat(folder.resolve("data")).as("the caches of a county that is gone go with it").doesNotExist();
    }

    @Test
    void aCountyWhoseFirstStartStoppedBeforeItsLoginIsFinishedByTheNextStart(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("county");
        String port = Integer.toString(freePort());
        try {
            assertThat(MadangRun.of("county", "start", "--site", folder.toString(), "--port", port).code()).isZero();
            assertThat(MadangRun.of("county", "stop", "--site", folder.toString(), "--port", port).code()).isZero();
            // as a first start leaves it when the server would not start (its port taken): data made, no login, no site.yaml
            Files.delete(folder.resolve("site.yaml"));
            Files.delete(folder.resolve("keys").resolve("county.password"));

            MadangRun again = MadangRun.of("county", "start", "--site", folder.toString(), "--port", port);

            assertThat(again.code()).as(again.err()).isZero();
            assertThat(Files.readString(folder.resolve("site.yaml"))).contains("url: \"jdbc:postgresql://localhost:" + port + "/county\"");
            assertThat(folder.resolve("data").resolve("madang.mv.db")).as("nothing seeded into a file of its own").doesNotExist();
            assertThat(facilities(folder, "haneul")).as("the county's database kept, under a new password").isEqualTo(11);
        } finally {
            MadangRun.of("county", "stop", "--delete", "--site", folder.toString(), "--port", port);
        }
    }
}
