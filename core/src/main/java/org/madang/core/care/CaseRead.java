package org.madang.core.care;

import java.time.LocalDateTime;

/**
 * One look at a case, from the audit trail: who, when, what they opened (the case or its
 * summary), the reason they gave, or that they were refused.
 */
public record CaseRead(LocalDateTime at, String login, String name, String view, String reason, boolean refused) {
}
