package org.madang.hardware.id;

import java.time.LocalDate;

/**
 * What an ID reader read from a card or passport.
 *
 * @param documentNumber the card's or passport's number
 * @param surname        family name as printed
 * @param givenNames     given names as printed
 * @param nationality    ICAO three-letter code, e.g. {@code KOR}
 * @param birthDate      date of birth
 * @param sex            {@code M}, {@code F} or {@code X}
 * @param expiryDate     expiry of the document
 * @param nationalId     the resident registration number on a Korean ID card, or empty
 */
public record Identity(String documentNumber, String surname, String givenNames, String nationality,
                       LocalDate birthDate, String sex, LocalDate expiryDate, String nationalId) {

    @Override
    public String toString() {
        // never print the registration number: identities end up in logs
        return "Identity[" + documentNumber + ", " + surname + " " + givenNames + ", " + nationality + "]";
    }
}
