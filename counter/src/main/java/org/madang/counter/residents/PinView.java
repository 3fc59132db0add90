package org.madang.counter.residents;

import org.madang.core.resident.Resident;

/** Setting a resident's document PIN, as its presenter sees it. */
public interface PinView {

    /** The resident found by the registration number on their ID card, and whether their PIN is locked or not set. */
    void showResident(Resident resident, PinState state);

    /** A plain sentence: not found, the PINs differ, not 4–6 digits, done. */
    void say(String key, boolean good);

    void showFailure();

    /** What the counter knows of a resident's PIN. */
    enum PinState { NOT_SET, SET, LOCKED }
}
