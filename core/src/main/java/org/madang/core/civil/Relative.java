package org.madang.core.civil;

import java.time.LocalDate;

/** A family member on the register: FATHER, MOTHER, SPOUSE, CHILD. */
public record Relative(String relation, String name, LocalDate birthDate, String sex) {
}
