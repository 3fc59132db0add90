package org.madang.core.care;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.madang.core.facility.Localized;

/**
 * One resident's case, opened in clear for someone allowed to read it: the officer, needs,
 * consultations, services applied for, referrals and follow-ups, newest first.
 *
 * @param version the case's version when read; a save carries it, so a change made meanwhile is caught
 */
public record CaseFile(long residentId, String name, LocalDate birthDate, Optional<Officer> officer, int version,
                       LocalDateTime lastContact, List<Need> needs, List<Consultation> consultations,
                       List<Application> applications, List<Referral> referrals, List<FollowUp> followUps) {
    public CaseFile {
        needs = List.copyOf(needs);
        consultations = List.copyOf(consultations);
        applications = List.copyOf(applications);
        referrals = List.copyOf(referrals);
        followUps = List.copyOf(followUps);
    }

    /** A need, open until closed with what was done; a kiosk or phone request says when to call back or the ticket taken. */
    public record Need(long id, String kindCode, Localized kind, String note, NeedSource source, LocalDateTime raisedAt, String raisedBy,
                       LocalDateTime callbackFrom, LocalDateTime callbackTo, String ticket, LocalDateTime closedAt, String closedBy,
                       String outcome) {
        public boolean open() {
            return closedAt == null;
        }
    }

    /** A consultation: when, how, by whom, how long (a home visit), what was asked and what was done. */
    public record Consultation(long id, LocalDateTime heldAt, Channel channel, String by, Integer minutes, String asked, String done) {
    }

    /** A welfare service applied for and where it stands. */
    public record Application(long id, String serviceCode, Localized service, String note, LocalDate appliedOn, String by,
                              ApplicationStatus status, LocalDate decidedOn) {
    }

    /** A referral to an outside agency; the answer is null until the agency answered. */
    public record Referral(long id, String agency, String reason, LocalDate referredOn, String by, ReferralAnswer answer,
                           String answerNote, LocalDate answeredOn) {
    }

    /** Something to do by a day (a planned home visit when {@code visit}); done once {@code doneAt} is set. */
    public record FollowUp(long id, LocalDate due, boolean visit, String what, String by, LocalDateTime doneAt, String doneBy) {
        public boolean open() {
            return doneAt == null;
        }

        public boolean overdueOn(LocalDate today) {
            return open() && due.isBefore(today);
        }
    }

    public long openNeeds() {
        return needs.stream().filter(Need::open).count();
    }

    public long overdueOn(LocalDate today) {
        return followUps.stream().filter(f -> f.overdueOn(today)).count();
    }

    /** The earliest planned visit not yet made. */
    public Optional<LocalDate> nextVisit() {
        return followUps.stream().filter(f -> f.visit() && f.open()).map(FollowUp::due).min(LocalDate::compareTo);
    }
}
