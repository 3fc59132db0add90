package org.madang.core.site;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of Madang running, as the build wrote it (shown in the fleet view and the heartbeat). */
public final class Release {
    private static final String VERSION = read();

    private Release() {
    }

    public static String version() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = Release.class.getResourceAsStream("/org/madang/core/release.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
