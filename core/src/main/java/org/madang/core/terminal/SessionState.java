package org.madang.core.terminal;

/** What a terminal is doing, as its heartbeat says. */
public enum SessionState {
    /** Waiting for someone (the kiosk's idle screen, a counter nobody is signed in to). */
    IDLE,
    /** Someone is using it. */
    IN_USE,
    /** Locked from the counter: the kiosk shows its maintenance screen. */
    LOCKED,
    /** Closed properly: it is not missed until it starts again. */
    OFF
}
