package org.madang.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;

/**
 * Madang's logging, set up in code rather than read from an XML file (the XML reader alone loads
 * some 650 classes, a fifth of a second of every start): {@code <site>/logs/madang.log} (the
 * folder {@link Main} names in {@code MADANG_LOG_DIR}; else {@code ~/.madang/logs}, never the
 * working folder), rolled daily and at 20 MB, gzipped, 30 days and 1 GB kept; INFO and up, the
 * pool, migrations and H2 at WARN. The console belongs to the command's own output. A
 * {@code logback-test.xml} on the class path (the tests') takes precedence.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configure(context, folder());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Logs of {@code context} into {@code dir}, rolled and kept as said above. */
    static void configure(LoggerContext context, Path dir) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir.resolve("madang.log").toString());
        file.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir.resolve("madang-%d{yyyy-MM-dd}.%i.log.gz").toString());
        rolling.setMaxFileSize(FileSize.valueOf("20MB"));
        rolling.setMaxHistory(30);
        rolling.setTotalSizeCap(FileSize.valueOf("1GB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        for (String quiet : new String[] {"com.zaxxer.hikari", "org.flywaydb", "h2database"}) {
            context.getLogger(quiet).setLevel(Level.WARN);
        }
    }

    /** Where the log files go. */
    static Path folder() {
        String named = System.getProperty("MADANG_LOG_DIR");
        return named != null && !named.isBlank() ? Path.of(named) : Path.of(System.getProperty("user.home"), ".madang", "logs");
    }
}
