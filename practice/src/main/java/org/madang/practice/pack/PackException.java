package org.madang.practice.pack;

/** A lesson or pack file that cannot be used, with {@code file:line} and what is wrong, in one line. */
public final class PackException extends Exception {
    private static final long serialVersionUID = 1L;

    public PackException(String message) {
        super(message);
    }

    public PackException(String message, Throwable cause) {
        super(message, cause);
    }
}
