package org.madang.counter.settings;

import java.util.Map;
import java.util.Optional;
import org.madang.core.Refusal;
import org.madang.core.course.TermDesk;
import org.madang.core.facility.Localized;
import org.madang.ui.Messages;

/** "학기": the academy's terms — their dates and the enrolment window their courses follow. */
public final class TermsPanel extends ListFormPanel<TermDesk.Term, TermDesk.Term> {
    private static final long serialVersionUID = 1L;

    public TermsPanel(Messages words) {
        super(words, "settings.terms", "term.", "counter.term.title", t -> t.code() + " · " + t.name().in(words.language()), TermDesk.Term::code);
        fields.text("code", "counter.term.code");
        fields.text("nameKo", "counter.facility.nameKo");
        fields.text("nameEn", "counter.facility.nameEn");
        fields.text("startsOn", "counter.term.startsOn");
        fields.text("endsOn", "counter.term.endsOn");
        fields.text("enrolFrom", "counter.term.enrolFrom");
        fields.text("enrolUntil", "counter.term.enrolUntil");
        fields.pair(form, "code", null);
        fields.pair(form, "nameKo", "nameEn");
        fields.pair(form, "startsOn", "endsOn");
        fields.pair(form, "enrolFrom", "enrolUntil");
        finish("counter.term.hint");
    }

    @Override
    protected void fill(TermDesk.Term t) {
        fields.set("code", t.code());
        ((javax.swing.JTextField) fields.component("code")).setEditable(false);
        fields.set("nameKo", t.name().ko());
        fields.set("nameEn", t.name().en());
        fields.set("startsOn", t.startsOn());
        fields.set("endsOn", t.endsOn());
        fields.set("enrolFrom", FormFields.shown(t.enrolFrom()));
        fields.set("enrolUntil", FormFields.shown(t.enrolUntil()));
    }

    @Override
    protected void blank() {
        ((javax.swing.JTextField) fields.component("code")).setEditable(true);
        for (String f : new String[] {"code", "nameKo", "nameEn", "startsOn", "endsOn", "enrolFrom", "enrolUntil"}) {
            fields.set(f, "");
        }
    }

    @Override
    protected TermDesk.Term draft(Map<String, Refusal> typed, Optional<TermDesk.Term> editing) {
        return new TermDesk.Term(fields.text("code").strip(), new Localized(fields.text("nameKo"), fields.text("nameEn")),
                fields.date("startsOn", typed), fields.date("endsOn", typed), required(fields.dateTime("enrolFrom", typed), "enrolFrom", typed),
                required(fields.dateTime("enrolUntil", typed), "enrolUntil", typed));
    }

    private static java.time.LocalDateTime required(Optional<java.time.LocalDateTime> t, String name, Map<String, Refusal> typed) {
        if (t.isEmpty() && !typed.containsKey(name)) {
            typed.put(name, Refusal.of("counter.facility.required"));
        }
        return t.orElse(null);
    }
}
