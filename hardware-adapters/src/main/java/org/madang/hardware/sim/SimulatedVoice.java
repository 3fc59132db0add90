package org.madang.hardware.sim;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.madang.hardware.voice.Voice;
import org.madang.hardware.voice.Voice.Tone;

/**
 * A voice for the demo, practice and tests: it "says" by keeping the words, so the on-screen
 * simulator can show captions and tests can check what would have been spoken.
 */
public final class SimulatedVoice extends SimulatedDevice implements Voice {
    private final List<String> said = new CopyOnWriteArrayList<>();
    private final List<Tone> tones = new CopyOnWriteArrayList<>();
    private volatile String last;
    private volatile int volume = 100;
    private volatile int rate = 150;
    private final java.util.concurrent.atomic.AtomicInteger chimes = new java.util.concurrent.atomic.AtomicInteger();

    public SimulatedVoice() {
        super("voice", "sim:");
    }

    @Override
    public void say(String text, String language) {
        if (!text.isBlank()) {
            last = text;
            said.add(text);
        }
    }

    @Override
    public void chime() {
        chimes.incrementAndGet();
    }

    @Override
    public void tone(Tone kind) {
        tones.add(kind);
    }

    /** Every tone sounded so far, in order. */
    public List<Tone> tones() {
        return List.copyOf(tones);
    }

    /** How many chimes rang. */
    public int chimes() {
        return chimes.get();
    }

    @Override
    public void interrupt() {
        // nothing plays: every utterance is over at once
    }

    /** Forgets what was said and sounded (a test's next step starts from silence). */
    public void forget() {
        said.clear();
        tones.clear();
    }

    @Override
    public void repeatLast() {
        String l = last;
        if (l != null) {
            said.add(l);
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

    /** Everything said so far, in order. */
    public List<String> said() {
        return List.copyOf(said);
    }

    public int volume() {
        return volume;
    }

    public int rate() {
        return rate;
    }
}
