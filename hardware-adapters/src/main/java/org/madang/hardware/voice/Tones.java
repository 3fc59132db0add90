package org.madang.hardware.voice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Short sounds made here rather than shipped as files: the board's two-note call chime
 * (딩동: E5 then C5, each fading like a struck bell). 16-bit mono PCM at {@link #RATE} Hz.
 */
public final class Tones {
    public static final float RATE = 22_050f;
    public static final AudioFormat FORMAT = new AudioFormat(RATE, 16, 1, true, false);

    private Tones() {
    }

    /** The call chime at {@code volumePercent} (0–200) of a comfortable loudness. */
    public static byte[] callChime(int volumePercent) {
        double gain = 0.35 * Math.max(0, Math.min(200, volumePercent)) / 100.0;
        int first = (int) (RATE * 0.55);
        int second = (int) (RATE * 0.9);
        byte[] pcm = new byte[(first + second) * 2];
        note(pcm, 0, first, 659.25, gain);
        note(pcm, first, second, 523.25, gain);
        return pcm;
    }

    /** The tone of an accepted press: one short high note (A5), 90 ms. */
    public static byte[] accepted(int volumePercent) {
        double gain = 0.25 * Math.max(0, Math.min(200, volumePercent)) / 100.0;
        int samples = (int) (RATE * 0.09);
        byte[] pcm = new byte[samples * 2];
        note(pcm, 0, samples, 880.0, gain);
        return pcm;
    }

    /** The tone of a refusal: two lower notes falling (E4 then C4), 340 ms, unlike any accepted press. */
    public static byte[] refused(int volumePercent) {
        double gain = 0.3 * Math.max(0, Math.min(200, volumePercent)) / 100.0;
        int each = (int) (RATE * 0.17);
        byte[] pcm = new byte[each * 4];
        note(pcm, 0, each, 329.63, gain);
        note(pcm, each, each, 261.63, gain);
        return pcm;
    }

    private static void note(byte[] pcm, int start, int samples, double hertz, double gain) {
        for (int i = 0; i < samples; i++) {
            double t = i / RATE;
            // a soft attack, then a bell's decay; a quieter octave above for colour
            double envelope = Math.min(1.0, i / (RATE * 0.01)) * Math.exp(-3.2 * t);
            double wave = Math.sin(2 * Math.PI * hertz * t) + 0.25 * Math.sin(4 * Math.PI * hertz * t);
            int value = (int) Math.round(Math.max(-1, Math.min(1, gain * envelope * wave / 1.25)) * Short.MAX_VALUE);
            int at = (start + i) * 2;
            pcm[at] = (byte) value;
            pcm[at + 1] = (byte) (value >> 8);
        }
    }

    /** Plays {@code pcm} on the default sound output to the end. */
    public static void play(byte[] pcm) throws LineUnavailableException {
        try (SourceDataLine line = AudioSystem.getSourceDataLine(FORMAT)) {
            line.open(FORMAT);
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain();
        } catch (IllegalArgumentException e) {
            throw new LineUnavailableException("no sound output for " + FORMAT + ": " + e.getMessage());
        }
    }

    /** Writes {@code pcm} as a WAV file. */
    public static void writeWav(byte[] pcm, Path file) throws IOException {
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), FORMAT, pcm.length / FORMAT.getFrameSize())) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }
}
