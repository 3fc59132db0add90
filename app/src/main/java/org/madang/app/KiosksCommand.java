package org.madang.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.madang.core.site.SiteDirectory;
import org.madang.core.terminal.Fleet;
import org.madang.core.terminal.FleetAlert;
import org.madang.core.terminal.TerminalStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code madang kiosks}: the fleet as the counter's Kiosks workspace shows it, for scripts and a quick look. */
@Command(name = "kiosks", mixinStandardHelpOptions = true, description = {
        "Every terminal of the site as its heartbeat last said: state, screen, devices, paused services, last heard,",
        "version, free disk, lock and last error; then what needs a person (paper out, silent for 2 minutes, low disk)."})
final class KiosksCommand extends SiteCommand implements Callable<Integer> {

    @Option(names = "--json", description = "One JSON object ({\"terminals\": [...], \"alerts\": [...]}) instead of a table.")
    boolean json;

    @Option(names = "--check", description = "Exit with status 1 when something needs a person (for a monitoring script).")
    boolean check;

    @Override
    public Integer call() throws Exception {
        Path root = site();
        SiteDirectory dir = new SiteDirectory(root);
        try (SiteRuntime site = SiteRuntime.openExisting(dir, options.sets, System.getenv(), "madang kiosks")) {
            Fleet fleet = site.fleet(site.events());
            List<TerminalStatus> terminals = fleet.terminals();
            LocalDateTime now = LocalDateTime.now(site.clock);
            List<FleetAlert> alerts = Fleet.alerts(terminals, now);
            PrintWriter out = out();
            if (json) {
                Map<String, Object> all = new LinkedHashMap<>();
                all.put("at", now.toString());
                all.put("terminals", terminals.stream().map(t -> row(t, now)).toList());
                all.put("alerts", alerts.stream().map(KiosksCommand::alert).toList());
                out.println(new ObjectMapper().writeValueAsString(all));
            } else if (terminals.isEmpty()) {
                out.println("No terminal has been heard from on this site yet (a kiosk or counter beats once it runs).");
            } else {
                table(out, terminals, now);
                out.println();
                out.println(alerts.isEmpty() ? "Nothing needs a person." : alerts.size() + " need a person:");
                alerts.forEach(a -> out.println("  " + text(a)));
            }
            out.flush();
            return check && !alerts.isEmpty() ? 1 : 0;
        }
    }

    private static void table(PrintWriter out, List<TerminalStatus> terminals, LocalDateTime now) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"TERMINAL", "KIND", "STATE", "SCREEN", "DEVICES", "PAUSED", "HEARD", "VERSION", "DISK", "LAST ERROR"});
        for (TerminalStatus t : terminals) {
            rows.add(new String[] {t.terminalId(), t.kind().name().toLowerCase(java.util.Locale.ROOT), state(t, now), t.screen(),
                    devices(t), String.join(",", t.paused()), Duration.between(t.beatAt(), now).toSeconds() + " s ago", t.version(),
                    t.freeDiskMb() + " MB", t.lastError().orElse("")});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(i == r.length - 1 ? r[i] : String.format("%-" + widths[i] + "s  ", r[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String state(TerminalStatus t, LocalDateTime now) {
        if (Fleet.silent(t, now)) {
            return "silent";
        }
        String s = t.session().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return t.lockPending() ? s + " (locks when free)" : s;
    }

    private static String devices(TerminalStatus t) {
        return t.devices().entrySet().stream().map(d -> d.getKey() + "=" + d.getValue().name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(","));
    }

    private static Map<String, Object> row(TerminalStatus t, LocalDateTime now) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("terminal", t.terminalId());
        row.put("kind", t.kind().name());
        row.put("session", t.session().name());
        row.put("silent", Fleet.silent(t, now));
        row.put("screen", t.screen());
        row.put("language", t.language());
        Map<String, String> devices = new LinkedHashMap<>();
        t.devices().forEach((d, c) -> devices.put(d, c.name()));
        row.put("devices", devices);
        row.put("paused", t.paused());
        row.put("heardSecondsAgo", Duration.between(t.beatAt(), now).toSeconds());
        row.put("lastBeat", t.beatAt().toString());
        row.put("startedAt", t.startedAt().toString());
        row.put("version", t.version());
        row.put("freeDiskMb", t.freeDiskMb());
        row.put("lastError", t.lastError().orElse(null));
        row.put("lock", t.lock().map(l -> Map.of("message", l.message(), "by", l.lockedBy(), "at", l.lockedAt().toString())).orElse(null));
        row.put("lockPending", t.lockPending());
        return row;
    }

    private static Map<String, Object> alert(FleetAlert a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("terminal", a.terminalId());
        m.put("kind", a.kind().name());
        a.device().ifPresent(d -> m.put("device", d));
        a.condition().ifPresent(c -> m.put("condition", c.name()));
        m.put("since", a.since().toString());
        return m;
    }

    private static String text(FleetAlert a) {
        return switch (a.kind()) {
            case DEVICE -> a.terminalId() + ": " + a.device().orElse("") + " " + a.condition().map(c -> c.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ')).orElse("");
            case SILENT -> a.terminalId() + ": not heard from since " + a.since().toLocalTime().withNano(0);
            case DISK_LOW -> a.terminalId() + ": less than " + Fleet.LOW_DISK_MB + " MB of disk left";
        };
    }
}
