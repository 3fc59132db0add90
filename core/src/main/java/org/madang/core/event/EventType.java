package org.madang.core.event;

/** The kinds of state change the event log records. */
public enum EventType {
    SITE_SEEDED("SiteSeeded"),
    BOOKING_CREATED("BookingCreated"),
    BOOKING_CANCELLED("BookingCancelled"),
    BOOKING_PAID("BookingPaid"),
    BOOKING_CHECKED_IN("BookingCheckedIn"),
    BOOKING_NO_SHOW("BookingNoShow"),
    BOOKING_BAN_STARTED("BookingBanStarted"),
    WAITLIST_JOINED("WaitlistJoined"),
    LOTTERY_ENTERED("LotteryEntered"),
    LOTTERY_DRAWN("LotteryDrawn"),
    SLOTS_PLANNED("SlotsPlanned"),
    TICKET_ISSUED("TicketIssued"),
    TICKET_CALLED("TicketCalled"),
    TICKET_FINISHED("TicketFinished"),
    TICKET_RECALLED("TicketRecalled"),
    TICKET_STARTED("TicketStarted"),
    TICKET_REDIRECTED("TicketRedirected"),
    TICKET_POSTPONED("TicketPostponed"),
    TICKET_RESIDENT("TicketResident"),
    PAYMENT_RECORDED("PaymentRecorded"),
    PAYMENT_REFUNDED("PaymentRefunded"),
    RRN_REVEALED("RrnRevealed"),
    RESIDENT_REGISTERED("ResidentRegistered"),
    NOTICE_LIKED("NoticeLiked"),
    STAFF_CALLED("StaffCalled"),
    STAFF_CALL_ANSWERED("StaffCallAnswered"),
    CLERK_ADDED("ClerkAdded"),
    CLERK_SIGNED_IN("ClerkSignedIn"),
    CLERK_SIGN_IN_FAILED("ClerkSignInFailed"),
    CLERK_LOCKED("ClerkLocked"),
    CLERK_UNLOCKED("ClerkUnlocked"),
    CLERK_PASSWORD_CHANGED("ClerkPasswordChanged"),
    CLERK_PASSWORD_RESET("ClerkPasswordReset"),
    CLERK_ROLE_CHANGED("ClerkRoleChanged"),
    CLERK_DEACTIVATED("ClerkDeactivated"),
    CLERK_REACTIVATED("ClerkReactivated"),
    BOOKING_BAN_CHANGED("BookingBanChanged"),
    DOCUMENT_ISSUED("DocumentIssued"),
    DOCUMENT_PRINTED("DocumentPrinted"),
    DOCUMENT_PRINT_FAILED("DocumentPrintFailed"),
    DOCUMENT_REVOKED("DocumentRevoked"),
    PIN_SET("PinSet"),
    PIN_LOCKED("PinLocked"),
    COURSE_ENROLLED("CourseEnrolled"),
    COURSE_WAITLISTED("CourseWaitlisted"),
    COURSE_ENTERED("CourseEntered"),
    COURSE_CANCELLED("CourseCancelled"),
    COURSE_PROMOTED("CoursePromoted"),
    COURSE_DRAWN("CourseDrawn"),
    COURSE_CLOSED("CourseClosed"),
    COURSE_CHECKED_IN("CourseCheckedIn"),
    COURSE_ATTENDANCE_REMOVED("CourseAttendanceRemoved"),
    COURSE_WISHED("CourseWished"),
    PRACTICE_CLASS_CREATED("PracticeClassCreated"),
    LEARNER_ADDED("LearnerAdded"),
    ATTEMPT_RECORDED("AttemptRecorded"),
    TRAINING_CERTIFICATE_ISSUED("TrainingCertificateIssued"),
    CASE_ASSIGNED("CaseAssigned"),
    CASE_READ("CaseRead"),
    CASE_ACCESS_REFUSED("CaseAccessRefused"),
    NEED_RAISED("NeedRaised"),
    NEED_CLOSED("NeedClosed"),
    CONSULTATION_RECORDED("ConsultationRecorded"),
    SERVICE_APPLIED("ServiceApplied"),
    APPLICATION_DECIDED("ApplicationDecided"),
    REFERRAL_SENT("ReferralSent"),
    REFERRAL_ANSWERED("ReferralAnswered"),
    FOLLOW_UP_PLANNED("FollowUpPlanned"),
    FOLLOW_UP_DONE("FollowUpDone"),
    WELFARE_REQUESTED("WelfareRequested"),
    CARE_CATALOGUE_CHANGED("CareCatalogueChanged"),
    VISIT_TARGET_SET("VisitTargetSet"),
    SATISFACTION_ANSWERED("SatisfactionAnswered");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name stored in {@code event_log.type}. */
    public String wireName() {
        return wireName;
    }
}
