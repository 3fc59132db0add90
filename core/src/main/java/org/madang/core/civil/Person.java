package org.madang.core.civil;

import java.time.LocalDate;
import java.util.Optional;
import org.madang.core.resident.Rrn;

/**
 * A resident as the civil records know them.
 *
 * @param relation    to the household's head: HEAD, SPOUSE, CHILD, PARENT, SIBLING, OTHER
 * @param movedInOn   when they were registered at the current address (전입일)
 * @param familyBase  the family register's base (등록기준지)
 * @param household   the household they belong to, if registered in one
 */
public record Person(long id, String name, Rrn rrn, String address, LocalDate movedInOn, String relation, String familyBase,
                     Optional<Long> household) {

    /** Whether the two are registered in the same household. */
    public boolean sameHousehold(Person other) {
        return id == other.id || household.isPresent() && household.equals(other.household);
    }
}
