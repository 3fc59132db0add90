package org.madang.core.clerk;

import java.util.EnumSet;
import java.util.Set;

/** An act that only some roles may do; checked by the services themselves (see {@link StaffRights}). */
public enum Permission {
    /** Serving residents: the queue, their files, bookings, courses, documents and fees on their behalf. */
    WINDOW(EnumSet.of(Role.CLERK, Role.OFFICER, Role.WELFARE, Role.SUPERVISOR)),
    /** Revoking an issued document. */
    REVOKE_DOCUMENT(EnumSet.of(Role.SUPERVISOR)),
    /** Lifting or shortening a resident's booking ban. */
    LIFT_BAN(EnumSet.of(Role.SUPERVISOR)),
    /** Showing a resident's full registration number. */
    REVEAL_RRN(EnumSet.of(Role.SUPERVISOR)),
    /** Creating clerk accounts, resetting their passwords, changing roles. */
    MANAGE_CLERKS(EnumSet.of(Role.ADMIN)),
    /** Reading and keeping the cases of the residents assigned to oneself. */
    CASES_OWN(EnumSet.of(Role.OFFICER)),
    /** Reading and keeping every resident's case (the welfare team, supervisors). */
    CASES_ALL(EnumSet.of(Role.WELFARE, Role.SUPERVISOR)),
    /** Assigning residents to officers, and officers' visit targets. */
    ASSIGN_CASES(EnumSet.of(Role.SUPERVISOR)),
    /** Seeing who read a case. */
    CASE_AUDIT(EnumSet.of(Role.SUPERVISOR)),
    /** Extending the catalogues of needs and welfare services. */
    CARE_CATALOGUE(EnumSet.of(Role.ADMIN)),
    /** Locking a kiosk for maintenance and unlocking it, closing one at the kiosk itself (staff exit), and taking a retired terminal off the fleet list. */
    KIOSKS(EnumSet.of(Role.ADMIN, Role.SUPERVISOR)),
    /** Changing the figures of POLICIES.md (booking windows, limits, refunds, penalties, courses). */
    POLICY(EnumSet.of(Role.ADMIN)),
    /** Changing what the centre offers: closures of facilities for a holiday or a repair. */
    CATALOGUE(EnumSet.of(Role.ADMIN)),
    /** Writing, pinning and hiding the centre's notices. */
    NOTICES(EnumSet.of(Role.ADMIN));

    private final Set<Role> roles;

    Permission(Set<Role> roles) {
        this.roles = roles;
    }

    boolean grantedTo(Role role) {
        return roles.contains(role);
    }

    /** The words telling a clerk who may do it. */
    public String refusalKey() {
        return switch (this) {
            case WINDOW -> "clerk.refused.window";
            case REVOKE_DOCUMENT -> "clerk.refused.revoke_document";
            case LIFT_BAN -> "clerk.refused.lift_ban";
            case REVEAL_RRN -> "clerk.refused.reveal_rrn";
            case MANAGE_CLERKS -> "clerk.refused.manage_clerks";
            case CASES_OWN, CASES_ALL -> "clerk.refused.cases";
            case ASSIGN_CASES -> "clerk.refused.assign_cases";
            case CASE_AUDIT -> "clerk.refused.case_audit";
            case CARE_CATALOGUE -> "clerk.refused.care_catalogue";
            case KIOSKS -> "clerk.refused.kiosks";
            case POLICY -> "clerk.refused.policy";
            case CATALOGUE -> "clerk.refused.catalogue";
            case NOTICES -> "clerk.refused.notices";
        };
    }
}
