package org.madang.practice.lesson;

import java.util.regex.Pattern;

/**
 * A control a lesson step asks for, by the stable names tests and screenshots use: the screen
 * id and the component name, which may end in {@code *} for any of a kind ({@code day.*}: any
 * day of the calendar).
 */
public record Target(String screen, String control) {
    public Target {
        if (screen == null || screen.isBlank() || control == null || control.isBlank()) {
            throw new IllegalArgumentException("a target names a screen and a control");
        }
    }

    /** Whether a touch of {@code name} on {@code shown} is this target. */
    public boolean matches(String shown, String name) {
        if (!screen.equals(shown) || name == null) {
            return false;
        }
        if (control.endsWith("*")) {
            return name.startsWith(control.substring(0, control.length() - 1));
        }
        return control.equals(name);
    }

    /** The control's name as a pattern (for finding the control to spotlight). */
    public Pattern pattern() {
        String quoted = Pattern.quote(control.endsWith("*") ? control.substring(0, control.length() - 1) : control);
        return Pattern.compile(control.endsWith("*") ? quoted + ".*" : quoted);
    }
}
