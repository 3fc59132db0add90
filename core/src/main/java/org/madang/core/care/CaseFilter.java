package org.madang.core.care;

/**
 * Which cases a list shows. An officer's list is always their own residents, whatever it asks.
 *
 * @param officer      with {@link Scope#OFFICER}, whose residents
 * @param name         the start of a name, or any part of it; blank for all
 * @param openOnly     only residents with an open need
 * @param overdueOnly  only residents with an overdue follow-up
 */
public record CaseFilter(Scope scope, String officer, String name, boolean openOnly, boolean overdueOnly) {
    /** Whose residents. */
    public enum Scope {
        /** the clerk's own */
        MINE,
        /** nobody's yet: the welfare team's */
        TEAM,
        /** one officer's */
        OFFICER,
        /** everyone's */
        ALL
    }

    public static CaseFilter mine() {
        return new CaseFilter(Scope.MINE, null, "", false, false);
    }

    public CaseFilter {
        name = name == null ? "" : name.strip();
    }
}
