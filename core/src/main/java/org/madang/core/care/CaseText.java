package org.madang.core.care;

import java.security.GeneralSecurityException;
import org.madang.core.site.DataCipher;

/**
 * What a case says about a person, sealed at rest with the site's data key (like the RRN): a
 * note, the kind of a need, a service applied for, an agency. Nothing sealed here is ever put
 * into an event, a log line or a receipt.
 */
public final class CaseText {
    private final DataCipher cipher;

    public CaseText(DataCipher cipher) {
        this.cipher = cipher;
    }

    /** The sealed form of {@code clear}; null stays null. */
    public String seal(String clear) {
        return clear == null ? null : cipher.encrypt(clear);
    }

    /** The clear text of what {@link #seal} wrote; null stays null. */
    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            return cipher.decrypt(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("case text cannot be read with this site's key", e);
        }
    }
}
