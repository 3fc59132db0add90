package org.madang.counter.settings;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.madang.core.Refusal;
import org.madang.core.course.Course;
import org.madang.core.course.CourseDesk;
import org.madang.core.course.TermDesk;
import org.madang.ui.CourseWords;
import org.madang.ui.Messages;

/**
 * "강좌": the academy's courses — a new one in a term, or one changed. Dates are typed as
 * 2027-01-04, times as 10:00; an enrolment window left blank follows the term's.
 */
public final class CourseCataloguePanel extends ListFormPanel<Course, CourseDesk.Draft> {
    private static final long serialVersionUID = 1L;

    /** What the form offers to choose: the terms and the instructors' names. */
    public record Choices(List<TermDesk.Term> terms, List<String> instructors) {
    }

    public CourseCataloguePanel(Messages words) {
        super(words, "settings.courses", "course.", "counter.course.title",
                c -> c.term() + " · " + c.title().in(words.language()) + " · " + words.get(statusKey(c.status())), Course::id);
        fields.text("code", "counter.facility.code");
        fields.<String>choice("category", "counter.facility.categoryLabel", c -> words.get(CourseWords.category(c)));
        fields.text("titleKo", "counter.course.titleKo");
        fields.text("titleEn", "counter.course.titleEn");
        fields.<String>choice("ageGroup", "counter.course.ageGroup", a -> words.get(CourseWords.ageGroup(a)));
        fields.<String>choice("term", "counter.course.term", t -> t);
        fields.text("startsOn", "counter.term.startsOn");
        fields.text("endsOn", "counter.term.endsOn");
        fields.<Integer>choice("weekday", "counter.course.weekday", d -> DayOfWeek.of(d).getDisplayName(TextStyle.FULL, words.locale()));
        fields.text("startTime", "counter.course.startTime");
        fields.text("minutes", "counter.course.minutes");
        fields.text("sessions", "counter.course.sessions");
        fields.text("capacity", "counter.facility.capacity");
        fields.text("fee", "counter.facility.fee");
        fields.<String>choice("instructor", "counter.course.instructor", n -> n);
        fields.text("placeKo", "counter.facility.placeKo");
        fields.text("placeEn", "counter.facility.placeEn");
        fields.text("summaryKo", "counter.facility.summaryKo");
        fields.text("summaryEn", "counter.facility.summaryEn");
        fields.text("enrolFrom", "counter.term.enrolFrom");
        fields.text("enrolUntil", "counter.term.enrolUntil");
        fields.check("residentsOnly", "counter.course.residentsOnly");
        fields.check("lottery", "counter.course.lottery");
        fields.offer("category", CourseDesk.CATEGORIES);
        fields.offer("ageGroup", CourseDesk.AGE_GROUPS);
        fields.offer("weekday", IntStream.rangeClosed(1, 7).boxed().toList());
        fields.pair(form, "code", "category");
        fields.pair(form, "titleKo", "titleEn");
        fields.pair(form, "term", "ageGroup");
        fields.pair(form, "startsOn", "endsOn");
        fields.pair(form, "weekday", "startTime");
        fields.pair(form, "minutes", "sessions");
        fields.pair(form, "capacity", "fee");
        fields.pair(form, "instructor", null);
        fields.pair(form, "placeKo", "placeEn");
        fields.pair(form, "summaryKo", "summaryEn");
        fields.pair(form, "enrolFrom", "enrolUntil");
        fields.pair(form, "residentsOnly", "lottery");
        finish("counter.course.hint");
    }

    private static String statusKey(String status) {
        return switch (status) {
            case "RECRUITING" -> "counter.course.status.recruiting";
            case "RUNNING" -> "counter.course.status.running";
            case "FINISHED" -> "counter.course.status.finished";
            default -> "counter.course.status.closed";
        };
    }

    public void showChoices(Choices choices) {
        fields.offer("term", choices.terms().stream().map(TermDesk.Term::code).toList());
        fields.offer("instructor", choices.instructors());
    }

    @Override
    protected void fill(Course c) {
        CourseDesk.Draft d = CourseDesk.Draft.of(c);
        fields.set("code", d.code());
        ((javax.swing.JTextField) fields.component("code")).setEditable(false);
        fields.set("category", d.category());
        fields.set("titleKo", d.titleKo());
        fields.set("titleEn", d.titleEn());
        fields.set("ageGroup", d.ageGroup());
        fields.set("term", d.term());
        fields.set("startsOn", d.startsOn());
        fields.set("endsOn", d.endsOn());
        fields.set("weekday", d.weekday());
        fields.set("startTime", d.startTime());
        fields.set("minutes", d.minutes());
        fields.set("sessions", d.sessions());
        fields.set("capacity", d.capacity());
        fields.set("fee", d.fee());
        fields.set("instructor", d.instructor());
        fields.set("placeKo", d.placeKo());
        fields.set("placeEn", d.placeEn());
        fields.set("summaryKo", d.summaryKo());
        fields.set("summaryEn", d.summaryEn());
        fields.set("enrolFrom", d.enrolFrom().map(FormFields::shown).orElse(""));
        fields.set("enrolUntil", d.enrolUntil().map(FormFields::shown).orElse(""));
        fields.set("residentsOnly", d.residentsOnly());
        fields.set("lottery", d.lottery());
    }

    @Override
    protected void blank() {
        ((javax.swing.JTextField) fields.component("code")).setEditable(true);
        for (String f : new String[] {"code", "titleKo", "titleEn", "startsOn", "endsOn", "placeKo", "placeEn", "summaryKo", "summaryEn",
                "enrolFrom", "enrolUntil"}) {
            fields.set(f, "");
        }
        fields.set("startTime", "10:00");
        fields.set("minutes", "90");
        fields.set("sessions", "10");
        fields.set("capacity", "20");
        fields.set("fee", "0");
        fields.set("residentsOnly", false);
        fields.set("lottery", false);
    }

    @Override
    protected CourseDesk.Draft draft(Map<String, Refusal> typed, Optional<Course> editing) {
        Object weekday = fields.chosen("weekday");
        return new CourseDesk.Draft(editing.map(Course::id), fields.text("code"), fields.text("titleKo"), fields.text("titleEn"),
                (String) fields.chosen("category"), (String) fields.chosen("ageGroup"), text(fields.chosen("term")), fields.date("startsOn", typed),
                fields.date("endsOn", typed), weekday == null ? 0 : (Integer) weekday, fields.time("startTime", typed),
                fields.number("minutes", typed), fields.number("sessions", typed), fields.number("capacity", typed), fields.number("fee", typed),
                text(fields.chosen("instructor")), fields.text("placeKo"), fields.text("placeEn"), fields.text("summaryKo"),
                fields.text("summaryEn"), fields.checked("residentsOnly"), fields.checked("lottery"), fields.dateTime("enrolFrom", typed),
                fields.dateTime("enrolUntil", typed));
    }

    private static String text(Object chosen) {
        return chosen == null ? "" : chosen.toString();
    }
}
