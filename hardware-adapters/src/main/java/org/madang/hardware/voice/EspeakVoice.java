package org.madang.hardware.voice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.madang.hardware.device.AbstractDevice;
import org.madang.hardware.device.DeviceState;
import org.madang.hardware.device.Health;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speech through the {@code espeak-ng} program, one process per utterance, from a queue on a
 * thread of its own. {@code wav=DIR} writes each utterance to a WAV file there instead of the
 * sound card (for kiosks whose sound goes through another player, and for tests).
 */
public final class EspeakVoice extends AbstractDevice implements Voice {
    private static final Logger log = LoggerFactory.getLogger(EspeakVoice.class);
    private static final Map<String, String> VOICES = Map.of("ko", "ko", "en", "en-gb", "zh", "cmn", "vi", "vi");

    /** Words to say, or (text null) the call chime. */
    private record Utterance(String text, String language) {
        boolean chime() {
            return text == null;
        }
    }

    private final String command;
    private final String defaultVoice;
    private final Path wavDir;
    private final LinkedBlockingDeque<Utterance> queue = new LinkedBlockingDeque<>();
    private final AtomicInteger spoken = new AtomicInteger();
    private final AtomicInteger chimed = new AtomicInteger();
    private final AtomicInteger tones = new AtomicInteger();
    private volatile Utterance last;
    private volatile Process current;
    private volatile int volume = 100;
    private volatile int rate = 150;
    private volatile String problem;
    private Thread worker;

    /**
     * @param command the program, normally {@code espeak-ng}
     * @param voice   the voice for languages without their own ({@code ko})
     * @param wavDir  where to write WAV files instead of speaking, or null
     */
    public EspeakVoice(String label, String uri, String command, String voice, int rate, int volume, Path wavDir) {
        super(label, uri);
        this.command = command;
        this.defaultVoice = voice;
        this.wavDir = wavDir;
        setRate(rate);
        setVolume(volume);
    }

    /** Why {@code command} cannot speak on this machine, or empty when it can. */
    public static Optional<String> unavailable(String command) {
        try {
            Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Optional.of(command + " does not work here (exit " + p.exitValue() + ")");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(command + " is not installed (apt-get install espeak-ng)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while looking for " + command);
        }
    }

    @Override
    public synchronized void open() {
        if (worker != null) {
            return;
        }
        setState(DeviceState.IDLE);
        worker = new Thread(this::speakQueued, "madang-voice");
        worker.setDaemon(true);
        worker.start();
    }

    private void speakQueued() {
        while (state() != DeviceState.CLOSED) {
            Utterance u;
            try {
                u = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (u.chime()) {
                ring();
            } else {
                speak(u);
            }
        }
    }

    /** The chime through the sound card (or into a WAV file); a machine without sound output only notes why. */
    private void ring() {
        byte[] pcm = Tones.callChime(volume);
        try {
            if (wavDir != null) {
                Files.createDirectories(wavDir);
                Tones.writeWav(pcm, wavDir.resolve(String.format("chime-%04d.wav", chimed.incrementAndGet())));
            } else {
                Tones.play(pcm);
                chimed.incrementAndGet();
            }
        } catch (IOException | javax.sound.sampled.LineUnavailableException e) {
            problem = "the chime cannot play: " + e.getMessage();
            events.error(problem);
        }
    }

    private void speak(Utterance u) {
        List<String> args = new ArrayList<>(List.of(command, "-v", VOICES.getOrDefault(u.language(), defaultVoice),
                "-s", String.valueOf(rate), "-a", String.valueOf(volume)));
        if (wavDir != null) {
            args.add("-w");
            args.add(wavDir.resolve(String.format("utterance-%04d.wav", spoken.get() + 1)).toString());
        }
        args.add("--");
        args.add(u.text());
        setState(DeviceState.BUSY);
        try {
            if (wavDir != null) {
                Files.createDirectories(wavDir);
            }
            Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
            current = p;
            String output = new String(p.getInputStream().readAllBytes());
            int exit = p.waitFor();
            if (exit == 0) {
                spoken.incrementAndGet();
                problem = null;
            } else if (current != null) {
                problem = command + " failed (exit " + exit + "): " + output.strip();
                events.error(problem);
            }
        } catch (IOException e) {
            problem = command + " could not run: " + e.getMessage();
            events.error(problem);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            current = null;
            if (state() == DeviceState.BUSY) {
                setState(DeviceState.IDLE);
            }
        }
    }

    @Override
    public void say(String text, String language) {
        if (text.isBlank()) {
            return;
        }
        Utterance u = new Utterance(text, language);
        last = u;
        queue.add(u);
    }

    @Override
    public void chime() {
        queue.add(new Utterance(null, ""));
    }

    /**
     * Plays at once on a thread of its own, never behind queued speech; a machine without sound
     * output only notes why (the screen still shows what happened).
     */
    @Override
    public void tone(Tone kind) {
        byte[] pcm = kind == Tone.ACCEPTED ? Tones.accepted(volume) : Tones.refused(volume);
        Thread t = new Thread(() -> {
            try {
                if (wavDir != null) {
                    Files.createDirectories(wavDir);
                    Tones.writeWav(pcm, wavDir.resolve(String.format("tone-%04d-%s.wav", tones.incrementAndGet(),
                            kind.name().toLowerCase(java.util.Locale.ROOT))));
                } else {
                    Tones.play(pcm);
                    tones.incrementAndGet();
                }
            } catch (IOException | javax.sound.sampled.LineUnavailableException e) {
                problem = "the confirmation tone cannot play: " + e.getMessage();
            }
        }, "madang-tone");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void interrupt() {
        queue.clear();
        Process p = current;
        current = null;
        if (p != null) {
            p.destroy();
            log.debug("interrupted speech");
        }
    }

    @Override
    public void repeatLast() {
        Utterance u = last;
        if (u != null) {
            interrupt();
            queue.add(u);
        }
    }

    @Override
    public void setVolume(int percent) {
        volume = Math.max(0, Math.min(200, percent));
    }

    @Override
    public void setRate(int wordsPerMinute) {
        rate = Math.max(80, Math.min(450, wordsPerMinute));
    }

    /** How many utterances were spoken to the end. */
    public int spokenCount() {
        return spoken.get();
    }

    /**
     * Writes what {@code text} sounds like in {@code language} to a WAV file, through the same
     * program and voices (for whoever edits the kiosk's wording: {@code madang say}).
     */
    public static void writeWav(String command, String text, String language, int rate, int volume, Path out)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command, "-v", VOICES.getOrDefault(language, "en-gb"), "-s", String.valueOf(rate),
                "-a", String.valueOf(volume), "-w", out.toString(), "--", text).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(command + " could not write " + out + ": " + output.strip());
        }
    }

    /** Whether something is being said or waits to be. */
    public boolean busy() {
        return current != null || !queue.isEmpty();
    }

    @Override
    public Health health() {
        String p = problem;
        return p == null ? Health.ok(state()) : Health.failing(state(), p);
    }


    @Override
    public void close() {
        setState(DeviceState.CLOSED);
        interrupt();
        Thread w = worker;
        if (w != null) {
            w.interrupt();
        }
        super.close();
    }
}
