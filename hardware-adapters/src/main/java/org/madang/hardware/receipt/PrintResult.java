package org.madang.hardware.receipt;

/** How a print job ended: printed, or failed with a reason the caller can show and act on. */
public sealed interface PrintResult {

    /** The job came out of the printer. */
    record Printed() implements PrintResult {
    }

    /** The job did not print; {@code reason} is a short plain sentence (e.g. "paper out"). */
    record Failed(String reason) implements PrintResult {
    }

    default boolean printed() {
        return this instanceof Printed;
    }
}
