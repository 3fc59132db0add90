package org.madang.core.notice;

import java.time.LocalDate;
import org.madang.core.facility.Localized;

/** A notice clerks post for residents, valid for a period, with how many residents liked it (공감). */
public record Notice(long id, Localized title, Localized body, LocalDate validFrom, LocalDate validUntil, int likes) {
}
