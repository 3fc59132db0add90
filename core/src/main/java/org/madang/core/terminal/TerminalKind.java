package org.madang.core.terminal;

/** What a terminal of the site is: a resident kiosk, a clerk's counter or a wall display. */
public enum TerminalKind {
    KIOSK,
    COUNTER,
    DISPLAY
}
