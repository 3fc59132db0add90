package org.madang.core.catalogue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.madang.core.Edit;
import org.madang.core.Refusal;
import org.madang.core.catalogue.CatalogueFile.CourseEntry;
import org.madang.core.catalogue.CatalogueFile.DocumentTypeEntry;
import org.madang.core.catalogue.CatalogueFile.FacilityEntry;
import org.madang.core.catalogue.CatalogueFile.InstructorEntry;
import org.madang.core.catalogue.CatalogueFile.QueueServiceEntry;
import org.madang.core.catalogue.CatalogueFile.TermEntry;
import org.madang.core.catalogue.CatalogueFile.Words;
import org.madang.core.catalogue.CatalogueTransfer.Problem;
import org.madang.core.course.Course;
import org.madang.core.course.CourseDesk;
import org.madang.core.course.InstructorDesk;
import org.madang.core.course.TermDesk;
import org.madang.core.document.DocumentType;
import org.madang.core.document.DocumentTypeDesk;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCatalogue;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.Localized;
import org.madang.core.policy.PolicySettings;
import org.madang.core.queue.QueueServiceDesk;

/** The catalogue's records to a file's entries and back: every entry a draft of the counter's forms, or the problems with it. */
final class CatalogueEntries {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private CatalogueEntries() {
    }

    static FacilityEntry facility(Facility f) {
        return new FacilityEntry(f.code(), f.category().name(), words(f.name()), words(f.summary()), words(f.location()), words(f.rules()),
                f.capacity(), f.perSeat(), f.fee(), f.opensAt().toString(), f.closesAt().toString(), f.slotMinutes(), f.popular());
    }

    static TermEntry term(TermDesk.Term t) {
        return new TermEntry(t.code(), words(t.name()), t.startsOn().toString(), t.endsOn().toString(), t.enrolFrom().toString(),
                t.enrolUntil().toString());
    }

    static InstructorEntry instructor(InstructorDesk.Entry i) {
        return new InstructorEntry(i.name(), words(i.career()));
    }

    static CourseEntry course(Course c) {
        return new CourseEntry(c.code(), words(c.title()), c.category(), c.ageGroup(), c.term(), c.startsOn().toString(), c.endsOn().toString(),
                c.weekday(), c.startTime().toString(), c.minutes(), c.sessions(), c.capacity(), c.fee(), c.instructor(), words(c.place()),
                words(c.summary()), c.residentsOnly(), c.lottery(), c.enrolFrom().map(LocalDateTime::toString).orElse(null),
                c.enrolUntil().map(LocalDateTime::toString).orElse(null));
    }

    static DocumentTypeEntry documentType(DocumentType t) {
        return new DocumentTypeEntry(t.code(), words(t.name()), t.kioskFee(), t.counterFee(), t.kioskIssuable(), t.counterIssuable());
    }

    static QueueServiceEntry queueService(QueueServiceDesk.Entry s) {
        return new QueueServiceEntry(s.code(), String.valueOf(s.prefix()), new Words(s.nameKo(), s.nameEn()), s.minutesPerTicket(), s.active());
    }

    private static Words words(Localized l) {
        return new Words(l.ko(), l.en());
    }

    /** One entry of a section as a draft, where it is in the file, whether one of its code is stored and is the same. */
    record Item<T>(String where, T draft, boolean stored, boolean same) {
    }

    /** A file read against the stored catalogue: the drafts to save, the counts, the problems. */
    record Read(List<Item<FacilityCatalogue.Draft>> facilities, List<Item<TermDesk.Term>> terms, List<Item<InstructorDesk.Draft>> instructors,
                List<Item<CourseDesk.Draft>> courses, List<Item<DocumentTypeDesk.Draft>> documentTypes,
                List<Item<QueueServiceDesk.Entry>> queueServices, Map<String, String> policy, Map<String, int[]> counts,
                List<Problem> problems) {

        /** Saves every entry that differs, in the caller's transaction; a refusal is added to {@code problems}. */
        void apply(Handle h, String admin, FacilityCatalogue facilityDesk, TermDesk termDesk, InstructorDesk instructorDesk,
                   CourseDesk courseDesk, DocumentTypeDesk typeDesk, QueueServiceDesk serviceDesk, PolicySettings settings,
                   List<Problem> found) {
            for (Item<FacilityCatalogue.Draft> i : facilities) {
                if (!i.same() && facilityDesk.save(h, i.draft(), admin) instanceof FacilityCatalogue.Outcome.Invalid bad) {
                    bad.fields().forEach((f, r) -> found.add(new Problem(i.where() + " · " + f, r)));
                }
            }
            save(terms, found, i -> termDesk.save(h, i, admin));
            save(instructors, found, i -> instructorDesk.save(h, i, admin));
            save(courses, found, i -> courseDesk.save(h, i, admin));
            save(documentTypes, found, i -> typeDesk.save(h, i, admin));
            save(queueServices, found, i -> serviceDesk.save(h, i, admin));
            if (!policy.isEmpty()) {
                settings.save(h, policy, admin).refused().forEach((f, r) -> found.add(new Problem("policy · " + f, r)));
            }
        }

        private static <T> void save(List<Item<T>> items, List<Problem> found, Function<T, Edit<?>> save) {
            for (Item<T> i : items) {
                if (!i.same() && save.apply(i.draft()) instanceof Edit.Invalid<?> bad) {
                    bad.fields().forEach((f, r) -> found.add(new Problem(i.where() + (f.isEmpty() ? "" : " · " + f), r)));
                }
            }
        }
    }

    static Read read(CatalogueFile file, List<Facility> storedFacilities, List<TermDesk.Term> storedTerms, List<InstructorDesk.Entry> storedInstructors,
                     List<Course> storedCourses, List<QueueServiceDesk.Entry> storedServices, List<DocumentType> storedTypes,
                     PolicySettings settings) {
        Fields f = new Fields();
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<Item<FacilityCatalogue.Draft>> facilities = f.section("facilities", file.facilities(), FacilityEntry::code, counts, (e, where) -> {
            Optional<Facility> was = storedFacilities.stream().filter(x -> x.code().equals(e.code())).findFirst();
            FacilityCategory category = f.category(where, e.category());
            FacilityCatalogue.Draft d = new FacilityCatalogue.Draft(was.map(Facility::id), e.code(), category, f.ko(e.name()), f.en(e.name()),
                    f.ko(e.summary()), f.en(e.summary()), f.ko(e.place()), f.en(e.place()), f.number(where, "capacity", e.capacity()),
                    f.flag(e.perSeat()), f.number(where, "fee", e.fee()), f.time(where, "opens", e.opens()), f.time(where, "closes", e.closes()),
                    f.number(where, "slotMinutes", e.slotMinutes()), f.flag(e.popular()), f.ko(e.rules()), f.en(e.rules()));
            f.checked(where, FacilityCatalogue.check(d));
            return new Item<>(where, d, was.isPresent(), was.map(x -> FacilityCatalogue.Draft.of(x).equals(d)).orElse(false));
        });
        List<Item<TermDesk.Term>> terms = f.section("terms", file.terms(), TermEntry::code, counts, (e, where) -> {
            TermDesk.Term t = new TermDesk.Term(e.code(), new Localized(f.ko(e.name()), f.en(e.name())), f.date(where, "startsOn", e.startsOn()),
                    f.date(where, "endsOn", e.endsOn()), f.dateTime(where, "enrolFrom", e.enrolFrom()).orElse(null),
                    f.dateTime(where, "enrolUntil", e.enrolUntil()).orElse(null));
            f.checked(where, TermDesk.check(t));
            return new Item<>(where, t, storedTerms.stream().anyMatch(x -> x.code().equals(t.code())), storedTerms.contains(t));
        });
        List<Item<InstructorDesk.Draft>> instructors = f.section("instructors", file.instructors(), InstructorEntry::name, counts, (e, where) -> {
            Optional<InstructorDesk.Entry> was = storedInstructors.stream().filter(x -> x.name().equals(e.name())).findFirst();
            InstructorDesk.Draft d = new InstructorDesk.Draft(was.map(InstructorDesk.Entry::id), f.required(where, "name", e.name()),
                    f.ko(e.career()), f.en(e.career()));
            return new Item<>(where, d, was.isPresent(),
                    was.map(x -> x.career().ko().equals(d.careerKo()) && x.career().en().equals(d.careerEn())).orElse(false));
        });
        List<Item<CourseDesk.Draft>> courses = f.section("courses", file.courses(), CourseEntry::code, counts, (e, where) -> {
            Optional<Course> was = storedCourses.stream().filter(x -> x.code().equals(e.code())).findFirst();
            CourseDesk.Draft d = new CourseDesk.Draft(was.map(Course::id), e.code(), f.ko(e.title()), f.en(e.title()), e.category(), e.ageGroup(),
                    f.required(where, "term", e.term()), f.date(where, "startsOn", e.startsOn()), f.date(where, "endsOn", e.endsOn()),
                    f.number(where, "weekday", e.weekday()), f.time(where, "startTime", e.startTime()), f.number(where, "minutes", e.minutes()),
                    f.number(where, "sessions", e.sessions()), f.number(where, "capacity", e.capacity()), f.number(where, "fee", e.fee()),
                    f.required(where, "instructor", e.instructor()), f.ko(e.place()), f.en(e.place()), f.ko(e.summary()), f.en(e.summary()),
                    f.flag(e.residentsOnly()), f.flag(e.lottery()), f.dateTime(where, "enrolFrom", e.enrolFrom()),
                    f.dateTime(where, "enrolUntil", e.enrolUntil()));
            if (!f.failedAt(where)) {
                f.checked(where, CourseDesk.check(d));
            }
            return new Item<>(where, d, was.isPresent(), was.map(x -> CourseDesk.Draft.of(x).equals(d)).orElse(false));
        });
        List<Item<DocumentTypeDesk.Draft>> types = f.section("documentTypes", file.documentTypes(), DocumentTypeEntry::code, counts, (e, where) -> {
            Optional<DocumentType> was = storedTypes.stream().filter(x -> x.code().equals(e.code())).findFirst();
            if (was.isEmpty() && org.madang.core.document.DocumentKinds.byCode(e.code()).isEmpty()) {
                f.problem(where + " · code", Refusal.of("counter.catalogue.unknownDocumentType", String.valueOf(e.code()),
                        org.madang.core.document.DocumentKinds.ALL.stream().map(org.madang.core.document.DocumentKinds.Kind::code)
                                .collect(java.util.stream.Collectors.joining(", "))));
            }
            f.checked(where, org.madang.core.document.DocumentTypeDesk.check(new DocumentTypeDesk.Draft(e.code(), f.ko(e.name()),
                    f.en(e.name()), e.kioskFee() == null ? 0 : e.kioskFee(), e.counterFee() == null ? 0 : e.counterFee(), false, false)));
            DocumentTypeDesk.Draft d = new DocumentTypeDesk.Draft(e.code(), f.ko(e.name()), f.en(e.name()), f.number(where, "kioskFee", e.kioskFee()),
                    f.number(where, "counterFee", e.counterFee()), f.flag(e.kiosk()), e.counter() == null || e.counter());
            return new Item<>(where, d, was.isPresent(), was.map(x -> DocumentTypeDesk.Draft.of(x).equals(d)).orElse(false));
        });
        List<Item<QueueServiceDesk.Entry>> services = f.section("queueServices", file.queueServices(), QueueServiceEntry::code, counts,
                (e, where) -> {
                    Optional<QueueServiceDesk.Entry> was = storedServices.stream().filter(x -> x.code().equals(e.code())).findFirst();
                    String prefix = f.required(where, "prefix", e.prefix());
                    if (prefix.length() > 1) {
                        f.problem(where + " · prefix", Refusal.of("counter.queueService.prefixRule"));
                    }
                    QueueServiceDesk.Entry s = new QueueServiceDesk.Entry(was.flatMap(QueueServiceDesk.Entry::id), e.code(),
                            prefix.isEmpty() ? ' ' : prefix.charAt(0), f.ko(e.name()), f.en(e.name()),
                            f.number(where, "minutesPerTicket", e.minutesPerTicket()), e.active() == null || e.active());
                    return new Item<>(where, s, was.isPresent(), was.map(s::equals).orElse(false));
                });
        if (!file.policy().isEmpty()) {
            PolicySettings.Preview preview = settings.preview(file.policy());
            preview.refused().forEach((name, r) -> f.problem("policy · " + name, r));
            counts.put("policy", new int[] {0, preview.changes().size(), file.policy().size() - preview.changes().size()});
        }
        return new Read(facilities, terms, instructors, courses, types, services, file.policy(), counts, f.problems);
    }

    /** The fields of the entries read, each slip kept as a problem at its place. */
    private static final class Fields {
        private final List<Problem> problems = new java.util.ArrayList<>();

        interface Reader<E, T> {
            Item<T> read(E entry, String where);
        }

        <E, T> List<Item<T>> section(String name, List<E> entries, Function<E, String> key, Map<String, int[]> counts, Reader<E, T> reader) {
            Set<String> seen = new HashSet<>();
            List<Item<T>> items = new java.util.ArrayList<>();
            int[] count = new int[3];
            for (int n = 0; n < entries.size(); n++) {
                E e = entries.get(n);
                String id = e == null ? null : key.apply(e);
                String where = name + "[" + (n + 1) + "]" + (id == null ? "" : " " + id);
                if (e == null || id == null || id.isBlank()) {
                    problem(where, Refusal.of("counter.catalogue.noCode"));
                    continue;
                }
                if (!seen.add(id)) {
                    problem(where, Refusal.of("counter.catalogue.twice", id));
                    continue;
                }
                Item<T> item = reader.read(e, where);
                items.add(item);
                count[item.same() ? 2 : item.stored() ? 1 : 0]++;
            }
            counts.put(name, count);
            return items;
        }

        void problem(String where, Refusal refusal) {
            problems.add(new Problem(where, refusal));
        }

        void checked(String where, Map<String, Refusal> refused) {
            refused.forEach((field, r) -> problem(where + " · " + field, r));
        }

        boolean failedAt(String where) {
            return problems.stream().anyMatch(p -> p.where().startsWith(where + " "));
        }

        String ko(Words w) {
            return w == null || w.ko() == null ? "" : w.ko();
        }

        String en(Words w) {
            return w == null || w.en() == null ? "" : w.en();
        }

        boolean flag(Boolean b) {
            return b != null && b;
        }

        String required(String where, String field, String value) {
            if (value == null || value.isBlank()) {
                problem(where + " · " + field, Refusal.of("counter.facility.required"));
                return "";
            }
            return value;
        }

        int number(String where, String field, Integer value) {
            if (value == null) {
                problem(where + " · " + field, Refusal.of("counter.facility.required"));
                return 0;
            }
            return value;
        }

        FacilityCategory category(String where, String value) {
            try {
                return FacilityCategory.valueOf(required(where, "category", value));
            } catch (IllegalArgumentException e) {
                if (value != null && !value.isBlank()) {
                    problem(where + " · category", Refusal.of("counter.facility.category"));
                }
                return FacilityCategory.OTHER;
            }
        }

        LocalDate date(String where, String field, String value) {
            try {
                return LocalDate.parse(required(where, field, value));
            } catch (DateTimeParseException e) {
                if (value != null && !value.isBlank()) {
                    problem(where + " · " + field, Refusal.of("counter.catalogue.date", value, "2027-01-04"));
                }
                return null;
            }
        }

        LocalTime time(String where, String field, String value) {
            try {
                return LocalTime.parse(required(where, field, value), TIME);
            } catch (DateTimeParseException e) {
                if (value != null && !value.isBlank()) {
                    problem(where + " · " + field, Refusal.of("counter.catalogue.date", value, "09:30"));
                }
                return null;
            }
        }

        Optional<LocalDateTime> dateTime(String where, String field, String value) {
            if (value == null || value.isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDateTime.parse(value.strip().replace(' ', 'T')));
            } catch (DateTimeParseException e) {
                problem(where + " · " + field, Refusal.of("counter.catalogue.date", value, "2026-12-01T09:00"));
                return Optional.empty();
            }
        }
    }
}
