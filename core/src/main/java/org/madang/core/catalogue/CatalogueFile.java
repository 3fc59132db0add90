package org.madang.core.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * A centre's catalogue as a YAML file, to start a new centre from another's: facilities, terms,
 * instructors, the recruiting courses, document types' fees and channels, queue services and the
 * policy figures. Dates and times are written as text (2027-01-04, 09:00, 2026-12-01T09:00) so
 * the file reads plainly and a typing slip is named by its field. Pictures are not carried.
 */
@JsonPropertyOrder({"madangCatalogue", "facilities", "terms", "instructors", "courses", "documentTypes", "queueServices", "policy"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogueFile(Integer madangCatalogue, List<FacilityEntry> facilities, List<TermEntry> terms, List<InstructorEntry> instructors,
                            List<CourseEntry> courses, List<DocumentTypeEntry> documentTypes, List<QueueServiceEntry> queueServices,
                            Map<String, String> policy) {
    /** The version of the file's layout this Madang writes and reads. */
    public static final int VERSION = 1;

    public CatalogueFile {
        facilities = facilities == null ? List.of() : List.copyOf(facilities);
        terms = terms == null ? List.of() : List.copyOf(terms);
        instructors = instructors == null ? List.of() : List.copyOf(instructors);
        courses = courses == null ? List.of() : List.copyOf(courses);
        documentTypes = documentTypes == null ? List.of() : List.copyOf(documentTypes);
        queueServices = queueServices == null ? List.of() : List.copyOf(queueServices);
        policy = policy == null ? Map.of() : Map.copyOf(policy);
    }

    /** Words in Korean and English. */
    public record Words(String ko, String en) {
    }

    @JsonPropertyOrder({"code", "category", "name", "summary", "place", "rules", "capacity", "perSeat", "fee", "opens", "closes", "slotMinutes",
            "popular"})
    public record FacilityEntry(String code, String category, Words name, Words summary, Words place, Words rules, Integer capacity,
                                Boolean perSeat, Integer fee, String opens, String closes, Integer slotMinutes, Boolean popular) {
    }

    @JsonPropertyOrder({"code", "name", "startsOn", "endsOn", "enrolFrom", "enrolUntil"})
    public record TermEntry(String code, Words name, String startsOn, String endsOn, String enrolFrom, String enrolUntil) {
    }

    @JsonPropertyOrder({"name", "career"})
    public record InstructorEntry(String name, Words career) {
    }

    @JsonPropertyOrder({"code", "title", "category", "ageGroup", "term", "startsOn", "endsOn", "weekday", "startTime", "minutes", "sessions",
            "capacity", "fee", "instructor", "place", "summary", "residentsOnly", "lottery", "enrolFrom", "enrolUntil"})
    public record CourseEntry(String code, Words title, String category, String ageGroup, String term, String startsOn, String endsOn,
                              Integer weekday, String startTime, Integer minutes, Integer sessions, Integer capacity, Integer fee,
                              String instructor, Words place, Words summary, Boolean residentsOnly, Boolean lottery, String enrolFrom,
                              String enrolUntil) {
    }

    @JsonPropertyOrder({"code", "name", "kioskFee", "counterFee", "kiosk", "counter"})
    public record DocumentTypeEntry(String code, Words name, Integer kioskFee, Integer counterFee, Boolean kiosk, Boolean counter) {
    }

    @JsonPropertyOrder({"code", "prefix", "name", "minutesPerTicket", "active"})
    public record QueueServiceEntry(String code, String prefix, Words name, Integer minutesPerTicket, Boolean active) {
    }
}
