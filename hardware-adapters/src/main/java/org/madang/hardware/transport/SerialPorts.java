package org.madang.hardware.transport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jssc.SerialPortList;

/** Finds serial ports: the machine's real ones, plus the paths a site's configuration names. */
public final class SerialPorts {
    private static final Pattern PTY = Pattern.compile("^[0-9]+$");

    private SerialPorts() {
    }

    /** A port the machine has or the configuration names, and what it is. */
    public record Port(String path, String kind, boolean present) {
    }

    /**
     * The real serial ports jssc finds, the pseudo-terminals under {@code /dev/pts}, and every
     * configured path (present or not, so a missing one shows).
     */
    public static List<Port> list(Collection<String> configured) {
        Set<String> seen = new LinkedHashSet<>();
        List<Port> out = new java.util.ArrayList<>();
        for (String name : SerialPortList.getPortNames()) {
            if (seen.add(name)) {
                out.add(new Port(name, "serial", true));
            }
        }
        if (Files.isDirectory(Path.of("/dev/pts"))) {
            for (String name : SerialPortList.getPortNames("/dev/pts/", PTY)) {
                if (seen.add(name)) {
                    out.add(new Port(name, "pseudo-terminal", true));
                }
            }
        }
        for (String path : configured) {
            if (seen.add(path)) {
                boolean present = Files.exists(Path.of(path));
                String kind = "configured";
                if (present) {
                    kind = isPseudoTerminal(realPath(path)) ? "configured, pseudo-terminal" : "configured";
                }
                out.add(new Port(path, kind, present));
            }
        }
        return out;
    }

    /** Whether a resolved path is a pseudo-terminal, where line settings do not apply. */
    public static boolean isPseudoTerminal(String realPath) {
        return realPath.startsWith("/dev/pts/") || realPath.equals("/dev/ptmx");
    }

    private static String realPath(String path) {
        try {
            return Path.of(path).toRealPath().toString();
        } catch (IOException e) {
            return path;
        }
    }
}
