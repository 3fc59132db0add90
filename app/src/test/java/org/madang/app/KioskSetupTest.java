package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk PC's appliance set-up (tools/kiosk/kiosk-setup.sh), written into a folder instead of
 * the machine's root: it logs in by itself, starts X with the kiosk's session, and takes away what
 * a resident could leave the kiosk with (window manager keys, console switching, blanking).
 */
class KioskSetupTest {
    private static final Path KIOSK = Path.of("..", "tools", "kiosk").toAbsolutePath().normalize();

    private static String read(Path root, String path) throws java.io.IOException {
        return Files.readString(root.resolve(path.substring(1)), StandardCharsets.UTF_8);
    }

    /** What the set-up said, and its exit status. */
    private record Run(String said, int code) {
    }

    private static Run setUp(String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("sh", KIOSK.resolve("kiosk-setup.sh").toString()));
        command.addAll(java.util.List.of(args));
        Process setup = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(setup.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(setup.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(said, setup.exitValue());
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void theSetUpLogsInStartsTheKioskSessionAndLeavesNoWayOut(@TempDir Path root) throws Exception {
        Run run = setUp("--root", root.toString(), "--no-install");
        assertThat(run.code()).as(run.said()).isZero();
        assertThat(read(root, "/etc/systemd/system/getty@tty1.service.d/madang-autologin.conf")).contains("--autologin madang");
        assertThat(read(root, "/var/lib/madang/.profile")).contains("/dev/tty1").contains("startx /opt/madang/lib/kiosk/kiosk-xsession")
                .contains("-nocursor");
        assertThat(read(root, "/etc/X11/xorg.conf.d/10-madang-kiosk.conf")).contains("\"DontVTSwitch\" \"true\"").contains("\"DontZap\" \"true\"")
                .contains("\"BlankTime\" \"0\"");
        assertThat(read(root, "/etc/logrotate.d/madang-kiosk")).contains("/var/lib/madang/logs/session.log").contains("rotate 8");
        // the session files it points at come with the package, beside the script
        String xsession = Files.readString(KIOSK.resolve("kiosk-xsession"), StandardCharsets.UTF_8);
        assertThat(xsession).contains("openbox-kiosk.xml").contains("kiosk-session.sh");
        assertThat(KIOSK.resolve("kiosk-session.sh")).isExecutable();
        var openbox = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(KIOSK.resolve("openbox-kiosk.xml").toFile());
        assertThat(openbox.getElementsByTagName("keyboard").item(0).getChildNodes().getLength()).as("not one key binding").isZero();
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void aMistypedOptionIsRefusedInWordsAndChangesNothing(@TempDir Path root) throws Exception {
        Run run = setUp("--root", root.toString(), "--no-instal");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.said().strip()).isEqualTo("kiosk-setup: unknown option --no-instal (see --help)");
        try (var written = Files.list(root)) {
            assertThat(written).isEmpty();
        }
    }
}
