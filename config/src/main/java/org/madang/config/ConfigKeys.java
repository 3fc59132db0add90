package org.madang.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every key a site file may hold, with its default. The defaults describe the demo site:
 * a 32-inch portrait touch screen, simulated devices, Korean first.
 */
public final class ConfigKeys {
    /** Drivers each device key accepts in this build. */
    public static final Map<String, Set<String>> DRIVERS = Map.of(
            "devices.receiptPrinter", Set.of("sim", "escpos+serial", "escpos+tcp", "escpos+file"),
            "devices.documentPrinter", Set.of("sim", "print"),
            "devices.qrScanner", Set.of("sim", "qr+serial", "qr+wedge"),
            "devices.idReader", Set.of("sim", "mrz+serial", "mrz+wedge", "pcsc"),
            "devices.voice", Set.of("sim", "espeak"));

    static final Map<String, List<String>> DEFAULTS = defaults();

    private ConfigKeys() {
    }

    private static Map<String, List<String>> defaults() {
        Map<String, List<String>> d = new LinkedHashMap<>();
        d.put("site.name", List.of("마당 행정복지센터"));
        d.put("site.county", List.of("마당군"));
        d.put("site.zone", List.of("Asia/Seoul"));
        d.put("site.languages", List.of("ko", "en"));
        d.put("site.code", List.of("main"));
        d.put("terminal.id", List.of("kiosk-1"));
        d.put("terminal.role", List.of("kiosk"));
        d.put("database.url", List.of(""));
        d.put("database.user", List.of("madang"));
        d.put("database.servePort", List.of("9092"));
        d.put("database.allowOthers", List.of("false"));
        d.put("database.encrypted", List.of("false"));
        d.put("database.tls", List.of("off"));
        d.put("database.cache", List.of(""));
        d.put("devices.receiptPrinter", List.of("sim:"));
        d.put("devices.documentPrinter", List.of("sim:"));
        d.put("devices.qrScanner", List.of("sim:"));
        d.put("devices.idReader", List.of("sim:"));
        d.put("devices.voice", List.of("sim:"));
        d.put("session.idleSeconds", List.of("120"));
        d.put("session.warningSeconds", List.of("30"));
        d.put("session.maxExtensions", List.of("10"));
        d.put("screen.widthPx", List.of("1080"));
        d.put("screen.heightPx", List.of("1920"));
        d.put("screen.widthMm", List.of("398"));
        d.put("screen.heightMm", List.of("708"));
        d.put("screen.mountingHeightMm", List.of("700"));
        d.put("screen.minGlyphMm", List.of("12"));
        d.put("ui.fontFile", List.of(""));
        d.put("ui.fullscreen", List.of("true"));
        d.put("ui.offerPractice", List.of("false"));
        d.put("ui.sounds", List.of("true"));
        d.put("ui.earphoneKey", List.of(""));
        d.put("ui.lowPosition", List.of("false"));
        d.put("counter.number", List.of("1"));
        d.put("counter.services", List.of(""));
        d.put("counter.lockAfterSeconds", List.of("600"));
        d.put("display.speak", List.of("ko"));
        return Map.copyOf(d);
    }

    /** The environment variable that overrides a key: {@code devices.receiptPrinter} → {@code MADANG_DEVICES_RECEIPTPRINTER}. */
    public static String envName(String key) {
        return "MADANG_" + key.replace('.', '_').toUpperCase(java.util.Locale.ROOT);
    }

    /** Every known key, sorted. */
    public static List<String> keys() {
        return DEFAULTS.keySet().stream().sorted().toList();
    }
}
