package org.madang.hardware.receipt;

/** How a print job ended: printed, or failed with a reason the caller can show and act on. */
public sealed interface PrintResult {

    /** Why a job failed, for a screen to put in the resident's language. */
    enum Fault {
        PAPER_OUT, COVER_OPEN, OFFLINE, TIMEOUT, NOT_CONNECTED, OTHER
    }

    /** The job came out of the printer. */
    record Printed() implements PrintResult {
    }

    /** The job did not print; {@code reason} is a short plain sentence (e.g. "paper out"). */
    record Failed(Fault fault, String reason) implements PrintResult {
    }

    default boolean printed() {
        return this instanceof Printed;
    }
}
