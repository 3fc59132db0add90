package org.madang.hardware.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A null-modem cable made of two pseudo-terminals by socat: Madang opens {@link #port()}, an
 * emulator opens {@link #devicePort()}. Killing it is pulling the cable; {@link #start()} again
 * plugs it back in at the same links (new pseudo-terminals behind them, as after a real re-plug).
 */
public final class Socat implements AutoCloseable {
    private final Path port;
    private final Path devicePort;
    private Process process;

    private Socat(Path port, Path devicePort) {
        this.port = port;
        this.devicePort = devicePort;
    }

    /** Starts a pair whose links are {@code dir/name} and {@code dir/name-dev}. */
    public static Socat pair(Path dir, String name) throws IOException {
        Socat s = new Socat(dir.resolve(name), dir.resolve(name + "-dev"));
        s.start();
        return s;
    }

    /** The end Madang's driver opens. */
    public Path port() {
        return port;
    }

    /** The end the emulated device opens. */
    public Path devicePort() {
        return devicePort;
    }

    public void start() throws IOException {
        Files.deleteIfExists(port);
        Files.deleteIfExists(devicePort);
        process = new ProcessBuilder(List.of("socat", "pty,raw,echo=0,link=" + port, "pty,raw,echo=0,link=" + devicePort))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Poll.until(() -> Files.exists(port) && Files.exists(devicePort) || !process.isAlive(), "socat to make " + port);
        if (!process.isAlive()) {
            throw new IOException("socat exited at once (is it installed? apt-get install socat)");
        }
    }

    /** Pulls the cable: both pseudo-terminals disappear. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
