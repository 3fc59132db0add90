package org.madang.core.document;

import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.booking.Channel;
import org.madang.core.civil.CivilRecords;
import org.madang.core.civil.Person;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.site.DataCipher;
import org.madang.core.site.Terminal;
import org.madang.core.storage.SqlErrors;
import org.madang.hardware.document.DocumentPrinter;
import org.madang.hardware.receipt.PrintResult;

/**
 * Issues civil documents (POLICIES.md "Civil documents"): checks who may have which document,
 * composes it, writes the issuance record and its audit event, hands out the sealed PDF and
 * records how printing went. A failed print leaves the issuance to be printed again, free.
 */
public final class DocumentIssuing {
    private static final String SELECT = "SELECT id, number, type_code, subject_id, requester_id, options, copies, pages, fee, channel, "
            + "terminal_id, issued_at, content_hash, holder_masked, status, revoke_reason, print_state, print_attempts, print_error "
            + "FROM document_issue ";

    private final Jdbi jdbi;
    private final EventLog events;
    private final DocumentTypes types;
    private final CivilRecords records;
    private final DocumentComposer composer;
    /** The same documents as a screen shows them: people's data hidden. */
    private final DocumentComposer onScreen;
    private final DocumentPdf pdf;
    private final DocumentSigner signer;
    private final DataCipher cipher;
    private final String siteName;
    private final Clock clock;
    private final Terminal terminal;
    private final RandomGenerator random;
    private final ObjectMapper json = new ObjectMapper();

    public DocumentIssuing(Jdbi jdbi, EventLog events, DocumentTypes types, CivilRecords records, DocumentComposer composer, DocumentPdf pdf,
                           DocumentSigner signer, DataCipher cipher, String siteName, Clock clock, Terminal terminal, RandomGenerator random) {
        this.jdbi = jdbi;
        this.events = events;
        this.types = types;
        this.records = records;
        this.composer = composer;
        this.onScreen = composer.forScreen();
        this.pdf = pdf;
        this.signer = signer;
        this.cipher = cipher;
        this.siteName = siteName;
        this.clock = clock;
        this.terminal = terminal;
        this.random = random;
    }

    /** Every type, withdrawn ones too (to name the documents issued before). */
    public List<DocumentType> types() {
        return types.all();
    }

    /**
     * The types a channel lists: at the counter those it issues; at a kiosk those issued
     * anywhere (a counter-only one shown so the resident knows where to go).
     */
    public List<DocumentType> offered(Channel channel) {
        return types.all().stream().filter(t -> channel == Channel.KIOSK ? t.offered() : t.counterIssuable()).toList();
    }

    /** Whom the requester may obtain {@code type} for: themselves, and their household where the type allows. */
    public List<Person> subjects(long requesterId, DocumentType type) {
        if (!type.householdAllowed()) {
            return records.person(requesterId).map(List::of).orElse(List.of());
        }
        return records.household(requesterId);
    }

    /** The outcome of {@link #prepare}: a document ready to preview and issue, or a plain no. */
    public sealed interface Preparation permits Ready, Refused {
    }

    /** Everything needed to issue: the words are fixed here and issued as they are. */
    public record Ready(DocumentType type, Person subject, long requesterId, DocumentOptions options, Channel channel,
                        DocumentContent content, int fee) implements Preparation {
    }

    public record Refused(Refusal refusal) implements Preparation {
    }

    /** Checks the rules and composes the document; nothing is stored. */
    public Preparation prepare(long requesterId, long subjectId, String typeCode, DocumentOptions options, Channel channel) {
        Optional<DocumentType> type = types.byCode(typeCode);
        if (type.isEmpty()) {
            return new Refused(Refusal.of("document.refused.unknownType", typeCode));
        }
        DocumentType t = type.get();
        boolean kiosk = channel == Channel.KIOSK;
        if (!t.offered() || !kiosk && !t.counterIssuable()) {
            return new Refused(Refusal.of("document.refused.withdrawn", t.name()));
        }
        if (kiosk && !t.kioskIssuable()) {
            return new Refused(Refusal.of("document.refused.counterOnly", t.name()));
        }
        Optional<Person> requester = records.person(requesterId);
        Optional<Person> subject = records.person(subjectId);
        if (requester.isEmpty() || subject.isEmpty()) {
            return new Refused(Refusal.of("document.refused.notRegistered"));
        }
        if (requesterId != subjectId && !(t.householdAllowed() && requester.get().sameHousehold(subject.get()))) {
            return new Refused(Refusal.of(t.householdAllowed() ? "document.refused.notHousehold" : "document.refused.ownOnly", t.name()));
        }
        DocumentOptions o = options;
        if (!t.addressHistory() && o.addressHistory()) {
            o = o.withAddressHistory(false);
        }
        if (!t.rrnBack() && o.rrnBack()) {
            o = o.withRrnBack(false);
        }
        DocumentComposer.Composition c = composer.compose(t, subject.get(), o, LocalDate.now(clock));
        if (c instanceof DocumentComposer.Refused r) {
            return new Refused(r.refusal());
        }
        return new Ready(t, subject.get(), requesterId, o, channel, ((DocumentComposer.Composed) c).content(), t.fee(kiosk, o.copies()));
    }

    /**
     * The document as it would come out, marked 견본 (SAMPLE) on every page and sealed as a sample,
     * for a screen: its people's names, numbers, birth dates and street addresses hidden.
     */
    public byte[] preview(Ready ready) {
        DocumentComposer.Composition shown = onScreen.compose(ready.type(), ready.subject(), ready.options(), LocalDate.now(clock));
        if (shown instanceof DocumentComposer.Composed c) {
            return sample(c.content()).pdf();
        }
        throw new IllegalStateException("the records changed since the document was prepared: "
                + ((DocumentComposer.Refused) shown).refusal().messageKey());
    }

    /** A sample rendering of any words: for previews and {@code madang render}. */
    public DocumentPdf.Rendered sample(DocumentContent content) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        String number = DocumentNumber.create(now.toLocalDate(), random);
        return pdf.render(content, new DocumentPdf.Stamp(number, siteName, now, terminal.id(), true),
                sha -> signer.seal(Seal.Kind.SAMPLE, number, sha));
    }

    /** An issued document, its seal (the QR's text) and its file. */
    public record Issued(DocumentIssue issue, Seal seal, byte[] pdf) {
        public Issued {
            pdf = pdf.clone();
        }

        @Override
        public byte[] pdf() {
            return pdf.clone();
        }
    }

    /**
     * Issues the document: numbers and seals it, then stores the issuance and its audit event
     * in one transaction; the file is handed out only once that is committed.
     */
    public Issued issue(Ready ready, String actor) {
        String words = encode(ready.content());
        for (int attempt = 1; ; attempt++) {
            LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
            String number = DocumentNumber.create(now.toLocalDate(), random);
            DocumentPdf.Rendered r = pdf.render(ready.content(), new DocumentPdf.Stamp(number, siteName, now, terminal.id(), false),
                    sha -> signer.seal(Seal.Kind.DOCUMENT, number, sha));
            String hash = HexFormat.of().formatHex(r.wordsSha256());
            try {
                DocumentIssue issue = jdbi.inTransaction(h -> insert(h, ready, number, now, r.pages(), hash, words, actor));
                return new Issued(issue, r.seal(), r.pdf());
            } catch (RuntimeException e) {
                // nine random digits a day: a clash is rare, and another number solves it
                if (attempt >= 3 || !SqlErrors.isDuplicate(e)) {
                    throw e;
                }
            }
        }
    }

    private DocumentIssue insert(Handle h, Ready ready, String number, LocalDateTime now, int pages, String hash, String words, String actor) {
        StaffRights.requireIfStaff(h, actor, Permission.WINDOW);
        long id = h.createUpdate("INSERT INTO document_issue (site, number, type_code, subject_id, requester_id, options, copies, pages, fee, "
                        + "channel, terminal_id, issued_at, content_hash, content, holder_masked, status, print_state) VALUES (:site, :n, :t, :s, "
                        + ":r, :o, :c, :p, :f, :ch, :term, :at, :hash, :words, :holder, 'ISSUED', 'PENDING')")
                .bind("site", terminal.site()).bind("n", number).bind("t", ready.type().code()).bind("s", ready.subject().id()).bind("r", ready.requesterId())
                .bind("o", ready.options().stored()).bind("c", ready.options().copies()).bind("p", pages).bind("f", ready.fee())
                .bind("ch", ready.channel().name()).bind("term", terminal.id()).bind("at", now).bind("hash", hash)
                .bind("words", cipher.encrypt(words)).bind("holder", ready.content().holder())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("number", number);
        details.put("type", ready.type().code());
        details.put("subject", ready.subject().id());
        details.put("requester", ready.requesterId());
        details.put("copies", ready.options().copies());
        details.put("fee", ready.fee());
        details.put("contentHash", hash);
        events.append(h, new EventDraft(EventType.DOCUMENT_ISSUED, "document:" + number, actor, details));
        return byId(h, id).orElseThrow();
    }

    /**
     * Prints the copies not printed yet and records the outcome; a failure leaves the issuance
     * reprintable (no second fee). Call off the EDT: printing blocks.
     */
    public PrintResult print(DocumentIssue issue, byte[] file, DocumentPrinter printer) {
        int done = jdbi.withHandle(h -> h.createQuery("SELECT copies_printed FROM document_issue WHERE id = :id").bind("id", issue.id())
                .mapTo(Integer.class).one());
        PrintResult result = new PrintResult.Printed();
        int printed = done;
        while (printed < issue.copies()) {
            result = printer.print(DocumentNumber.grouped(issue.number()), file);
            if (!result.printed()) {
                break;
            }
            printed++;
        }
        int copies = printed;
        PrintResult outcome = result;
        jdbi.useTransaction(h -> {
            boolean ok = outcome.printed();
            h.createUpdate("UPDATE document_issue SET print_state = :s, print_attempts = print_attempts + 1, copies_printed = :c, "
                            + "print_error = :e, printed_at = :at WHERE id = :id")
                    .bind("s", ok ? "PRINTED" : "FAILED").bind("c", copies)
                    .bind("e", ok ? null : ((PrintResult.Failed) outcome).reason()).bind("at", ok ? LocalDateTime.now(clock) : null)
                    .bind("id", issue.id()).execute();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("copies", copies);
            if (!ok) {
                details.put("fault", ((PrintResult.Failed) outcome).fault().name());
            }
            events.append(h, new EventDraft(ok ? EventType.DOCUMENT_PRINTED : EventType.DOCUMENT_PRINT_FAILED, "document:" + issue.number(),
                    "terminal:" + terminal.id(), details));
        });
        return result;
    }

    /**
     * The file of an issued document, rebuilt from its sealed words with its own number and
     * time; refuses (IllegalStateException) if the rebuilt words do not match the stored hash.
     */
    public byte[] fileOf(DocumentIssue issue) {
        String sealed = jdbi.withHandle(h -> h.createQuery("SELECT content FROM document_issue WHERE id = :id").bind("id", issue.id())
                .mapTo(String.class).one());
        DocumentContent content;
        try {
            content = json.readValue(cipher.decrypt(sealed), DocumentContent.class);
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("document " + issue.number() + ": its stored words cannot be read with this site's key", e);
        }
        DocumentPdf.Rendered r = pdf.render(content, new DocumentPdf.Stamp(issue.number(), siteName, issue.issuedAt(), issue.terminalId(),
                false), sha -> signer.seal(Seal.Kind.DOCUMENT, issue.number(), sha));
        if (!HexFormat.of().formatHex(r.wordsSha256()).equals(issue.contentHash())) {
            throw new IllegalStateException("document " + issue.number() + ": the rebuilt words differ from those issued "
                    + "(was the document words file changed since?)");
        }
        return r.pdf();
    }

    /**
     * The seal printed on an issued document (its QR's text), signed again from the stored hash:
     * Ed25519 signatures are deterministic, so it is the very text on the paper.
     */
    public Seal sealOf(DocumentIssue issue) {
        return signer.seal(Seal.Kind.DOCUMENT, issue.number(), HexFormat.of().parseHex(issue.contentHash()));
    }

    /** The resident's issuances that did not come out of the printer, newest first. */
    public List<DocumentIssue> unprinted(long requesterId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE requester_id = :r AND status = 'ISSUED' AND print_state <> 'PRINTED' "
                + "ORDER BY issued_at DESC, id DESC").bind("r", requesterId).map((rs, ctx) -> issue(rs)).list());
    }

    public Optional<DocumentIssue> byNumber(String number) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE number = :n").bind("n", number).map((rs, ctx) -> issue(rs)).findOne());
    }

    /** Recent issuances, newest first, for the counter. */
    public List<DocumentIssue> recent(int limit) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "ORDER BY issued_at DESC, id DESC LIMIT :l")
                .bind("l", limit).map((rs, ctx) -> issue(rs)).list());
    }

    /** Withdraws a document (issued in error, reported lost): verification refuses it from then on. */
    public boolean revoke(String number, String reason, String actor) {
        return jdbi.inTransaction(h -> {
            StaffRights.require(h, actor, Permission.REVOKE_DOCUMENT);
            int n = h.createUpdate("UPDATE document_issue SET status = 'REVOKED', revoked_at = :at, revoke_reason = :r "
                            + "WHERE number = :n AND status = 'ISSUED'")
                    .bind("at", LocalDateTime.now(clock)).bind("r", reason).bind("n", number).execute();
            if (n == 1) {
                events.append(h, new EventDraft(EventType.DOCUMENT_REVOKED, "document:" + number, actor, Map.of("reason", reason)));
            }
            return n == 1;
        });
    }

    private String encode(DocumentContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("document words cannot be stored: " + e.getMessage(), e);
        }
    }

    private static Optional<DocumentIssue> byId(Handle h, long id) {
        return h.createQuery(SELECT + "WHERE id = :id").bind("id", id).map((rs, ctx) -> issue(rs)).findOne();
    }

    static DocumentIssue issue(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new DocumentIssue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getString(6), rs.getInt(7),
                rs.getInt(8), rs.getInt(9), Channel.valueOf(rs.getString(10)), rs.getString(11), rs.getObject(12, LocalDateTime.class),
                rs.getString(13), rs.getString(14), rs.getString(15), Optional.ofNullable(rs.getString(16)), rs.getString(17),
                rs.getInt(18), Optional.ofNullable(rs.getString(19)));
    }
}
