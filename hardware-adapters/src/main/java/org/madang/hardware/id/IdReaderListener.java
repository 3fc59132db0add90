package org.madang.hardware.id;

/** Receives what an {@link IdReader} reads. */
public interface IdReaderListener {

    /** A card was read and every check digit held. */
    void identified(Identity identity);

    /** A card was inserted but could not be read; {@code reason} is plain words for the resident. */
    void refused(String reason);
}
