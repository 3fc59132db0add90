package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Madang's logging as set up in code: the site's madang.log, INFO and up, the pool and migrations only when they warn. */
class LogSetupTest {

    @Test
    void linesGoToTheSiteLogWithTheNoisyLibrariesQuiet(@TempDir Path logs) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        LogSetup.configure(context, logs);
        context.getLogger("org.madang.kiosk.KioskApp").info("the kiosk started");
        context.getLogger("org.madang.kiosk.KioskApp").debug("a detail nobody reads");
        context.getLogger("com.zaxxer.hikari.pool.HikariPool").info("pool chatter");
        context.getLogger("org.flywaydb.core.Flyway").warn("a migration warning");
        context.stop();
        String written = Files.readString(logs.resolve("madang.log"), StandardCharsets.UTF_8);
        assertThat(written).contains("INFO  [").contains("org.madang.kiosk.KioskApp - the kiosk started")
                .contains("WARN").contains("a migration warning")
                .doesNotContain("a detail nobody reads").doesNotContain("pool chatter");
    }

    @Test
    void theLogFolderIsTheOneMainNames() {
        String before = System.getProperty("MADANG_LOG_DIR");
        try {
            System.setProperty("MADANG_LOG_DIR", "/srv/site/logs");
            assertThat(LogSetup.folder()).isEqualTo(Path.of("/srv/site/logs"));
            System.clearProperty("MADANG_LOG_DIR");
            assertThat(LogSetup.folder()).isEqualTo(Path.of(System.getProperty("user.home"), ".madang", "logs"));
        } finally {
            if (before != null) {
                System.setProperty("MADANG_LOG_DIR", before);
            }
        }
    }
}
