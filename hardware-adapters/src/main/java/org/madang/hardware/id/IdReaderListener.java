package org.madang.hardware.id;

/** Receives what an {@link IdReader} reads. */
public interface IdReaderListener {

    /** A card was read and every check digit held. */
    void identified(Identity identity);

    /** A card was inserted but could not be read (a check digit failed, not a zone); {@code reason} is for the log and the counter: screens tell the resident to insert it again. */
    void refused(String reason);

    /** A card without a readable identity (PC/SC) was put on the reader; {@code uid} is its serial number in hex. */
    default void cardPresented(String uid) {
        // most listeners only care about identities
    }

    /** The card was taken off the reader. */
    default void cardRemoved() {
        // most listeners only care about identities
    }
}
