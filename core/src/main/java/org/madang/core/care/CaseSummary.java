package org.madang.core.care;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.madang.core.facility.Localized;

/**
 * What the resident view shows of a case to those allowed to see it: the officer, the kinds of
 * the open needs, the last contact, the next visit and how many follow-ups are overdue.
 *
 * @param exists whether the resident has a case at all
 */
public record CaseSummary(boolean exists, Optional<Officer> officer, List<Localized> openNeeds, LocalDateTime lastContact,
                          LocalDate nextVisit, int overdue) {
    public CaseSummary {
        openNeeds = List.copyOf(openNeeds);
    }
}
