package org.madang.config;

/** What a terminal is used for. */
public enum TerminalRole {
    KIOSK, COUNTER, DISPLAY
}
