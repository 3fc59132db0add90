package org.madang.core.practice;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.document.DocumentContent;
import org.madang.core.document.DocumentNumber;
import org.madang.core.document.DocumentPdf;
import org.madang.core.document.DocumentSigner;
import org.madang.core.document.Seal;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;

/**
 * Completion certificates of practice mode (키오스크 활용 교육 수료증, PRACTICE.md): for a learner who
 * has done every lesson of their class's course on their own. Written like the centre's
 * documents — a PDF with the Hangul font and a sealed QR code — but sealed as a training
 * certificate, so no verifier ever takes one for a civil document; the centre that issued it
 * checks it ({@link #verify}).
 */
public final class TrainingCertificates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy년 M월 d일");

    private final Jdbi jdbi;
    private final EventLog events;
    private final PracticeRecords records;
    private final DocumentPdf pdf;
    private final DocumentSigner signer;
    private final String centre;
    private final Clock clock;
    private final RandomGenerator random;

    public TrainingCertificates(Jdbi jdbi, EventLog events, PracticeRecords records, DocumentPdf pdf, DocumentSigner signer, String centre,
                                Clock clock, RandomGenerator random) {
        this.jdbi = jdbi;
        this.events = events;
        this.records = records;
        this.pdf = pdf;
        this.signer = signer;
        this.centre = centre;
        this.clock = clock;
        this.random = random;
    }

    /** A certificate written: its number and the PDF. */
    public record Issued(String number, byte[] pdf) {
        public Issued {
            pdf = pdf.clone();
        }

        @Override
        public byte[] pdf() {
            return pdf.clone();
        }
    }

    /** What checking a training certificate found. */
    public enum Check {
        /** Issued here, to this learner, the words as written. */
        VALID,
        /** Sealed by another centre (or not a training certificate). */
        NOT_OURS,
        /** The seal does not match: made up or changed. */
        FORGED,
        /** The seal is ours but no such certificate was issued. */
        UNKNOWN,
        /** The file's words were changed after it was sealed. */
        ALTERED,
        /** No Madang code on it. */
        NO_CODE
    }

    /**
     * Writes a learner's certificate when every lesson of their class's course was done on
     * their own; refused otherwise, naming how many are left.
     *
     * @param titles each lesson's title, by id, for the list on the certificate
     */
    public PracticeRecords.Outcome<Issued> issue(long learnerId, Map<String, String> titles, String actor) {
        Learner learner = records.learner(learnerId).orElseThrow(() -> new IllegalArgumentException("no learner " + learnerId));
        PracticeClass c = records.classes().stream().filter(x -> x.id() == learner.classId()).findFirst().orElseThrow();
        List<AttemptRecord> mine = records.attempts(learnerId);
        List<String> own = mine.stream().filter(a -> a.goalMet() && "ON_MY_OWN".equals(a.level())).map(AttemptRecord::lesson).distinct().toList();
        List<String> left = c.lessons().stream().filter(l -> !own.contains(l)).toList();
        if (c.lessons().isEmpty() || !left.isEmpty()) {
            return new PracticeRecords.Outcome.Refused<>(Refusal.of("practice.certificate.notYet", left.size()));
        }
        LocalDateTime first = mine.stream().map(AttemptRecord::startedAt).min(LocalDateTime::compareTo).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        DocumentContent content = content(learner, c, first, now, titles);
        for (int attempt = 1; ; attempt++) {
            String number = DocumentNumber.create(now.toLocalDate(), random);
            DocumentPdf.Rendered r = pdf.render(content, new DocumentPdf.Stamp(number, centre, now, "practice", false),
                    sha -> signer.seal(Seal.Kind.TRAINING, number, sha));
            try {
                jdbi.useTransaction(h -> {
                    h.createUpdate("INSERT INTO practice_certificate (number, learner_id, class_id, issued_at, content_hash, lessons) "
                                    + "VALUES (:n, :l, :c, :t, :h, :k)")
                            .bind("n", number).bind("l", learnerId).bind("c", c.id()).bind("t", now)
                            .bind("h", HexFormat.of().formatHex(r.wordsSha256())).bind("k", c.lessons().size()).execute();
                    events.append(h, new EventDraft(EventType.TRAINING_CERTIFICATE_ISSUED, "learner:" + learnerId, actor,
                            Map.of("number", number, "class", c.id())));
                });
                return new PracticeRecords.Outcome.Done<>(new Issued(number, r.pdf()));
            } catch (RuntimeException e) {
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    private DocumentContent content(Learner learner, PracticeClass c, LocalDateTime from, LocalDateTime to, Map<String, String> titles) {
        List<List<String>> rows = c.lessons().stream().map(id -> List.of(titles.getOrDefault(id, id), "혼자 하기 / on my own")).toList();
        return new DocumentContent("TRAINING", "키오스크 활용 교육 수료증", "Kiosk training certificate · 민원 증명서가 아닙니다 (not a civil document)",
                learner.nickname(), List.of(
                        new DocumentContent.Fields(List.of(
                                new DocumentContent.Field("이름 / Name", learner.nickname()),
                                new DocumentContent.Field("반 / Class", c.name()),
                                new DocumentContent.Field("강사 / Instructor", c.instructor()),
                                new DocumentContent.Field("교육 기간 / Period", DAY.format(from) + " ~ " + DAY.format(to)),
                                new DocumentContent.Field("교육 기관 / Centre", centre))),
                        new DocumentContent.Paragraph("위 사람은 키오스크 활용 교육 과정의 과제 " + c.lessons().size()
                                + "가지를 모두 도움 없이 스스로 해냈기에 이 증서를 드립니다.", true, true),
                        new DocumentContent.Table("마친 과제 / Lessons done", List.of("과제 / Lesson", "방법 / Level"), List.of(70, 30), rows, "-")));
    }

    /** Checks a certificate's QR text (a phone's scan) against this centre's seal and records. */
    public Check verify(String code) {
        Optional<Seal> seal = Seal.parse(code == null ? "" : code.strip());
        if (seal.isEmpty()) {
            return Check.NO_CODE;
        }
        return check(seal.get()).check();
    }

    /** Checks a certificate's PDF: its seal and records, then its words. */
    public Check verifyPdf(byte[] file) {
        try (PDDocument doc = Loader.loadPDF(file)) {
            Optional<String> text = org.madang.core.document.DocumentVerifier.qrText(doc);
            if (text.isEmpty()) {
                return Check.NO_CODE;
            }
            Optional<Seal> seal = Seal.parse(text.get());
            if (seal.isEmpty()) {
                return Check.NO_CODE;
            }
            Found found = check(seal.get());
            if (found.check() != Check.VALID) {
                return found.check();
            }
            byte[] words = Arrays.copyOf(DocumentPdf.wordsOf(doc), 16);
            byte[] stored = Arrays.copyOf(HexFormat.of().parseHex(found.hash()), 16);
            return Arrays.equals(words, seal.get().contentHash()) && Arrays.equals(stored, seal.get().contentHash()) ? Check.VALID : Check.ALTERED;
        } catch (IOException | RuntimeException e) {
            return Check.NO_CODE;
        }
    }

    private record Found(Check check, String hash) {
    }

    private Found check(Seal seal) {
        if (seal.kind() != Seal.Kind.TRAINING || !seal.keyId().equals(signer.keyId())) {
            return new Found(Check.NOT_OURS, "");
        }
        if (!signer.signedHere(seal)) {
            return new Found(Check.FORGED, "");
        }
        Optional<String> hash = jdbi.withHandle(h -> h.createQuery("SELECT content_hash FROM practice_certificate WHERE number = :n")
                .bind("n", seal.number()).mapTo(String.class).findOne());
        if (hash.isEmpty()) {
            return new Found(Check.UNKNOWN, "");
        }
        byte[] stored = Arrays.copyOf(HexFormat.of().parseHex(hash.get()), 16);
        return new Found(Arrays.equals(stored, seal.contentHash()) ? Check.VALID : Check.ALTERED, hash.get());
    }
}
