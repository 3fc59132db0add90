package org.madang.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A device named by URI, e.g. {@code sim:} or {@code escpos+serial:/dev/ttyUSB0?baud=19200}.
 *
 * @param driver the scheme ({@code sim}, {@code escpos+serial}, ...)
 * @param target what follows the scheme up to {@code ?}: a path, host or printer name
 * @param params query parameters in order
 */
public record DeviceUri(String driver, String target, Map<String, String> params) {
    public DeviceUri {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** Parses the text form; throws {@link IllegalArgumentException} with a plain reason. */
    public static DeviceUri parse(String text) {
        String s = text.strip();
        int colon = s.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("'" + text + "' is not a device URI (expected driver:target, e.g. sim:)");
        }
        String driver = s.substring(0, colon);
        if (!driver.matches("[a-z][a-z0-9+.-]*")) {
            throw new IllegalArgumentException("'" + driver + "' is not a driver name");
        }
        String rest = s.substring(colon + 1);
        String target = rest;
        Map<String, String> params = new LinkedHashMap<>();
        int q = rest.indexOf('?');
        if (q >= 0) {
            target = rest.substring(0, q);
            for (String pair : rest.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("parameter '" + pair + "' has no value (expected name=value)");
                }
                params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return new DeviceUri(driver, target, params);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(driver).append(':').append(target);
        String sep = "?";
        for (Map.Entry<String, String> e : params.entrySet()) {
            b.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = "&";
        }
        return b.toString();
    }
}
