package org.madang.hardware.voice;

import org.madang.hardware.device.Device;

/**
 * Spoken guidance for residents who cannot read the screen well. Utterances queue up and are
 * spoken one after another off the caller's thread.
 */
public interface Voice extends Device {

    /** Queues {@code text} in {@code language} ({@code ko} or {@code en}). */
    void say(String text, String language);

    /** Queues the two-note call chime (a board's 딩동), heard before whatever is said next. */
    void chime();

    /** Stops what is being said and drops what is queued (a new screen came up). */
    void interrupt();

    /** Says the last utterance again ("다시 듣기"). */
    void repeatLast();

    /** Loudness from 0 to 200 percent. */
    void setVolume(int percent);

    /** Speed in words per minute, 80 to 450. */
    void setRate(int wordsPerMinute);
}
