package org.madang.hardware.voice;

import org.madang.hardware.device.Device;

/**
 * Spoken guidance for residents who cannot read the screen well. Utterances queue up and are
 * spoken one after another off the caller's thread.
 */
public interface Voice extends Device {

    /** Queues {@code text} in {@code language} ({@code ko}, {@code en}, {@code zh} or {@code vi}). */
    void say(String text, String language);

    /** Queues the two-note call chime (a board's 딩동), heard before whatever is said next. */
    void chime();

    /** Stops what is being said and drops what is queued (a new screen came up). */
    void interrupt();

    /** Says the last utterance again ("다시 듣기"). */
    void repeatLast();

    /**
     * Sounds a short tone at once, ahead of any speech (ACCESSIBILITY.md #9): a press accepted, or
     * refused. Its loudness follows the voice's volume.
     */
    void tone(Tone kind);

    /** The two confirmation tones. */
    enum Tone {
        /** A short high note: the press did what it says. */
        ACCEPTED,
        /** Two low notes, falling: the kiosk said no (and says why on screen). */
        REFUSED
    }

    /** Loudness from 0 to 200 percent. */
    void setVolume(int percent);

    /** Speed in words per minute, 80 to 450. */
    void setRate(int wordsPerMinute);
}
