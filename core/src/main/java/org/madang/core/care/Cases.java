package org.madang.core.care;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.clerk.Permission;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.facility.Localized;

/**
 * A resident's case (COUNTER.md, Cases): read by the assigned officer, the welfare team and
 * supervisors only, every read in the audit trail; kept by them with needs, consultations,
 * services applied for, referrals and follow-ups, everything said sealed at rest.
 *
 * <p>Every save carries the case version the clerk read; a case changed meanwhile answers
 * {@link CaseOutcome.Changed} with what changed, and nothing is written over.
 */
public final class Cases {
    /** The longest note kept. */
    public static final int LONGEST_NOTE = 2000;
    /** The longest home visit recorded, in minutes. */
    public static final int LONGEST_VISIT = 600;
    /** How far ahead of now a consultation may be dated (clocks differ a little). */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(5);
    private static final int READERS_SHOWN = 200;
    private static final List<EventType> CHANGES = List.of(EventType.NEED_RAISED, EventType.NEED_CLOSED, EventType.CONSULTATION_RECORDED,
            EventType.SERVICE_APPLIED, EventType.APPLICATION_DECIDED, EventType.REFERRAL_SENT, EventType.REFERRAL_ANSWERED,
            EventType.FOLLOW_UP_PLANNED, EventType.FOLLOW_UP_DONE, EventType.WELFARE_REQUESTED, EventType.CASE_ASSIGNED);

    private final Jdbi jdbi;
    private final EventLog events;
    private final CaseText text;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public Cases(Jdbi jdbi, EventLog events, CaseText text, Clock clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.text = text;
        this.clock = clock;
    }

    /**
     * Opens the whole case, in the audit trail with the reason given. Someone other than the
     * assigned officer must give a reason (answered {@link CaseOutcome.Invalid} on
     * {@code reason} without one); someone not allowed is refused, and that is logged too.
     * A resident without a case yet gets an empty one (nothing is written until something is saved).
     */
    public CaseOutcome<CaseFile> open(long residentId, String clerk, String reason) {
        String why = reason == null ? "" : reason.strip();
        return jdbi.inTransaction(h -> {
            Optional<Refusal> no = CaseRights.refusal(h, clerk, residentId);
            if (no.isPresent()) {
                CaseRights.logRefusal(h, events, clerk, residentId, "open");
                return new CaseOutcome.Refused<>(no.get());
            }
            if (CaseRights.needsReason(h, clerk, residentId) && why.length() < CaseRights.MIN_REASON) {
                return new CaseOutcome.Invalid<>(Map.of("reason", Refusal.of("case.reason.needed", CaseRights.MIN_REASON)));
            }
            Optional<CaseFile> file = read(h, residentId);
            if (file.isEmpty()) {
                return new CaseOutcome.Invalid<>(Map.of("resident", Refusal.of("resident.refused.unknown")));
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("view", "case");
            if (!why.isEmpty()) {
                details.put("reason", why.length() > 200 ? why.substring(0, 200) : why);
            }
            events.append(h, new EventDraft(EventType.CASE_READ, CaseRights.subject(residentId), "clerk:" + clerk, details));
            return new CaseOutcome.Done<>(file.get(), file.get().version());
        });
    }

    /**
     * The case summary of the resident view, for those allowed to see it (the read is logged when
     * there is a case); empty for everyone else, who see only the assigned officer's name.
     */
    public Optional<CaseSummary> summary(long residentId, String clerk) {
        LocalDate today = LocalDate.now(clock);
        return jdbi.inTransaction(h -> {
            if (CaseRights.refusal(h, clerk, residentId).isPresent()) {
                return Optional.empty();
            }
            Optional<Object[]> head = h.createQuery("SELECT c.officer, k.name, c.last_contact FROM care_case c "
                            + "LEFT JOIN clerk k ON k.login = c.officer WHERE c.resident_id = :r").bind("r", residentId)
                    .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getString(2), rs.getObject(3, LocalDateTime.class)}).findOne();
            if (head.isEmpty()) {
                return Optional.of(new CaseSummary(false, Optional.empty(), List.of(), null, null, 0));
            }
            // only the kinds of the open needs are opened: the summary shows nothing else a case says
            Map<String, Localized> kinds = byCode(CareCatalogue.entries(h, CareCatalogue.Part.NEEDS, false));
            List<Localized> open = h.createQuery("SELECT kind_cipher FROM care_need WHERE resident_id = :r AND closed_at IS NULL "
                            + "ORDER BY raised_at DESC, id DESC").bind("r", residentId).mapTo(String.class).list().stream()
                    .map(text::open).map(code -> kinds.getOrDefault(code, new Localized(code, code))).toList();
            LocalDate nextVisit = h.createQuery("SELECT MIN(due_on) FROM care_followup WHERE resident_id = :r AND visit AND done_at IS NULL")
                    .bind("r", residentId).mapTo(LocalDate.class).findOne().orElse(null);
            int overdue = h.createQuery("SELECT COUNT(*) FROM care_followup WHERE resident_id = :r AND done_at IS NULL AND due_on < :today")
                    .bind("r", residentId).bind("today", today).mapTo(Integer.class).one();
            String officer = (String) head.get()[0];
            events.append(h, new EventDraft(EventType.CASE_READ, CaseRights.subject(residentId), "clerk:" + clerk, Map.of("view", "summary")));
            return Optional.of(new CaseSummary(true, Optional.ofNullable(officer).map(o -> new Officer(o, head.get()[1] == null ? o
                    : (String) head.get()[1])), open, (LocalDateTime) head.get()[2], nextVisit, overdue));
        });
    }

    /** The officer a resident is assigned to, if any: every clerk at the window may know whom to ask. */
    public Optional<Officer> officerOf(long residentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT c.officer, k.name FROM care_case c JOIN clerk k ON k.login = c.officer "
                        + "WHERE c.resident_id = :r").bind("r", residentId)
                .map((rs, ctx) -> new Officer(rs.getString(1), rs.getString(2))).findOne());
    }

    /** Who looked at the case, newest first, with refused attempts (supervisors only). */
    public CaseOutcome<List<CaseRead>> readers(long residentId, String supervisor) {
        ZoneId zone = clock.getZone();
        return jdbi.withHandle(h -> {
            if (!CaseRights.may(h, supervisor, Permission.CASE_AUDIT)) {
                return new CaseOutcome.Refused<>(Refusal.of(Permission.CASE_AUDIT.refusalKey()));
            }
            Map<String, String> names = clerkNames(h);
            // with the reads a centre's own chain kept from before its move into the county (its logins as they are now)
            Map<String, String> renamed = new java.util.HashMap<>();
            h.createQuery("SELECT centre, old_name, new_name FROM moved_name WHERE kind = 'clerk'")
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                    .forEach(n -> renamed.put(n[0] + "\u001f" + n[1], n[2]));
            List<CaseRead> reads = h.createQuery("SELECT r.occurred_at, r.actor, r.type, r.payload, r.centre FROM ("
                            + "SELECT occurred_at, actor, type, payload, CAST(NULL AS VARCHAR(40)) AS centre, 0 AS kept, id FROM event_log "
                            + "WHERE subject = :s AND type IN (:read, :refused) "
                            + "UNION ALL SELECT m.occurred_at, m.actor, m.type, m.payload, m.centre, 1, m.id FROM moved_event m JOIN moved_id i "
                            + "ON i.centre = m.centre AND i.table_name = 'resident' AND m.subject = CONCAT('resident:', i.old_id) "
                            + "WHERE i.new_id = :r AND m.type IN (:read, :refused)) r ORDER BY r.occurred_at DESC, r.kept, r.id DESC LIMIT "
                            + READERS_SHOWN)
                    .bind("s", CaseRights.subject(residentId)).bind("r", residentId).bind("read", EventType.CASE_READ.wireName())
                    .bind("refused", EventType.CASE_ACCESS_REFUSED.wireName())
                    .map((rs, ctx) -> {
                        String actor = rs.getString(2).replaceFirst("^clerk:", "");
                        String login = rs.getString(5) == null ? actor : renamed.getOrDefault(rs.getString(5) + "\u001f" + actor, actor);
                        Map<String, String> payload = payload(rs.getString(4));
                        boolean refused = EventType.CASE_ACCESS_REFUSED.wireName().equals(rs.getString(3));
                        return new CaseRead(rs.getObject(1, java.time.OffsetDateTime.class).atZoneSameInstant(zone).toLocalDateTime(),
                                login, names.getOrDefault(login, login), refused ? payload.getOrDefault("act", "") : payload.getOrDefault("view", ""),
                                payload.getOrDefault("reason", ""), refused);
                    }).list();
            return new CaseOutcome.Done<>(reads, 0);
        });
    }

    /** A need raised at the counter or noticed by the officer, with an optional note. */
    public CaseOutcome<Long> raiseNeed(long residentId, int seen, String kindCode, String note, NeedSource source, String clerk) {
        Map<String, Refusal> invalid = new LinkedHashMap<>();
        String written = optionalNote(note, "note", invalid);
        Optional<CatalogueEntry> kind = jdbi.withHandle(h -> CareCatalogue.entry(h, CareCatalogue.Part.NEEDS, kindCode == null ? "" : kindCode))
                .filter(CatalogueEntry::active);
        if (kind.isEmpty()) {
            invalid.put("kind", Refusal.of("case.need.kindNeeded"));
        }
        return write(residentId, seen, clerk, invalid, EventType.NEED_RAISED, Map.of("source", source.name()), (h, now) ->
                h.createUpdate("INSERT INTO care_need (resident_id, kind_cipher, note_cipher, source, raised_at, raised_by) "
                                + "VALUES (:r, :k, :n, :s, :now, :by)")
                        .bind("r", residentId).bind("k", text.seal(kindCode)).bind("n", text.seal(written)).bind("s", source.name())
                        .bind("now", now).bind("by", "clerk:" + clerk).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** Closes an open need, saying what was done about it. */
    public CaseOutcome<Long> closeNeed(long residentId, int seen, long needId, String outcome, String clerk) {
        Map<String, Refusal> invalid = new LinkedHashMap<>();
        String written = requiredNote(outcome, "outcome", invalid);
        return write(residentId, seen, clerk, invalid, EventType.NEED_CLOSED, Map.of(), (h, now) ->
                h.createUpdate("UPDATE care_need SET closed_at = :now, closed_by = :by, outcome_cipher = :o "
                                + "WHERE id = :id AND resident_id = :r AND closed_at IS NULL")
                        .bind("now", now).bind("by", clerk).bind("o", text.seal(written)).bind("id", needId).bind("r", residentId)
                        .execute() == 1 ? needId : null);
    }

    /**
     * Writes down a consultation: what was asked and what was done are both needed; a home visit
     * needs how long it took (1–600 minutes); it may not be dated in the future.
     */
    public CaseOutcome<Long> recordConsultation(long residentId, int seen, ConsultationDraft draft, String clerk) {
        Map<String, Refusal> invalid = new LinkedHashMap<>();
        String asked = requiredNote(draft.asked(), "asked", invalid);
        String done = requiredNote(draft.done(), "done", invalid);
        LocalDateTime now = LocalDateTime.now(clock);
        if (draft.heldAt() == null || draft.heldAt().isAfter(now.plus(CLOCK_SLACK))) {
            invalid.put("heldAt", Refusal.of("case.consultation.future"));
        }
        if (draft.channel() == null) {
            invalid.put("channel", Refusal.of("case.consultation.channel"));
        }
        Integer minutes = draft.minutes();
        if (minutes != null && (minutes <= 0 || minutes > LONGEST_VISIT)) {
            invalid.put("minutes", Refusal.of("case.consultation.minutes", LONGEST_VISIT));
        } else if (minutes == null && draft.channel() == Channel.VISIT) {
            invalid.put("minutes", Refusal.of("case.consultation.visitMinutes"));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("channel", draft.channel() == null ? "" : draft.channel().name());
        details.put("minutes", minutes == null ? 0 : minutes);
        return write(residentId, seen, clerk, invalid, EventType.CONSULTATION_RECORDED, details, (h, at) -> {
            long id = h.createUpdate("INSERT INTO care_consultation (resident_id, held_at, channel, clerk, minutes, asked_cipher, done_cipher, "
                            + "recorded_at) VALUES (:r, :held, :ch, :c, :m, :a, :d, :now)")
                    .bind("r", residentId).bind("held", draft.heldAt()).bind("ch", draft.channel().name()).bind("c", clerk)
                    .bind("m", minutes).bind("a", text.seal(asked)).bind("d", text.seal(done)).bind("now", at)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            h.createUpdate("UPDATE care_case SET last_contact = :held WHERE resident_id = :r AND (last_contact IS NULL OR last_contact < :held)")
                    .bind("held", draft.heldAt()).bind("r", residentId).execute();
            return id;
        });
    }

    /** An application for a welfare service made for the resident. */
    public CaseOutcome<Long> applyForService(long residentId, int seen, String serviceCode, String note, String clerk) {
        Map<String, Refusal> invalid = new LinkedHashMap<>();
        String written = optionalNote(note, "note", invalid);
        Optional<CatalogueEntry> service = jdbi.withHandle(h -> CareCatalogue.entry(h, CareCatalogue.Part.SERVICES,
                serviceCode == null ? "" : serviceCode)).filter(CatalogueEntry::active);
        if (service.isEmpty()) {
            invalid.put("service", Refusal.of("case.application.serviceNeeded"));
        }
        return write(residentId, seen, clerk, invalid, EventType.SERVICE_APPLIED, Map.of(), (h, now) ->
                h.createUpdate("INSERT INTO care_application (resident_id, service_cipher, note_cipher, applied_on, clerk, status) "
                                + "VALUES (:r, :s, :n, :d, :c, 'APPLIED')")
                        .bind("r", residentId).bind("s", text.seal(serviceCode)).bind("n", text.seal(written)).bind("d", now.toLocalDate())
                        .bind("c", clerk).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** What became of an application: granted, refused or withdrawn (once). */
    public CaseOutcome<Long> decideApplication(long residentId, int seen, long applicationId, ApplicationStatus status, String clerk) {
        Map<String, Refusal> invalid = new LinkedHashMap<>();
        if (status == null || status == ApplicationStatus.APPLIED) {
            invalid.put("status", Refusal.of("case.application.decisionNeeded"));
        }
        return write(residentId, seen, clerk, invalid, EventType.APPLICATION_DECIDED, Map.of("status", status == null ? "" : status.name()),
                (h, now) -> h.createUpdate("UPDATE care_application SET status = :s, decided_on = :d WHERE id = :id AND resident_id = :r "
                                + "AND status = 'APPLIED'")
                        .bind("s", status.name()).bind("d", now.toLocalDate()).bind("id", applicationId).bind("r", residentId)
                        .execute() == 1 ? applicationId : null);
    }

    /** A referral to an outside agency, with why. */
    public CaseOutcome<Long> refer(long residentId, int seen, String agency, String reason, String clerk) {
        Map<String, Refusal> invalid = new LinkedHashMap<>();
        String to = requiredNote(agency, "agency", invalid);
        String why = requiredNote(reason, "reason", invalid);
        return write(residentId, seen, clerk, invalid, EventType.REFERRAL_SENT, Map.of(), (h, now) ->
                h.createUpdate("INSERT INTO care_referral (resident_id, agency_cipher, reason_cipher, referred_on, clerk) "
                                + "VALUES (:r, :a, :why, :d, :c)")
                        .bind("r", residentId).bind("a", text.seal(to)).bind("why", text.seal(why)).bind("d", now.toLocalDate())
                        .bind("c", clerk).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** The agency's answer to a referral (once), with a note of what it said. */
    public CaseOutcome<Long> answerReferral(long residentId, int seen, long referralId, ReferralAnswer answer, String note, String clerk) {
        Map<String, Refusal> invalid = new LinkedHashMap<>();
        String written = optionalNote(note, "answerNote", invalid);
        if (answer == null) {
            invalid.put("answer", Refusal.of("case.referral.answerNeeded"));
        }
        return write(residentId, seen, clerk, invalid, EventType.REFERRAL_ANSWERED, Map.of("answer", answer == null ? "" : answer.name()),
                (h, now) -> h.createUpdate("UPDATE care_referral SET answer = :a, answer_cipher = :n, answered_on = :d "
                                + "WHERE id = :id AND resident_id = :r AND answer IS NULL")
                        .bind("a", answer.name()).bind("n", text.seal(written)).bind("d", now.toLocalDate()).bind("id", referralId)
                        .bind("r", residentId).execute() == 1 ? referralId : null);
    }

    /** Something to do by a day, today or later ({@code visit}: a planned home visit). */
    public CaseOutcome<Long> planFollowUp(long residentId, int seen, LocalDate due, boolean visit, String what, String clerk) {
        Map<String, Refusal> invalid = new LinkedHashMap<>();
        String written = requiredNote(what, "what", invalid);
        if (due == null || due.isBefore(LocalDate.now(clock))) {
            invalid.put("due", Refusal.of("case.followUp.past"));
        }
        return write(residentId, seen, clerk, invalid, EventType.FOLLOW_UP_PLANNED, Map.of("visit", visit), (h, now) ->
                h.createUpdate("INSERT INTO care_followup (resident_id, due_on, visit, what_cipher, created_by, created_at) "
                                + "VALUES (:r, :due, :v, :w, :c, :now)")
                        .bind("r", residentId).bind("due", due).bind("v", visit).bind("w", text.seal(written)).bind("c", clerk)
                        .bind("now", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** A follow-up done (once). */
    public CaseOutcome<Long> completeFollowUp(long residentId, int seen, long followUpId, String clerk) {
        return write(residentId, seen, clerk, Map.of(), EventType.FOLLOW_UP_DONE, Map.of(), (h, now) ->
                h.createUpdate("UPDATE care_followup SET done_at = :now, done_by = :c WHERE id = :id AND resident_id = :r AND done_at IS NULL")
                        .bind("now", now).bind("c", clerk).bind("id", followUpId).bind("r", residentId).execute() == 1 ? followUpId : null);
    }

    /** One change to a case: writes its rows and answers the id of what it wrote or changed (null: no such item, or done already). */
    interface Change {
        Long apply(Handle h, LocalDateTime now);
    }

    private CaseOutcome<Long> write(long residentId, int seen, String clerk, Map<String, Refusal> invalid, EventType type,
                                    Map<String, Object> details, Change change) {
        if (!invalid.isEmpty()) {
            return new CaseOutcome.Invalid<>(invalid);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.inTransaction(h -> {
            Optional<Refusal> no = CaseRights.refusal(h, clerk, residentId);
            if (no.isPresent()) {
                CaseRights.logRefusal(h, events, clerk, residentId, type.wireName());
                return new CaseOutcome.Refused<>(no.get());
            }
            if (h.createQuery("SELECT COUNT(*) FROM resident WHERE id = :r").bind("r", residentId).mapTo(Integer.class).one() == 0) {
                return new CaseOutcome.Invalid<>(Map.of("resident", Refusal.of("resident.refused.unknown")));
            }
            int version = lockOrOpen(h, residentId, now, events.terminal().site());
            if (version != seen) {
                return new CaseOutcome.Changed<>(changesSince(h, residentId, seen), version);
            }
            Long id = change.apply(h, now);
            if (id == null) {
                return new CaseOutcome.Invalid<>(Map.of("item", Refusal.of("case.item.gone")));
            }
            int next = bump(h, residentId);
            Map<String, Object> d = new LinkedHashMap<>(details);
            d.put("item", id);
            d.put("version", next);
            events.append(h, new EventDraft(type, CaseRights.subject(residentId), "clerk:" + clerk, d));
            return new CaseOutcome.Done<>(id, next);
        });
    }

    /**
     * Locks the case's row for the transaction, opening the case first (at the centre of
     * {@code site}) when the resident has none; answers its version.
     */
    static int lockOrOpen(Handle h, long residentId, LocalDateTime now, String site) {
        Optional<Integer> version = h.createQuery("SELECT version FROM care_case WHERE resident_id = :r FOR UPDATE").bind("r", residentId)
                .mapTo(Integer.class).findOne();
        if (version.isPresent()) {
            return version.get();
        }
        h.createUpdate("INSERT INTO care_case (site, resident_id, opened_at, version) VALUES (:site, :r, :now, 0)")
                .bind("site", site).bind("r", residentId).bind("now", now).execute();
        return 0;
    }

    static int bump(Handle h, long residentId) {
        h.createUpdate("UPDATE care_case SET version = version + 1 WHERE resident_id = :r").bind("r", residentId).execute();
        return h.createQuery("SELECT version FROM care_case WHERE resident_id = :r").bind("r", residentId).mapTo(Integer.class).one();
    }

    /** The changes made to a case after version {@code seen}, oldest first. */
    private List<CaseChange> changesSince(Handle h, long residentId, int seen) {
        Map<String, String> names = clerkNames(h);
        ZoneId zone = clock.getZone();
        List<CaseChange> changes = new ArrayList<>();
        h.createQuery("SELECT occurred_at, actor, type, payload FROM event_log WHERE subject = :s AND type IN (<types>) ORDER BY id")
                .bind("s", CaseRights.subject(residentId)).bindList("types", CHANGES.stream().map(EventType::wireName).toList())
                .map((rs, ctx) -> new Object[] {rs.getObject(1, java.time.OffsetDateTime.class), rs.getString(2), rs.getString(3), rs.getString(4)})
                .forEach(row -> {
                    Map<String, String> payload = payload((String) row[3]);
                    int version = Integer.parseInt(payload.getOrDefault("version", "0"));
                    if (version > seen) {
                        String actor = (String) row[1];
                        String who = actor.startsWith("clerk:") ? names.getOrDefault(actor.substring(6), actor.substring(6)) : null;
                        changes.add(new CaseChange(((java.time.OffsetDateTime) row[0]).atZoneSameInstant(zone).toLocalDateTime(), who,
                                changeKey((String) row[2])));
                    }
                });
        return changes;
    }

    private static String changeKey(String type) {
        EventType t = java.util.Arrays.stream(EventType.values()).filter(e -> e.wireName().equals(type)).findFirst().orElseThrow();
        return switch (t) {
            case NEED_RAISED -> "case.change.needRaised";
            case NEED_CLOSED -> "case.change.needClosed";
            case CONSULTATION_RECORDED -> "case.change.consultation";
            case SERVICE_APPLIED -> "case.change.applied";
            case APPLICATION_DECIDED -> "case.change.decided";
            case REFERRAL_SENT -> "case.change.referred";
            case REFERRAL_ANSWERED -> "case.change.answered";
            case FOLLOW_UP_PLANNED -> "case.change.followUp";
            case FOLLOW_UP_DONE -> "case.change.followUpDone";
            case WELFARE_REQUESTED -> "case.change.request";
            default -> "case.change.assigned";
        };
    }

    private Map<String, String> payload(String payload) {
        try {
            Map<String, String> values = new LinkedHashMap<>();
            json.readTree(payload).fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
            return values;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event's payload is not JSON", e);
        }
    }

    static Map<String, String> clerkNames(Handle h) {
        return h.createQuery("SELECT login, name FROM clerk").map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Reads the case in clear (empty when there is no such resident); a resident without a case reads as an empty one. */
    Optional<CaseFile> read(Handle h, long residentId) {
        Optional<Object[]> person = h.createQuery("SELECT name, birth_date FROM resident WHERE id = :r").bind("r", residentId)
                .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class)}).findOne();
        if (person.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> names = clerkNames(h);
        Function<String, String> name = login -> login == null ? null : names.getOrDefault(login, login);
        Map<String, Localized> kinds = byCode(CareCatalogue.entries(h, CareCatalogue.Part.NEEDS, false));
        Map<String, Localized> services = byCode(CareCatalogue.entries(h, CareCatalogue.Part.SERVICES, false));
        Optional<Object[]> head = h.createQuery("SELECT officer, version, last_contact FROM care_case WHERE resident_id = :r")
                .bind("r", residentId).map((rs, ctx) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getObject(3, LocalDateTime.class)})
                .findOne();
        String officer = head.map(x -> (String) x[0]).orElse(null);
        List<CaseFile.Need> needs = h.createQuery("SELECT n.id, n.kind_cipher, n.note_cipher, n.source, n.raised_at, n.raised_by, n.callback_at, "
                        + "q.prefix, t.number, n.closed_at, n.closed_by, n.outcome_cipher FROM care_need n "
                        + "LEFT JOIN queue_ticket t ON t.id = n.ticket_id LEFT JOIN queue_service q ON q.id = t.service_id "
                        + "WHERE n.resident_id = :r ORDER BY n.closed_at IS NULL DESC, n.raised_at DESC, n.id DESC")
                .bind("r", residentId).map((rs, ctx) -> {
                    String code = text.open(rs.getString(2));
                    String by = rs.getString(6);
                    LocalDateTime callback = rs.getObject(7, LocalDateTime.class);
                    String ticket = rs.getString(8) == null ? null : rs.getString(8) + String.format("%03d", rs.getInt(9));
                    return new CaseFile.Need(rs.getLong(1), code, kinds.getOrDefault(code, new Localized(code, code)), text.open(rs.getString(3)),
                            NeedSource.valueOf(rs.getString(4)), rs.getObject(5, LocalDateTime.class),
                            by.startsWith("clerk:") ? name.apply(by.substring(6)) : null,
                            callback, callback == null ? null : WelfareRequests.windowEnd(callback), ticket,
                            rs.getObject(10, LocalDateTime.class), name.apply(rs.getString(11)), text.open(rs.getString(12)));
                }).list();
        List<CaseFile.Consultation> consultations = h.createQuery("SELECT id, held_at, channel, clerk, minutes, asked_cipher, done_cipher "
                        + "FROM care_consultation WHERE resident_id = :r ORDER BY held_at DESC, id DESC")
                .bind("r", residentId).map((rs, ctx) -> new CaseFile.Consultation(rs.getLong(1), rs.getObject(2, LocalDateTime.class),
                        Channel.valueOf(rs.getString(3)), name.apply(rs.getString(4)), (Integer) rs.getObject(5, Integer.class),
                        text.open(rs.getString(6)), text.open(rs.getString(7)))).list();
        List<CaseFile.Application> applications = h.createQuery("SELECT id, service_cipher, note_cipher, applied_on, clerk, status, decided_on "
                        + "FROM care_application WHERE resident_id = :r ORDER BY applied_on DESC, id DESC")
                .bind("r", residentId).map((rs, ctx) -> {
                    String code = text.open(rs.getString(2));
                    return new CaseFile.Application(rs.getLong(1), code, services.getOrDefault(code, new Localized(code, code)),
                            text.open(rs.getString(3)), rs.getObject(4, LocalDate.class), name.apply(rs.getString(5)),
                            ApplicationStatus.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class));
                }).list();
        List<CaseFile.Referral> referrals = h.createQuery("SELECT id, agency_cipher, reason_cipher, referred_on, clerk, answer, answer_cipher, "
                        + "answered_on FROM care_referral WHERE resident_id = :r ORDER BY referred_on DESC, id DESC")
                .bind("r", residentId).map((rs, ctx) -> new CaseFile.Referral(rs.getLong(1), text.open(rs.getString(2)), text.open(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), name.apply(rs.getString(5)),
                        rs.getString(6) == null ? null : ReferralAnswer.valueOf(rs.getString(6)), text.open(rs.getString(7)),
                        rs.getObject(8, LocalDate.class))).list();
        List<CaseFile.FollowUp> followUps = h.createQuery("SELECT id, due_on, visit, what_cipher, created_by, done_at, done_by "
                        + "FROM care_followup WHERE resident_id = :r ORDER BY done_at IS NULL DESC, due_on, id")
                .bind("r", residentId).map((rs, ctx) -> new CaseFile.FollowUp(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBoolean(3),
                        text.open(rs.getString(4)), name.apply(rs.getString(5)), rs.getObject(6, LocalDateTime.class),
                        name.apply(rs.getString(7)))).list();
        return Optional.of(new CaseFile(residentId, (String) person.get()[0], (LocalDate) person.get()[1],
                Optional.ofNullable(officer).map(o -> new Officer(o, name.apply(o))), head.map(x -> (Integer) x[1]).orElse(0),
                head.map(x -> (LocalDateTime) x[2]).orElse(null), needs, consultations, applications, referrals, followUps));
    }

    private static Map<String, Localized> byCode(List<CatalogueEntry> entries) {
        Map<String, Localized> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.code(), e.name()));
        return map;
    }

    private static String requiredNote(String note, String field, Map<String, Refusal> invalid) {
        String written = note == null ? "" : note.strip();
        if (written.isEmpty()) {
            invalid.put(field, Refusal.of("case.note.needed"));
        } else if (written.length() > LONGEST_NOTE) {
            invalid.put(field, Refusal.of("case.note.long", LONGEST_NOTE));
        }
        return written;
    }

    private static String optionalNote(String note, String field, Map<String, Refusal> invalid) {
        String written = note == null ? "" : note.strip();
        if (written.length() > LONGEST_NOTE) {
            invalid.put(field, Refusal.of("case.note.long", LONGEST_NOTE));
        }
        return written.isEmpty() ? null : written;
    }
}
