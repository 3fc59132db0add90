package org.madang.core.care;

import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.madang.core.Refusal;
import org.madang.core.clerk.Permission;
import org.madang.core.clerk.Role;
import org.madang.core.clerk.StaffRights;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;

/**
 * Who may read and keep a case (COUNTER.md): the assigned officer, the welfare team and
 * supervisors; nobody else. Checked by the services in the transaction of the act, from the
 * clerk's role and the case's officer as they are in the database at that moment.
 */
final class CaseRights {
    /** The shortest reason accepted for opening a case assigned to someone else. */
    static final int MIN_REASON = 4;

    private CaseRights() {
    }

    /** Why {@code login} may not read or keep the case of {@code residentId}; empty when they may. */
    static Optional<Refusal> refusal(Handle h, String login, long residentId) {
        Optional<Role> role = StaffRights.role(h, login);
        if (role.isEmpty()) {
            return Optional.of(Refusal.of("case.refused.role"));
        }
        if (role.get().may(Permission.CASES_ALL)) {
            return Optional.empty();
        }
        if (role.get().may(Permission.CASES_OWN)) {
            return login.equals(officer(h, residentId).orElse(null)) ? Optional.empty() : Optional.of(Refusal.of("case.refused.notYours"));
        }
        return Optional.of(Refusal.of("case.refused.role"));
    }

    /** Whether reading needs a reason: the case has an officer and the reader is someone else. */
    static boolean needsReason(Handle h, String login, long residentId) {
        return officer(h, residentId).map(o -> !o.equals(login)).orElse(false);
    }

    /** The assigned officer's login, if the resident has a case with one. */
    static Optional<String> officer(Handle h, long residentId) {
        return h.createQuery("SELECT officer FROM care_case WHERE resident_id = :r AND officer IS NOT NULL").bind("r", residentId)
                .mapTo(String.class).findOne();
    }

    /** Puts a refused attempt into the audit trail (in the caller's transaction, which then commits with nothing else). */
    static void logRefusal(Handle h, EventLog events, String login, long residentId, String act) {
        events.append(h, new EventDraft(EventType.CASE_ACCESS_REFUSED, subject(residentId), "clerk:" + login, Map.of("act", act)));
    }

    static String subject(long residentId) {
        return "resident:" + residentId;
    }

    /** Whether {@code login} is active with {@code permission}. */
    static boolean may(Handle h, String login, Permission permission) {
        return StaffRights.role(h, login).filter(r -> r.may(permission)).isPresent();
    }
}
