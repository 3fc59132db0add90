package org.madang.core.care;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A line of an officer's "my residents" (or the welfare team's) list: counts and dates, nothing
 * of what the case says.
 *
 * @param officer   the assigned officer; null for the welfare team's residents
 * @param fresh     open requests made today at the kiosk or by phone
 */
public record CaseRow(long residentId, String name, LocalDate birthDate, String area, Officer officer, LocalDateTime lastContact,
                      LocalDate nextVisit, int openNeeds, int overdue, int fresh) {
}
