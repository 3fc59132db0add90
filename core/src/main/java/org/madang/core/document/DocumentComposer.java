package org.madang.core.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.madang.core.Refusal;
import org.madang.core.booking.FacilityUses;
import org.madang.core.civil.AddressEntry;
import org.madang.core.civil.CivilRecords;
import org.madang.core.civil.Person;
import org.madang.core.civil.Relative;
import org.madang.core.civil.TaxItem;
import org.madang.core.course.LearningHistory;
import org.madang.core.course.LearningRecord;
import org.madang.core.document.DocumentContent.Block;
import org.madang.core.document.DocumentContent.Field;
import org.madang.core.document.DocumentContent.Fields;
import org.madang.core.document.DocumentContent.Paragraph;
import org.madang.core.document.DocumentContent.Table;
import org.madang.core.resident.Resident;

/**
 * Writes the words of each document type from the civil records, the learning history and the
 * bookings. A document that would say nothing useful, or that the rules forbid (a tax
 * certificate with arrears), is refused in plain words instead.
 */
public final class DocumentComposer {
    /** The completion certificate's type code: it certifies one course, chosen in the options. */
    public static final String COURSE_COMPLETION = "course-completion";
    /** The learning history's type code (평생학습 이력서). */
    public static final String LEARNING_HISTORY = "learning-history";

    /** How long a tax payment certificate is valid (POLICIES.md leaves it to the site; 30 days is usual). */
    static final int TAX_CERTIFICATE_DAYS = 30;
    private static final int TAX_YEARS = 3;

    private final CivilRecords records;
    private final LearningHistory learning;
    private final FacilityUses uses;
    private final DocumentWords words;
    private final DateTimeFormatter date;
    /** Whether the words are for a screen (a kiosk's preview): people's data then hidden (ACCESSIBILITY.md #14). */
    private final boolean onScreen;

    public DocumentComposer(CivilRecords records, LearningHistory learning, FacilityUses uses, DocumentWords words) {
        this(records, learning, uses, words, false);
    }

    private DocumentComposer(CivilRecords records, LearningHistory learning, FacilityUses uses, DocumentWords words, boolean onScreen) {
        this.records = records;
        this.learning = learning;
        this.uses = uses;
        this.words = words;
        this.date = DateTimeFormatter.ofPattern(words.get("format.date"));
        this.onScreen = onScreen;
    }

    /**
     * The same documents as a screen shows them before printing: the layout, the options' effect
     * and every line, with names, registration numbers, birth dates and street addresses hidden —
     * a kiosk's screen is seen by whoever stands behind, and its voice heard by them.
     */
    public DocumentComposer forScreen() {
        return new DocumentComposer(records, learning, uses, words, true);
    }

    /** A document's words, or why it cannot be issued. */
    public sealed interface Composition permits Composed, Refused {
    }

    public record Composed(DocumentContent content) implements Composition {
    }

    public record Refused(Refusal refusal) implements Composition {
    }

    /** Composes {@code type} about {@code subject} as of {@code today}. */
    public Composition compose(DocumentType type, Person subject, DocumentOptions options, LocalDate today) {
        switch (type.code()) {
            case "rr-copy":
                return done(type, subject, registrationCopy(subject, options));
            case "rr-abstract":
                return done(type, subject, registrationAbstract(subject, options));
            case "family-relation":
                return done(type, subject, familyRelation(subject, options));
            case "local-tax":
                return localTax(type, subject, options, today);
            case COURSE_COMPLETION:
                return completion(type, subject, options);
            case LEARNING_HISTORY:
                return history(type, subject, options);
            case "facility-use":
                return facilityUse(type, subject, options, today);
            default:
                return new Refused(Refusal.of("document.refused.unknownType", type.name()));
        }
    }

    private Composition done(DocumentType type, Person subject, List<Block> blocks) {
        return new Composed(new DocumentContent(type.code(), words.get("title." + type.code()), words.get("subtitle." + type.code()),
                Resident.mask(subject.name()), blocks));
    }

    private List<Block> registrationCopy(Person subject, DocumentOptions options) {
        List<Person> household = records.household(subject.id());
        Person head = household.get(0);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Fields(List.of(new Field(words.get("label.head"), name(head.name())),
                new Field(words.get("label.address"), address(head.address())),
                new Field(words.get("label.householdSince"), household.stream().map(Person::movedInOn).min(LocalDate::compareTo)
                        .orElse(head.movedInOn()).format(date)),
                new Field(words.get("label.purpose"), words.get(options.purpose().wordKey())))));
        List<List<String>> rows = new ArrayList<>();
        for (Person p : household) {
            rows.add(List.of(words.get("relation." + p.relation()), name(p.name()), rrn(p, options), p.movedInOn().format(date),
                    words.get("reason.MOVED_IN")));
        }
        blocks.add(new Table(words.get("caption.household"), List.of(words.get("label.relation"), words.get("label.name"),
                words.get("label.rrn"), words.get("label.movedIn"), words.get("label.reason")), List.of(2, 3, 4, 3, 2), rows,
                words.get("value.none")));
        if (options.addressHistory()) {
            blocks.add(addresses(records.addressHistory(head.id())));
        }
        blocks.add(new Paragraph(words.get("statement.rr"), true, false));
        if (!options.rrnBack()) {
            blocks.add(new Paragraph(words.get("statement.rrnMasked"), false, false));
        }
        return blocks;
    }

    private List<Block> registrationAbstract(Person subject, DocumentOptions options) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(person(subject, options));
        // an abstract is about where one lived: without the option it shows the current address only
        List<AddressEntry> history = records.addressHistory(subject.id());
        blocks.add(addresses(options.addressHistory() ? history : history.subList(history.size() - 1, history.size())));
        blocks.add(new Paragraph(words.get("statement.rr"), true, false));
        if (!options.rrnBack()) {
            blocks.add(new Paragraph(words.get("statement.rrnMasked"), false, false));
        }
        return blocks;
    }

    private List<Block> familyRelation(Person subject, DocumentOptions options) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Fields(List.of(new Field(words.get("label.familyBase"), subject.familyBase().isBlank()
                        ? words.get("value.none") : address(subject.familyBase())),
                new Field(words.get("label.purpose"), words.get(options.purpose().wordKey())))));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(words.get("relation.SELF"), name(subject.name()), birth(subject.rrn().birthDate()), rrn(subject, options),
                words.get("sex." + subject.rrn().sex())));
        for (Relative r : records.family(subject.id())) {
            rows.add(List.of(words.get("relation." + r.relation()), name(r.name()), birth(r.birthDate()), "", words.get("sex." + r.sex())));
        }
        blocks.add(new Table(words.get("caption.family"), List.of(words.get("label.relation"), words.get("label.name"),
                words.get("label.birth"), words.get("label.rrn"), words.get("label.sex")), List.of(2, 3, 4, 4, 1), rows, words.get("value.none")));
        blocks.add(new Paragraph(words.get("statement.family"), true, false));
        if (!options.rrnBack()) {
            blocks.add(new Paragraph(words.get("statement.rrnMasked"), false, false));
        }
        return blocks;
    }

    private Composition localTax(DocumentType type, Person subject, DocumentOptions options, LocalDate today) {
        List<TaxItem> taxes = records.localTaxes(subject.id());
        int arrears = taxes.stream().filter(t -> t.arrearsOn(today)).mapToInt(TaxItem::amount).sum();
        if (arrears > 0) {
            return new Refused(Refusal.of("document.refused.arrears", arrears));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(person(subject, options));
        List<List<String>> rows = new ArrayList<>();
        for (TaxItem t : taxes) {
            if (t.year() > today.getYear() - TAX_YEARS) {
                rows.add(List.of(Integer.toString(t.year()), t.item(), won(t.amount()),
                        t.paidOn().map(date::format).orElse(words.get("value.none"))));
            }
        }
        blocks.add(new Table(words.get("caption.taxes"), List.of(words.get("label.year"), words.get("label.item"),
                words.get("label.amount"), words.get("label.paidOn")), List.of(2, 3, 3, 4), rows, words.get("value.noTaxes")));
        blocks.add(new Fields(List.of(new Field(words.get("label.result"), words.get("value.noArrears")),
                new Field(words.get("label.validUntil"), words.get("value.validDays", TAX_CERTIFICATE_DAYS,
                        today.plusDays(TAX_CERTIFICATE_DAYS).format(date))))));
        blocks.add(new Paragraph(words.get("statement.tax"), true, false));
        return done(type, subject, blocks);
    }

    private Composition completion(DocumentType type, Person subject, DocumentOptions options) {
        Optional<LearningRecord> course = options.enrolment().flatMap(e -> learning.enrolment(subject.id(), e))
                .or(() -> learning.of(subject.id()).stream().filter(LearningRecord::completed).findFirst());
        if (course.isEmpty() || !course.get().completed()) {
            return new Refused(Refusal.of("document.refused.noCompletion"));
        }
        LearningRecord c = course.get();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Fields(List.of(new Field(words.get("label.name"), name(subject.name())),
                new Field(words.get("label.birth"), birth(subject.rrn().birthDate())),
                new Field(words.get("label.course"), c.title().ko()),
                new Field(words.get("label.period"), words.get("value.period", c.startsOn().format(date), c.endsOn().format(date))),
                new Field(words.get("label.attendance"), words.get("value.attendance", c.attended(), c.sessions(), c.attendancePercent())),
                new Field(words.get("label.hours"), words.get("value.hours", hours(c.hoursAttended()))),
                new Field(words.get("label.instructor"), c.instructor()))));
        blocks.add(new Paragraph(words.get("statement.completion", c.title().ko()), true, true));
        return done(type, subject, blocks);
    }

    private Composition history(DocumentType type, Person subject, DocumentOptions options) {
        List<LearningRecord> courses = learning.of(subject.id());
        if (courses.isEmpty()) {
            return new Refused(Refusal.of("document.refused.noCourses"));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Fields(List.of(new Field(words.get("label.name"), name(subject.name())),
                new Field(words.get("label.birth"), birth(subject.rrn().birthDate())),
                new Field(words.get("label.purpose"), words.get(options.purpose().wordKey())))));
        List<List<String>> rows = new ArrayList<>();
        double hours = 0;
        for (LearningRecord c : courses) {
            rows.add(List.of(c.term(), c.title().ko(), words.get("value.period", c.startsOn().format(date), c.endsOn().format(date)),
                    words.get("value.attendance", c.attended(), c.sessions(), c.attendancePercent()), words.get("status." + c.status())));
            hours += c.hoursAttended();
        }
        blocks.add(new Table(words.get("caption.courses"), List.of(words.get("label.term"), words.get("label.course"),
                words.get("label.period"), words.get("label.attendance"), words.get("label.result")), List.of(2, 5, 6, 4, 2), rows,
                words.get("value.none")));
        blocks.add(new Fields(List.of(new Field(words.get("label.hours"), words.get("value.hours", hours(hours))))));
        blocks.add(new Paragraph(words.get("statement.history"), true, false));
        return done(type, subject, blocks);
    }

    private Composition facilityUse(DocumentType type, Person subject, DocumentOptions options, LocalDate today) {
        List<FacilityUses.Use> visits = uses.of(subject.id(), today.minusYears(1).atStartOfDay(), today.plusDays(1).atStartOfDay());
        if (visits.isEmpty()) {
            return new Refused(Refusal.of("document.refused.noUses"));
        }
        DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm");
        List<Block> blocks = new ArrayList<>();
        blocks.add(person(subject, options));
        List<List<String>> rows = new ArrayList<>();
        for (FacilityUses.Use u : visits) {
            rows.add(List.of(u.facility().ko(), u.startsAt().format(date), u.startsAt().format(hm) + "~" + u.endsAt().format(hm),
                    words.get("value.people", u.party()), won(u.fee())));
        }
        blocks.add(new Table(words.get("caption.uses"), List.of(words.get("label.facility"), words.get("label.date"),
                words.get("label.time"), words.get("label.party"), words.get("label.fee")), List.of(5, 4, 3, 2, 3), rows, words.get("value.none")));
        blocks.add(new Paragraph(words.get("statement.uses"), true, false));
        return done(type, subject, blocks);
    }

    private Fields person(Person p, DocumentOptions options) {
        return new Fields(List.of(new Field(words.get("label.name"), name(p.name())), new Field(words.get("label.rrn"), rrn(p, options)),
                new Field(words.get("label.address"), address(p.address())),
                new Field(words.get("label.purpose"), words.get(options.purpose().wordKey()))));
    }

    private Table addresses(List<AddressEntry> history) {
        List<List<String>> rows = new ArrayList<>();
        for (AddressEntry a : history) {
            rows.add(List.of(address(a.address()), a.from().format(date), a.until().map(date::format).orElse(""), words.get("reason." + a.reason())));
        }
        return new Table(words.get("caption.addressHistory"), List.of(words.get("label.address"), words.get("label.movedIn"),
                words.get("label.movedOut"), words.get("label.reason")), List.of(8, 3, 3, 2), rows, words.get("value.none"));
    }

    private String rrn(Person p, DocumentOptions options) {
        if (onScreen) {
            return "●●●●●●-●●●●●●●";
        }
        return options.rrnBack() ? p.rrn().clear() : p.rrn().masked();
    }

    private String name(String name) {
        return onScreen ? Resident.mask(name) : name;
    }

    private String birth(LocalDate day) {
        return onScreen ? words.get("value.hidden") : day.format(date);
    }

    /** On a screen, the county and town only ("마당군 마당읍 ●●●"): where, not which door. */
    private String address(String address) {
        if (!onScreen) {
            return address;
        }
        String[] parts = address.trim().split("\\s+");
        return parts.length <= 2 ? "●●●" : parts[0] + " " + parts[1] + " ●●●";
    }

    private String won(int amount) {
        return words.get("value.won", String.format("%,d", amount));
    }

    private static String hours(double h) {
        return h == Math.rint(h) ? Long.toString((long) h) : String.format("%.1f", h);
    }

}
