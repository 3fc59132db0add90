package org.madang.hardware.transport;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Line settings of a serial port, from a device URI's parameters ({@code baud}, {@code bits},
 * {@code parity}, {@code stop}, {@code flow}). Defaults are 9600 8N1 without flow control, the
 * factory setting of most receipt printers and scanners; every one of them can be changed.
 */
public record SerialSettings(int baud, int bits, Parity parity, StopBits stop, Flow flow) {
    private static final Set<Integer> BAUDS = Set.of(1200, 2400, 4800, 9600, 14400, 19200, 38400, 57600, 115200, 230400);

    public static final SerialSettings DEFAULT = new SerialSettings(9600, 8, Parity.NONE, StopBits.ONE, Flow.NONE);

    /** Parity of each character. */
    public enum Parity { NONE, ODD, EVEN, MARK, SPACE }

    /** Stop bits after each character. */
    public enum StopBits { ONE, ONE_AND_HALF, TWO }

    /** Flow control: none, hardware (RTS/CTS) or software (XON/XOFF bytes, which are never data). */
    public enum Flow { NONE, RTSCTS, XONXOFF }

    public SerialSettings {
        if (!BAUDS.contains(baud)) {
            throw new IllegalArgumentException("baud " + baud + " is not a serial speed (use one of 1200 … 230400, e.g. 9600 or 19200)");
        }
        if (bits < 5 || bits > 8) {
            throw new IllegalArgumentException("bits " + bits + " must be 5, 6, 7 or 8");
        }
    }

    /** Reads {@code baud}, {@code bits}, {@code parity}, {@code stop} and {@code flow}; others are ignored. */
    public static SerialSettings from(Map<String, String> params) {
        int baud = number(params, "baud", DEFAULT.baud());
        int bits = number(params, "bits", DEFAULT.bits());
        Parity parity = switch (params.getOrDefault("parity", "none").toLowerCase(Locale.ROOT)) {
            case "none", "n" -> Parity.NONE;
            case "odd", "o" -> Parity.ODD;
            case "even", "e" -> Parity.EVEN;
            case "mark", "m" -> Parity.MARK;
            case "space", "s" -> Parity.SPACE;
            default -> throw new IllegalArgumentException("parity '" + params.get("parity") + "' is not one of none, odd, even, mark, space");
        };
        StopBits stop = switch (params.getOrDefault("stop", "1")) {
            case "1" -> StopBits.ONE;
            case "1.5" -> StopBits.ONE_AND_HALF;
            case "2" -> StopBits.TWO;
            default -> throw new IllegalArgumentException("stop '" + params.get("stop") + "' is not one of 1, 1.5, 2");
        };
        Flow flow = switch (params.getOrDefault("flow", "none").toLowerCase(Locale.ROOT)) {
            case "none" -> Flow.NONE;
            case "rtscts" -> Flow.RTSCTS;
            case "xonxoff" -> Flow.XONXOFF;
            default -> throw new IllegalArgumentException("flow '" + params.get("flow") + "' is not one of none, rtscts, xonxoff");
        };
        return new SerialSettings(baud, bits, parity, stop, flow);
    }

    private static int number(Map<String, String> params, String key, int fallback) {
        String v = params.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " '" + v + "' is not a number");
        }
    }

    /** Time to send {@code bytes} at this speed (start, data, parity and stop bits per byte). */
    public double secondsFor(long bytes) {
        int perByte = 1 + bits + (parity == Parity.NONE ? 0 : 1) + (stop == StopBits.ONE ? 1 : 2);
        return bytes * perByte / (double) baud;
    }

    @Override
    public String toString() {
        return baud + " " + bits + parity.name().charAt(0) + switch (stop) {
            case ONE -> "1";
            case ONE_AND_HALF -> "1.5";
            case TWO -> "2";
        } + (flow == Flow.NONE ? "" : " " + flow.name().toLowerCase(Locale.ROOT));
    }
}
