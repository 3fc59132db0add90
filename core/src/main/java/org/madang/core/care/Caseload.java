package org.madang.core.care;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.clerk.NotPermitted;
import org.madang.core.clerk.Permission;
import org.madang.core.clerk.Role;
import org.madang.core.clerk.StaffRights;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;

/**
 * Who looks after whom: an officer's "my residents" (the welfare team's residents nobody has
 * yet), officers with their caseload and visit hours, and a supervisor's assignments — by a
 * list of residents or by area (읍·면·동 of the address). Lists carry dates and counts only;
 * what a case says is read through {@link Cases}.
 */
public final class Caseload {
    private static final int LONGEST_LIST = 2000;

    private final Jdbi jdbi;
    private final EventLog events;
    private final Clock clock;

    public Caseload(Jdbi jdbi, EventLog events, Clock clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The cases {@code clerk} may see, filtered: an officer always gets their own; the welfare team
     * and supervisors any scope. Residents with new requests today come first, then overdue ones,
     * then by name.
     *
     * @throws NotPermitted for a clerk without case rights
     */
    public List<CaseRow> list(String clerk, CaseFilter filter) {
        LocalDate today = LocalDate.now(clock);
        return jdbi.withHandle(h -> {
            Role role = StaffRights.role(h, clerk).filter(r -> r.may(Permission.CASES_ALL) || r.may(Permission.CASES_OWN))
                    .orElseThrow(() -> new NotPermitted(clerk, Permission.CASES_OWN));
            CaseFilter.Scope scope = role.may(Permission.CASES_ALL) ? filter.scope() : CaseFilter.Scope.MINE;
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            Map<String, Object> binds = new LinkedHashMap<>();
            switch (scope) {
                case MINE -> {
                    where.append(" AND c.officer = :officer");
                    binds.put("officer", clerk);
                }
                case OFFICER -> {
                    where.append(" AND c.officer = :officer");
                    binds.put("officer", filter.officer() == null ? "" : filter.officer());
                }
                case TEAM -> where.append(" AND c.officer IS NULL");
                default -> { }
            }
            if (!filter.name().isEmpty()) {
                where.append(" AND r.name LIKE :name");
                binds.put("name", "%" + filter.name().replace("%", "").replace("_", "") + "%");
            }
            String sql = "SELECT * FROM (SELECT c.resident_id, r.name, r.birth_date, r.address, c.officer, k.name AS officer_name, "
                    + "c.last_contact, "
                    + "(SELECT MIN(f.due_on) FROM care_followup f WHERE f.resident_id = c.resident_id AND f.visit AND f.done_at IS NULL) "
                    + "AS next_visit, "
                    + "(SELECT COUNT(*) FROM care_need n WHERE n.resident_id = c.resident_id AND n.closed_at IS NULL) AS open_needs, "
                    + "(SELECT COUNT(*) FROM care_followup f WHERE f.resident_id = c.resident_id AND f.done_at IS NULL AND f.due_on < :today) "
                    + "AS overdue, "
                    + "(SELECT COUNT(*) FROM care_need n WHERE n.resident_id = c.resident_id AND n.closed_at IS NULL AND n.raised_at >= :dawn "
                    + "AND n.source IN ('KIOSK', 'PHONE')) AS fresh "
                    + "FROM care_case c JOIN resident r ON r.id = c.resident_id LEFT JOIN clerk k ON k.login = c.officer" + where + ") x"
                    + (filter.openOnly() ? " WHERE open_needs > 0" : " WHERE 1 = 1") + (filter.overdueOnly() ? " AND overdue > 0" : "")
                    + " ORDER BY fresh > 0 DESC, overdue > 0 DESC, name, resident_id LIMIT " + LONGEST_LIST;
            var query = h.createQuery(sql).bind("today", today).bind("dawn", today.atStartOfDay());
            binds.forEach(query::bind);
            return query.map((rs, ctx) -> new CaseRow(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                    Areas.of(rs.getString(4)).orElse(""), rs.getString(5) == null ? null : new Officer(rs.getString(5), rs.getString(6)),
                    rs.getObject(7, LocalDateTime.class), rs.getObject(8, LocalDate.class), rs.getInt(9), rs.getInt(10), rs.getInt(11)))
                    .list();
        });
    }

    /** The officers and welfare-team members, with their residents and this month's visit minutes against their target. */
    public List<OfficerLoad> officers() {
        YearMonth month = YearMonth.now(clock);
        return jdbi.withHandle(h -> h.createQuery("SELECT k.login, k.name, k.role, k.visit_hours_target, "
                        + "(SELECT COUNT(*) FROM care_case c WHERE c.officer = k.login), "
                        + "(SELECT COALESCE(SUM(v.minutes), 0) FROM care_consultation v WHERE v.clerk = k.login AND v.channel = 'VISIT' "
                        + "AND v.held_at >= :from AND v.held_at < :to) "
                        + "FROM clerk k WHERE k.active AND k.role IN ('OFFICER', 'WELFARE') ORDER BY k.role, k.name, k.login")
                .bind("from", month.atDay(1).atStartOfDay()).bind("to", month.plusMonths(1).atDay(1).atStartOfDay())
                .map((rs, ctx) -> new OfficerLoad(new Officer(rs.getString(1), rs.getString(2)), Role.valueOf(rs.getString(3)),
                        rs.getInt(5), rs.getInt(6), rs.getInt(4))).list());
    }

    /** One officer's load (their own visit hours, for the top of their list). */
    public Optional<OfficerLoad> load(String login) {
        return officers().stream().filter(o -> o.officer().login().equals(login)).findFirst();
    }

    /** The areas (읍·면·동) of residents who have a case, with how many each. */
    public Map<String, Integer> areas() {
        return jdbi.withHandle(h -> {
            Map<String, Integer> areas = new TreeMap<>();
            h.createQuery("SELECT r.address FROM care_case c JOIN resident r ON r.id = c.resident_id").mapTo(String.class)
                    .forEach(a -> Areas.of(a).ifPresent(area -> areas.merge(area, 1, Integer::sum)));
            return areas;
        });
    }

    /**
     * Assigns the residents to {@code officer} (null: back to the welfare team's list), opening a
     * case for a resident without one; a supervisor's act, one event per resident whose officer changed.
     *
     * @return how many residents changed hands
     */
    public CaseOutcome<Integer> assign(List<Long> residents, String officer, String supervisor) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.inTransaction(h -> {
            if (!CaseRights.may(h, supervisor, Permission.ASSIGN_CASES)) {
                return new CaseOutcome.Refused<>(Refusal.of(Permission.ASSIGN_CASES.refusalKey()));
            }
            if (officer != null && StaffRights.role(h, officer).filter(r -> r == Role.OFFICER || r == Role.WELFARE).isEmpty()) {
                return new CaseOutcome.Invalid<>(Map.of("officer", Refusal.of("case.assign.notOfficer")));
            }
            int changed = 0;
            for (long resident : new java.util.LinkedHashSet<>(residents)) {
                if (h.createQuery("SELECT COUNT(*) FROM resident WHERE id = :r").bind("r", resident).mapTo(Integer.class).one() == 0) {
                    continue;
                }
                Cases.lockOrOpen(h, resident, now, events.terminal().site());
                Optional<String> before = CaseRights.officer(h, resident);
                if (before.orElse("").equals(officer == null ? "" : officer)) {
                    continue;
                }
                h.createUpdate("UPDATE care_case SET officer = :o, assigned_at = :now WHERE resident_id = :r")
                        .bind("o", officer).bind("now", now).bind("r", resident).execute();
                int version = Cases.bump(h, resident);
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("officer", officer == null ? "" : officer);
                details.put("previous", before.orElse(""));
                details.put("version", version);
                events.append(h, new EventDraft(EventType.CASE_ASSIGNED, CaseRights.subject(resident), "clerk:" + supervisor, details));
                changed++;
            }
            return new CaseOutcome.Done<>(changed, 0);
        });
    }

    /** Assigns every resident with a case in {@code area} to {@code officer} (null: the welfare team). */
    public CaseOutcome<Integer> assignArea(String area, String officer, String supervisor) {
        List<Long> residents = jdbi.withHandle(h -> {
            List<Long> ids = new ArrayList<>();
            h.createQuery("SELECT c.resident_id, r.address FROM care_case c JOIN resident r ON r.id = c.resident_id ORDER BY c.resident_id")
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> Areas.of(e.getValue()).filter(area::equals).ifPresent(a -> ids.add(e.getKey())));
            return ids;
        });
        if (residents.isEmpty()) {
            return new CaseOutcome.Invalid<>(Map.of("area", Refusal.of("case.assign.noArea")));
        }
        return assign(residents, officer, supervisor);
    }

    /** Sets an officer's monthly visit-hours target (0–200; a supervisor's act). */
    public CaseOutcome<Integer> setVisitTarget(String officer, int hours, String supervisor) {
        if (hours < 0 || hours > 200) {
            return new CaseOutcome.Invalid<>(Map.of("hours", Refusal.of("case.target.range", 200)));
        }
        return jdbi.inTransaction(h -> {
            if (!CaseRights.may(h, supervisor, Permission.ASSIGN_CASES)) {
                return new CaseOutcome.Refused<>(Refusal.of(Permission.ASSIGN_CASES.refusalKey()));
            }
            if (h.createUpdate("UPDATE clerk SET visit_hours_target = :h WHERE login = :l AND role IN ('OFFICER', 'WELFARE')")
                    .bind("h", hours).bind("l", officer).execute() != 1) {
                return new CaseOutcome.Invalid<>(Map.of("officer", Refusal.of("case.assign.notOfficer")));
            }
            events.append(h, new EventDraft(EventType.VISIT_TARGET_SET, "clerk:" + officer, "clerk:" + supervisor, Map.of("hours", hours)));
            return new CaseOutcome.Done<>(hours, 0);
        });
    }
}
