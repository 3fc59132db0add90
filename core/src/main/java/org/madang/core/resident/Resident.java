package org.madang.core.resident;

import java.time.LocalDate;

/**
 * A person known to the site. The registration number is not part of it: it stays encrypted
 * in storage and is fetched only for the few documents that print it.
 *
 * @param countyResident whether the person lives in the site's county (resident prices and priority)
 */
public record Resident(long id, String name, LocalDate birthDate, String sex, String address, boolean countyResident) {

    /** The name with all but the first and last characters hidden: 홍*동, for screens others may see. */
    public String maskedName() {
        if (name.length() <= 1) {
            return name;
        }
        if (name.length() == 2) {
            return name.charAt(0) + "*";
        }
        return name.charAt(0) + "*".repeat(name.length() - 2) + name.charAt(name.length() - 1);
    }
}
