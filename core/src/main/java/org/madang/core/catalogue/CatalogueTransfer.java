package org.madang.core.catalogue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.clerk.NotPermitted;
import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import org.madang.core.course.CourseDesk;
import org.madang.core.course.InstructorDesk;
import org.madang.core.course.TermDesk;
import org.madang.core.document.DocumentTypeDesk;
import org.madang.core.document.DocumentTypes;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.facility.FacilityCatalogue;
import org.madang.core.facility.FacilityStore;
import org.madang.core.policy.PolicySettings;
import org.madang.core.queue.QueueServiceDesk;

/**
 * A centre's catalogue to and from a YAML file ({@link CatalogueFile}). An import is checked
 * whole before anything is saved — every entry's fields with the same rules as the counter's
 * forms, each problem named by its place in the file — and then saved in one transaction: all of
 * it or, when anything is refused, none. Entries are matched by code (instructors by name); one
 * that matches and is the same is left alone, so importing a file twice changes nothing the
 * second time.
 */
public final class CatalogueTransfer {
    private static final YAMLMapper YAML = YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR).build();

    private final Jdbi jdbi;
    private final EventLog events;
    private final FacilityCatalogue facilities;
    private final TermDesk terms;
    private final InstructorDesk instructors;
    private final CourseDesk courses;
    private final DocumentTypes documentTypes;
    private final DocumentTypeDesk documentTypeDesk;
    private final QueueServiceDesk queueServices;
    private final PolicySettings policy;

    public CatalogueTransfer(Jdbi jdbi, EventLog events, Clock clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.facilities = new FacilityCatalogue(jdbi, events, clock);
        this.terms = new TermDesk(jdbi, events);
        this.instructors = new InstructorDesk(jdbi, events);
        this.courses = new CourseDesk(jdbi, events, clock);
        this.documentTypes = new DocumentTypes(jdbi);
        this.documentTypeDesk = new DocumentTypeDesk(jdbi, events);
        this.queueServices = new QueueServiceDesk(jdbi, events);
        this.policy = new PolicySettings(jdbi, events, clock);
    }

    /** A problem of an import: where in the file ({@code facilities[2] gym-1 · fee}) and what is wrong. */
    public record Problem(String where, Refusal refusal) {
    }

    /**
     * What an import came to: per section, the entries added, changed and left as they were; the
     * problems (then nothing was saved); whether it was saved.
     */
    public record Report(Map<String, int[]> counts, List<Problem> problems, boolean saved) {
        public Report {
            counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
            problems = List.copyOf(problems);
        }
    }

    /** The catalogue as a YAML file's text. */
    public String export(String siteName, String exportedOn) {
        CatalogueFile file = new CatalogueFile(CatalogueFile.VERSION,
                new FacilityStore(jdbi).all().stream().map(CatalogueEntries::facility).toList(),
                terms.all().stream().map(CatalogueEntries::term).toList(),
                instructors.all().stream().map(CatalogueEntries::instructor).toList(),
                courses.all().stream().filter(c -> "RECRUITING".equals(c.status())).map(CatalogueEntries::course).toList(),
                documentTypes.all().stream().map(CatalogueEntries::documentType).toList(),
                queueServices.all().stream().map(CatalogueEntries::queueService).toList(),
                policy.all().stream().collect(Collectors.toMap(PolicySettings.Setting::name, PolicySettings.Setting::value, (a, b) -> a,
                        LinkedHashMap::new)));
        try {
            return "# Madang catalogue of " + siteName.replace('\n', ' ') + ", exported " + exportedOn + ".\n"
                    + "# Import with: madang catalogue import FILE (pictures are not carried: add them at the counter).\n"
                    + YAML.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the catalogue could not be written as YAML", e);
        }
    }

    /** Checks a file's bytes and, when {@code save} and nothing is wrong, saves it all in one transaction. */
    public Report importYaml(byte[] bytes, String admin, boolean save) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return refused(new Problem("", Refusal.of("counter.catalogue.notText")));
        }
        if (text.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
            return refused(new Problem("", Refusal.of("counter.catalogue.empty")));
        }
        CatalogueFile file;
        try {
            file = YAML.readValue(text, CatalogueFile.class);
        } catch (JsonProcessingException e) {
            return refused(new Problem(e instanceof JsonMappingException m && !m.getPath().isEmpty() ? path(m) : line(e.getLocation()), plain(e)));
        }
        if (file == null) {
            return refused(new Problem("", Refusal.of("counter.catalogue.empty")));
        }
        if (file.madangCatalogue() == null || file.madangCatalogue() != CatalogueFile.VERSION) {
            return refused(new Problem("madangCatalogue", Refusal.of("counter.catalogue.version", String.valueOf(file.madangCatalogue()),
                    CatalogueFile.VERSION)));
        }
        CatalogueEntries.Read read = CatalogueEntries.read(file, new FacilityStore(jdbi).all(), terms.all(), instructors.all(), courses.all(),
                queueServices.all(), documentTypes.all(), policy);
        if (!read.problems().isEmpty() || !save) {
            return new Report(read.counts(), read.problems(), false);
        }
        List<Problem> problems = new ArrayList<>();
        try {
            jdbi.useTransaction(h -> {
                StaffRights.require(h, admin, Permission.CATALOGUE);
                read.apply(h, admin, facilities, terms, instructors, courses, documentTypeDesk, queueServices, policy, problems);
                if (!problems.isEmpty()) {
                    h.rollback();
                    return;
                }
                Map<String, Object> payload = new LinkedHashMap<>();
                read.counts().forEach((section, n) -> payload.put(section, List.of(n[0], n[1], n[2])));
                events.append(h, new EventDraft(EventType.CATALOGUE_IMPORTED, "catalogue", "clerk:" + admin, payload));
            });
        } catch (NotPermitted refused) {
            return refused(new Problem("", refused.refusal()));
        }
        return new Report(read.counts(), problems, problems.isEmpty());
    }

    private static Report refused(Problem problem) {
        return new Report(Map.of(), List.of(problem), false);
    }

    private static String line(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : "line " + at.getLineNr();
    }

    /** Where a field is in the file, as the import names places: {@code facilities[2] · fee}. */
    private static String path(JsonMappingException m) {
        StringBuilder where = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                where.append(where.length() == 0 ? "" : " · ").append(r.getFieldName());
            } else {
                where.append('[').append(r.getIndex() + 1).append(']');
            }
        }
        return where.toString();
    }

    /** A parser's complaint in plain words: the field it is about and what was expected. */
    private static Refusal plain(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return Refusal.of("counter.catalogue.unknownField", u.getPropertyName(),
                    u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", ")));
        }
        if (e instanceof MismatchedInputException m) {
            return Refusal.of("counter.catalogue.wrongType", m.getPath().isEmpty() ? "" : m.getPath().get(m.getPath().size() - 1).getFieldName());
        }
        String said = Optional.ofNullable(e.getOriginalMessage()).orElse("");
        if (said.startsWith("Duplicate field")) {
            return Refusal.of("counter.catalogue.twiceField", said.replaceAll(".*'(.*)'.*", "$1"));
        }
        return Refusal.of("counter.catalogue.syntax", said.lines().findFirst().orElse(""));
    }
}
