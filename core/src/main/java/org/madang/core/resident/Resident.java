package org.madang.core.resident;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person known to the site. The registration number is not part of it: it stays encrypted
 * in storage and is fetched only for the few documents that print it.
 *
 * @param countyResident  whether the person lives in the site's county (resident prices and priority)
 * @param disability      a registered disability (fee exemption)
 * @param basicLivelihood a basic livelihood recipient (fee exemption)
 * @param nationalMerit   a person of national merit (fee exemption)
 */
public record Resident(long id, String name, LocalDate birthDate, String sex, String address, boolean countyResident,
                       boolean disability, boolean basicLivelihood, boolean nationalMerit) {

    /** A resident with no exemption grounds. */
    public Resident(long id, String name, LocalDate birthDate, String sex, String address, boolean countyResident) {
        this(id, name, birthDate, sex, address, countyResident, false, false, false);
    }

    /** The name with all but the first and last characters hidden: 홍*동, for screens others may see. */
    public String maskedName() {
        return mask(name);
    }

    /** A name with its middle hidden: 김*희, 김*, 응*********이. */
    public static String mask(String name) {
        if (name.length() <= 1) {
            return name;
        }
        if (name.length() == 2) {
            return name.charAt(0) + "*";
        }
        return name.charAt(0) + "*".repeat(name.length() - 2) + name.charAt(name.length() - 1);
    }

    /** Age in whole years on {@code day}. */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** The exemption grounds this person has on {@code day}. */
    public Set<Exemption> exemptionsOn(LocalDate day, int seniorAge) {
        Set<Exemption> out = EnumSet.noneOf(Exemption.class);
        if (ageOn(day) >= seniorAge) {
            out.add(Exemption.SENIOR);
        }
        if (disability) {
            out.add(Exemption.DISABILITY);
        }
        if (basicLivelihood) {
            out.add(Exemption.BASIC_LIVELIHOOD);
        }
        if (nationalMerit) {
            out.add(Exemption.NATIONAL_MERIT);
        }
        return out;
    }
}
