package org.madang.counter.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.madang.core.Refusal;
import org.madang.core.care.ApplicationStatus;
import org.madang.core.care.CaseFilter;
import org.madang.core.care.CaseOutcome;
import org.madang.core.care.Channel;
import org.madang.core.care.ConsultationDraft;
import org.madang.core.care.NeedSource;
import org.madang.core.care.ReferralAnswer;
import org.madang.core.clerk.Clerk;
import org.madang.core.clerk.Permission;
import org.madang.core.event.Event;
import org.madang.counter.CounterServices;
import org.madang.counter.shell.Failures;
import org.madang.ui.Tasks;

/**
 * The Cases workspace (COUNTER.md): an officer's residents (the welfare team's and everyone's
 * for those who see every case), one case opened — with a reason when it is someone else's —
 * and kept with needs, consultations, applications, referrals and follow-ups; a supervisor's
 * assignments and "who looked at this case". Every save carries the version read, so a case
 * changed meanwhile is shown again with what changed, the clerk's form kept.
 */
public final class CasesPresenter {
    /** How a date and time are typed into the forms. */
    public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> CASE_EVENTS = List.of("NeedRaised", "NeedClosed", "ConsultationRecorded", "ServiceApplied",
            "ApplicationDecided", "ReferralSent", "ReferralAnswered", "FollowUpPlanned", "FollowUpDone", "WelfareRequested", "CaseAssigned",
            "VisitTargetSet", "CareCatalogueChanged");

    private final CasesView view;
    private final CounterServices.Care care;
    private final Clock clock;
    private final Tasks tasks;
    private final Clerk clerk;
    private CaseFilter filter;
    /** The reasons given this session for opening cases that are someone else's, by resident. */
    private final Map<Long, String> reasons = new HashMap<>();
    private long openResident;
    private int version;
    private long pending;
    private boolean busy;

    public CasesPresenter(CasesView view, CounterServices.Care care, Clock clock, Tasks tasks, Clerk clerk) {
        this.view = view;
        this.care = care;
        this.clock = clock;
        this.tasks = tasks;
        this.clerk = clerk;
        this.filter = clerk.may(Permission.CASES_ALL) && !clerk.may(Permission.CASES_OWN)
                ? new CaseFilter(clerk.may(Permission.ASSIGN_CASES) ? CaseFilter.Scope.ALL : CaseFilter.Scope.TEAM, null, "", false, false)
                : CaseFilter.mine();
    }

    /** The filter the list starts with: an officer's own residents, the welfare team's, or (a supervisor) everyone's. */
    public CaseFilter filter() {
        return filter;
    }

    private record Setup(List<org.madang.core.care.OfficerLoad> officers, Map<String, Integer> areas,
                         List<org.madang.core.care.CatalogueEntry> kinds, List<org.madang.core.care.CatalogueEntry> services) {
    }

    /** Reads the choices, the clerk's load and the list afresh. */
    public void reload() {
        boolean all = clerk.may(Permission.CASES_ALL);
        tasks.run(() -> new Setup(all ? care.caseload().officers() : List.of(), all ? care.caseload().areas() : Map.of(),
                        care.catalogue().needKinds(true), care.catalogue().services(true)),
                s -> view.showChoices(s.officers(), s.areas(), s.kinds(), s.services()), this::failed);
        reloadList();
    }

    private void reloadList() {
        CaseFilter asked = filter;
        LocalDate today = LocalDate.now(clock);
        tasks.run(() -> care.caseload().list(clerk.login(), asked), rows -> {
            if (asked == filter) {
                view.showRows(rows, today);
            }
        }, this::failed);
        tasks.run(() -> care.caseload().load(clerk.login()), view::showLoad, this::failed);
    }

    /** Shows the residents this filter picks. */
    public void filter(CaseFilter chosen) {
        filter = chosen;
        reloadList();
    }

    /** Opens a resident's case (asking for a reason first when it is someone else's). */
    public void open(long residentId) {
        read(residentId, reasons.get(residentId));
    }

    /** The reason for opening the case just asked for. */
    public void giveReason(String reason) {
        if (pending != 0) {
            read(pending, reason);
        }
    }

    private void read(long residentId, String reason) {
        LocalDateTime now = LocalDateTime.now(clock);
        tasks.run(() -> care.cases().open(residentId, clerk.login(), reason), outcome -> {
            if (outcome instanceof CaseOutcome.Done<org.madang.core.care.CaseFile> done) {
                pending = 0;
                openResident = residentId;
                version = done.version();
                if (reason != null && !reason.isBlank()) {
                    reasons.put(residentId, reason);
                }
                view.showCase(done.value(), now);
            } else if (outcome instanceof CaseOutcome.Invalid<?> invalid && invalid.fields().containsKey("reason")) {
                pending = residentId;
                view.askReason(residentId);
                if (reason != null) {
                    view.showInvalid(invalid.fields());
                }
            } else {
                answered(outcome, null);
            }
        }, this::failed);
    }

    /** The open case read again (after it changed elsewhere). */
    public void readAgain() {
        if (openResident != 0) {
            open(openResident);
        }
    }

    public void raiseNeed(String kind, String note) {
        save(v -> care.cases().raiseNeed(openResident, v, kind, note, NeedSource.COUNTER, clerk.login()), "counter.cases.saved.need");
    }

    public void closeNeed(long needId, String outcome) {
        save(v -> care.cases().closeNeed(openResident, v, needId, outcome, clerk.login()), "counter.cases.saved.needClosed");
    }

    /**
     * Writes down a consultation as typed: the time as {@code yyyy-MM-dd HH:mm}, the minutes of a
     * home visit as a whole number (blank when not a visit).
     */
    public void consult(String when, Channel channel, String minutes, String asked, String done) {
        Map<String, Refusal> typed = new LinkedHashMap<>();
        LocalDateTime at = null;
        try {
            at = LocalDateTime.parse(when.strip(), WHEN);
        } catch (DateTimeParseException e) {
            typed.put("heldAt", Refusal.of("counter.cases.when.format"));
        }
        Integer length = null;
        if (!minutes.isBlank()) {
            try {
                length = Integer.valueOf(minutes.strip());
            } catch (NumberFormatException e) {
                typed.put("minutes", Refusal.of("counter.cases.minutes.format"));
            }
        }
        if (!typed.isEmpty()) {
            view.showInvalid(typed);
            return;
        }
        ConsultationDraft draft = new ConsultationDraft(at, channel, length, asked, done);
        save(v -> care.cases().recordConsultation(openResident, v, draft, clerk.login()), "counter.cases.saved.consultation");
    }

    public void apply(String service, String note) {
        save(v -> care.cases().applyForService(openResident, v, service, note, clerk.login()), "counter.cases.saved.applied");
    }

    public void decide(long applicationId, ApplicationStatus status) {
        save(v -> care.cases().decideApplication(openResident, v, applicationId, status, clerk.login()), "counter.cases.saved.decided");
    }

    public void refer(String agency, String reason) {
        save(v -> care.cases().refer(openResident, v, agency, reason, clerk.login()), "counter.cases.saved.referred");
    }

    public void answer(long referralId, ReferralAnswer answer, String note) {
        save(v -> care.cases().answerReferral(openResident, v, referralId, answer, note, clerk.login()), "counter.cases.saved.answered");
    }

    /** A follow-up by a day typed as {@code yyyy-MM-dd}. */
    public void plan(String due, boolean visit, String what) {
        LocalDate day;
        try {
            day = LocalDate.parse(due.strip());
        } catch (DateTimeParseException e) {
            view.showInvalid(Map.of("due", Refusal.of("counter.cases.due.format")));
            return;
        }
        save(v -> care.cases().planFollowUp(openResident, v, day, visit, what, clerk.login()), "counter.cases.saved.followUp");
    }

    public void complete(long followUpId) {
        save(v -> care.cases().completeFollowUp(openResident, v, followUpId, clerk.login()), "counter.cases.saved.followUpDone");
    }

    /** Assigns the residents to an officer (null: the welfare team). */
    public void assign(List<Long> residents, String officer) {
        if (residents.isEmpty()) {
            view.showRefusal(Refusal.of("counter.cases.assign.chooseResidents"));
            return;
        }
        assigned(() -> care.caseload().assign(residents, officer, clerk.login()));
    }

    /** Assigns every resident with a case in the area to an officer (null: the welfare team). */
    public void assignArea(String area, String officer) {
        assigned(() -> care.caseload().assignArea(area, officer, clerk.login()));
    }

    /** An officer's monthly home-visit target, in hours (a supervisor's). */
    public void setTarget(String officer, int hours) {
        tasks.run(() -> care.caseload().setVisitTarget(officer, hours, clerk.login()), outcome -> {
            if (outcome instanceof CaseOutcome.Done<Integer> done) {
                view.showSaved("counter.cases.targetSet", done.value());
                reload();
            } else {
                answered(outcome, null);
            }
        }, this::failed);
    }

    private void assigned(Callable<CaseOutcome<Integer>> act) {
        tasks.run(act, outcome -> {
            if (outcome instanceof CaseOutcome.Done<Integer> done) {
                view.showSaved("counter.cases.assigned", done.value());
                reload();
            } else {
                answered(outcome, null);
            }
        }, this::failed);
    }

    /** Who looked at the open case (supervisors). */
    public void readers() {
        if (openResident == 0) {
            return;
        }
        long resident = openResident;
        tasks.run(() -> care.cases().readers(resident, clerk.login()), outcome -> {
            if (outcome instanceof CaseOutcome.Done<List<org.madang.core.care.CaseRead>> done) {
                view.showReaders(done.value());
            } else {
                answered(outcome, null);
            }
        }, this::failed);
    }

    private void save(IntFunction<CaseOutcome<Long>> act, String savedKey) {
        if (openResident == 0 || busy) {
            return;
        }
        busy = true;
        view.setBusy(true);
        int seen = version;
        tasks.run(() -> act.apply(seen), outcome -> {
            busy = false;
            view.setBusy(false);
            answered(outcome, savedKey);
        }, e -> {
            busy = false;
            view.setBusy(false);
            failed(e);
        });
    }

    private void answered(CaseOutcome<?> outcome, String savedKey) {
        if (outcome instanceof CaseOutcome.Done<?> done) {
            version = done.version();
            view.showSaved(savedKey);
            open(openResident);
            reloadList();
        } else if (outcome instanceof CaseOutcome.Invalid<?> invalid) {
            view.showInvalid(invalid.fields());
        } else if (outcome instanceof CaseOutcome.Refused<?> refused) {
            view.showRefusal(refused.refusal());
        } else if (outcome instanceof CaseOutcome.Changed<?> changed) {
            view.showChanged(changed.changes());
            open(openResident);
        }
    }

    /** From the follower's thread: the list follows new requests and assignments; an open case changed by someone else is marked. */
    public void eventsArrived(List<Event> events) {
        List<Event> cases = events.stream().filter(e -> CASE_EVENTS.contains(e.type())).toList();
        if (cases.isEmpty()) {
            return;
        }
        tasks.onUiThread(() -> {
            reloadList();
            String subject = "resident:" + openResident;
            if (openResident != 0 && cases.stream().anyMatch(e -> e.subject().equals(subject) && !e.actor().equals("clerk:" + clerk.login()))) {
                view.showStale();
            }
        });
    }

    /** The resident whose case is open (0: none). */
    public long openResident() {
        return openResident;
    }

    private void failed(Throwable e) {
        Failures.shown(view::showRefusal, view::showFailure).accept(e);
    }
}
