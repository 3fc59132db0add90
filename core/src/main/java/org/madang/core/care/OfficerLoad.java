package org.madang.core.care;

/** An officer (or welfare-team member) with how many residents they look after and this month's visit time against their target. */
public record OfficerLoad(Officer officer, org.madang.core.clerk.Role role, int residents, int visitMinutes, int targetHours) {
}
