package org.madang.config;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Turns merged settings into typed records; every failure names the setting's origin and key. */
final class SettingsBinder {
    private static final Set<String> LANGUAGES = Set.of("ko", "en", "zh", "vi");

    private final Map<String, Setting> settings;

    SettingsBinder(Map<String, Setting> settings) {
        this.settings = settings;
    }

    SiteConfig bind() throws ConfigException {
        SiteIdentity site = new SiteIdentity(nonBlank("site.name"), nonBlank("site.county"), zone("site.zone"),
                languages("site.languages"), centreCode("site.code"));
        TerminalConfig terminal = new TerminalConfig(identifier("terminal.id"), role("terminal.role"));
        DatabaseConfig database = database();
        DeviceConfig devices = new DeviceConfig(device("devices.receiptPrinter"), device("devices.documentPrinter"),
                device("devices.qrScanner"), device("devices.idReader"), device("devices.voice"));
        int idle = integer("session.idleSeconds", 30, 3600);
        int warning = integer("session.warningSeconds", 20, 600);
        if (warning >= idle) {
            throw invalid("session.warningSeconds", "must be shorter than session.idleSeconds (" + idle + ")");
        }
        SessionConfig session = new SessionConfig(Duration.ofSeconds(idle), Duration.ofSeconds(warning),
                integer("session.maxExtensions", 10, 100));
        ScreenGeometry screen = new ScreenGeometry(integer("screen.widthPx", 320, 10000),
                integer("screen.heightPx", 240, 10000), decimal("screen.widthMm", 50, 3000),
                decimal("screen.heightMm", 50, 3000), integer("screen.mountingHeightMm", 0, 2500),
                decimal("screen.minGlyphMm", 2, 40));
        UiConfig ui = new UiConfig(text("ui.fontFile"), bool("ui.fullscreen"), bool("ui.offerPractice"), bool("ui.sounds"),
                keyName("ui.earphoneKey"), bool("ui.lowPosition"));
        CounterConfig counter = new CounterConfig(integer("counter.number", 1, 99), codes("counter.services"),
                integer("counter.lockAfterSeconds", 0, 86_400));
        DisplayConfig display = new DisplayConfig(languages("display.speak"));
        return new SiteConfig(site, terminal, database, devices, session, screen, ui, counter, display);
    }

    private DatabaseConfig database() throws ConfigException {
        String url = text("database.url");
        if (!url.isEmpty() && !url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql://")) {
            throw invalid("database.url", "'" + url + "' is neither an H2 address (jdbc:h2:tcp://host:port/madang, from madang db serve)"
                    + " nor a PostgreSQL one (jdbc:postgresql://host:port/database); leave it empty for this site's own file");
        }
        DatabaseConfig.Tls tls;
        String word = text("database.tls");
        try {
            tls = DatabaseConfig.Tls.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("database.tls", "'" + word + "' is not off, require or verify");
        }
        DatabaseConfig database = new DatabaseConfig(url, identifier("database.user"), integer("database.servePort", 1, 65535),
                bool("database.allowOthers"), bool("database.encrypted"), tls, cachePath());
        if (database.postgres() && database.encrypted()) {
            throw invalid("database.encrypted", "encrypts this site's H2 file; a PostgreSQL server keeps its own files"
                    + " (encrypt its disk), so leave it off with a jdbc:postgresql: database.url");
        }
        if (!database.postgres() && tls != DatabaseConfig.Tls.OFF) {
            throw invalid("database.tls", "is for a PostgreSQL database.url (jdbc:postgresql://…); the H2 database here has none");
        }
        if (!database.postgres() && database.cachePath().isPresent()) {
            throw invalid("database.cache", "is the centre's cache of a county's PostgreSQL database (database.url: jdbc:postgresql://…);"
                    + " a site on its own H2 database reads it directly");
        }
        return database;
    }

    /**
     * A path under the site folder (relative, no {@code ..}, not the site's own database file), or
     * the centre's cache served by another terminal of the centre ({@code jdbc:h2:tcp://host:port/name}).
     */
    private String cachePath() throws ConfigException {
        String v = text("database.cache");
        if (v.isEmpty()) {
            return v;
        }
        if (v.startsWith("jdbc:")) {
            if (!v.matches("jdbc:h2:tcp://[A-Za-z0-9.-]+(:\\d{1,5})?/[A-Za-z0-9_-]+")) {
                throw invalid("database.cache", "'" + v + "' is not the address of a served cache: jdbc:h2:tcp://<the centre's cache machine>:9092/cache"
                        + " (what madang db serve prints there)");
            }
            return v;
        }
        java.nio.file.Path p;
        try {
            p = java.nio.file.Path.of(v).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw invalid("database.cache", "'" + v + "' is not a path");
        }
        if (p.isAbsolute() || p.startsWith("..") || v.endsWith(".db") || p.equals(java.nio.file.Path.of("data", "madang"))) {
            throw invalid("database.cache", "'" + v + "' is not a place for the cache: give a path inside the site folder, without"
                    + " .mv.db and other than data/madang (e.g. data/cache), or the address madang db serve prints on the centre's cache machine");
        }
        return p.toString();
    }

    /** A centre's code in the county: small letters, digits and '-' (e.g. {@code hwajeong-1}). */
    private String centreCode(String key) throws ConfigException {
        String v = nonBlank(key);
        if (!v.matches(SiteIdentity.CODE_FORM)) {
            throw invalid(key, "'" + v + "' is not a centre code (small letters, digits and '-', e.g. hwajeong-1)");
        }
        return v;
    }

    private Setting setting(String key) {
        return settings.get(key);
    }

    private ConfigException invalid(String key, String problem) {
        Setting s = setting(key);
        return new ConfigException(s.origin() + " " + key + ": " + problem);
    }

    private String text(String key) throws ConfigException {
        if (setting(key).list()) {
            throw invalid(key, "takes one value, not a list");
        }
        return setting(key).text().strip();
    }

    private String nonBlank(String key) throws ConfigException {
        String v = text(key);
        if (v.isEmpty()) {
            throw invalid(key, "must not be empty");
        }
        return v;
    }

    private String identifier(String key) throws ConfigException {
        String v = nonBlank(key);
        if (!v.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")) {
            throw invalid(key, "'" + v + "' may hold only letters, digits, '-', '_' and '.' (at most 40)");
        }
        return v;
    }

    private int integer(String key, int min, int max) throws ConfigException {
        String v = text(key);
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw invalid(key, n + " is out of range (" + min + " to " + max + ")");
            }
            return n;
        } catch (NumberFormatException e) {
            throw invalid(key, "'" + v + "' is not a whole number");
        }
    }

    private double decimal(String key, double min, double max) throws ConfigException {
        String v = text(key);
        try {
            double n = Double.parseDouble(v);
            if (!(n >= min && n <= max)) {
                throw invalid(key, v + " is out of range (" + fmt(min) + " to " + fmt(max) + ")");
            }
            return n;
        } catch (NumberFormatException e) {
            throw invalid(key, "'" + v + "' is not a number");
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private boolean bool(String key) throws ConfigException {
        String v = text(key).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw invalid(key, "'" + text(key) + "' is not true or false");
        };
    }

    private ZoneId zone(String key) throws ConfigException {
        String v = nonBlank(key);
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            throw invalid(key, "'" + v + "' is not a time zone (e.g. Asia/Seoul)");
        }
    }

    private TerminalRole role(String key) throws ConfigException {
        String v = nonBlank(key);
        try {
            return TerminalRole.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(key, "unknown role '" + v + "' (known: kiosk, counter, display)");
        }
    }

    /** A key's name as Java's key strokes know it ({@code F9}, {@code INSERT}); empty for none. */
    private String keyName(String key) throws ConfigException {
        String v = text(key).strip();
        if (!v.isEmpty() && !v.toUpperCase(Locale.ROOT).matches("F([1-9]|1[0-9]|2[0-4])|INSERT|PAUSE|SCROLL_LOCK|PRINTSCREEN|[A-Z0-9]")) {
            throw invalid(key, "'" + v + "' is not a key's name (e.g. F9, F12, INSERT)");
        }
        return v.toUpperCase(Locale.ROOT);
    }

    private List<String> languages(String key) throws ConfigException {
        List<String> raw = setting(key).values().size() == 1
                ? List.of(setting(key).values().get(0).split(","))
                : setting(key).values();
        List<String> langs = raw.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (langs.isEmpty()) {
            throw invalid(key, "needs at least one language (known: " + String.join(", ", new TreeSet<>(LANGUAGES)) + ")");
        }
        for (String lang : langs) {
            if (!LANGUAGES.contains(lang)) {
                throw invalid(key, "unknown language '" + lang + "' (known: " + String.join(", ", new TreeSet<>(LANGUAGES)) + ")");
            }
        }
        return langs;
    }

    /** A list of catalogue codes (a YAML list, or one line with commas); empty is allowed. */
    private List<String> codes(String key) throws ConfigException {
        List<String> raw = setting(key).values().size() == 1
                ? List.of(setting(key).values().get(0).split(","))
                : setting(key).values();
        List<String> codes = raw.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        for (String code : codes) {
            if (!code.matches("[a-z0-9][a-z0-9-]{0,39}")) {
                throw invalid(key, "'" + code + "' is not a service code (small letters, digits and '-', e.g. civil)");
            }
        }
        return codes;
    }

    private DeviceUri device(String key) throws ConfigException {
        DeviceUri uri;
        try {
            uri = DeviceUri.parse(nonBlank(key));
        } catch (IllegalArgumentException e) {
            throw invalid(key, e.getMessage());
        }
        Set<String> known = ConfigKeys.DRIVERS.get(key);
        if (!known.contains(uri.driver())) {
            throw invalid(key, "unknown driver '" + uri.driver() + "' (known: " + String.join(", ", new TreeSet<>(known)) + ")");
        }
        return uri;
    }
}
