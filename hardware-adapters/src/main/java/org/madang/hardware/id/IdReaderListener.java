package org.madang.hardware.id;

/** Receives what an {@link IdReader} reads. */
public interface IdReaderListener {

    /** A card was read and every check digit held. */
    void identified(Identity identity);

    /** A card was inserted but could not be read (a check digit failed, not a zone); {@code reason} is for the log and the counter: screens tell the resident to insert it again. */
    void refused(String reason);
}
