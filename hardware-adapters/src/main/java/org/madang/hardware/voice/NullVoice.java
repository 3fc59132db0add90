package org.madang.hardware.voice;

import org.madang.hardware.device.NullDevice;

/** No speech on this machine (espeak-ng missing): the kiosk shows text only, and the reason is on record. */
public final class NullVoice extends NullDevice implements Voice {

    public NullVoice(String name, String reason) {
        super(name, reason);
    }

    @Override
    public void say(String text, String language) {
        // nothing can speak
    }

    @Override
    public void chime() {
        // no sound
    }

    @Override
    public void tone(Tone kind) {
        // no sound
    }

    @Override
    public void interrupt() {
        // nothing is spoken
    }

    @Override
    public void repeatLast() {
        // nothing was spoken
    }

    @Override
    public void setVolume(int percent) {
        // no sound
    }

    @Override
    public void setRate(int wordsPerMinute) {
        // no sound
    }
}
