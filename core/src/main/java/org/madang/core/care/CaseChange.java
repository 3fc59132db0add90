package org.madang.core.care;

import java.time.LocalDateTime;

/** One change to a case, as told to a clerk whose save came too late: when, who, and what kind of change (a message key). */
public record CaseChange(LocalDateTime at, String who, String whatKey) {
}
