package org.madang.counter.settings;

import java.util.Map;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JTextField;
import org.madang.core.Edit;
import org.madang.core.Refusal;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCatalogue;
import org.madang.core.facility.FacilityCategory;
import org.madang.ui.Messages;

/**
 * "시설": the centre's facilities on the left, the chosen one's fields on the right — names,
 * summary, place and house rules in Korean and English, capacity, fee, opening hours, slot length,
 * its picture — with a field that will not do outlined and named, and nothing saved until all will.
 */
public final class FacilitiesPanel extends ListFormPanel<Facility, FacilityCatalogue.Draft> {
    private static final long serialVersionUID = 1L;

    private final PictureBox picture;

    public FacilitiesPanel(Messages words) {
        super(words, "settings.facilities", "facility.", "counter.facility.title", f -> f.name().in(words.language()), Facility::id);
        fields.text("code", "counter.facility.code");
        fields.<FacilityCategory>choice("category", "counter.facility.categoryLabel", c -> words.get(c.messageKey()));
        fields.offer("category", java.util.List.of(FacilityCategory.values()));
        fields.text("nameKo", "counter.facility.nameKo");
        fields.text("nameEn", "counter.facility.nameEn");
        fields.text("summaryKo", "counter.facility.summaryKo");
        fields.text("summaryEn", "counter.facility.summaryEn");
        fields.text("placeKo", "counter.facility.placeKo");
        fields.text("placeEn", "counter.facility.placeEn");
        fields.text("rulesKo", "counter.facility.rulesKo");
        fields.text("rulesEn", "counter.facility.rulesEn");
        fields.text("capacity", "counter.facility.capacity");
        fields.text("fee", "counter.facility.fee");
        fields.text("opensAt", "counter.facility.opens");
        fields.text("closesAt", "counter.facility.closes");
        fields.text("slotMinutes", "counter.facility.minutes");
        fields.check("perSeat", "counter.facility.perSeat");
        fields.check("popular", "counter.facility.popular");
        fields.pair(form, "code", "category");
        fields.pair(form, "nameKo", "nameEn");
        fields.pair(form, "summaryKo", "summaryEn");
        fields.pair(form, "placeKo", "placeEn");
        fields.pair(form, "rulesKo", "rulesEn");
        fields.pair(form, "capacity", "fee");
        fields.pair(form, "opensAt", "closesAt");
        fields.pair(form, "slotMinutes", null);
        form.add(fields.component("perSeat"), "skip 1, span 3");
        form.add(fields.component("popular"), "skip 1, span 3");
        picture = new PictureBox(words, "facility.");
        form.add(new JLabel(words.get("counter.facility.picture")), "aligny top");
        form.add(picture, "span 3, growx, wmin 0");
        finish("counter.facility.hint");
    }

    @Override
    protected String newKey() {
        return "counter.facility.new";
    }

    /** The catalogue's save as the tab's: saved, or each field that will not do. */
    static Edit<Facility> save(FacilityCatalogue catalogue, FacilityCatalogue.Draft draft, String admin) {
        FacilityCatalogue.Outcome outcome = catalogue.save(draft, admin);
        return outcome instanceof FacilityCatalogue.Outcome.Saved saved ? new Edit.Saved<>(saved.facility())
                : Edit.invalid(((FacilityCatalogue.Outcome.Invalid) outcome).fields());
    }

    /** Where the facility's picture is chosen (the workspace attaches its presenter). */
    PictureBox picture() {
        return picture;
    }

    @Override
    public void showSaved(Facility saved) {
        super.showSaved(saved);
        picture.showFor(Optional.of("facility:" + saved.id()));
    }

    @Override
    protected void fill(Facility f) {
        FacilityCatalogue.Draft d = FacilityCatalogue.Draft.of(f);
        fields.set("code", d.code());
        ((JTextField) fields.component("code")).setEditable(false);
        fields.set("category", d.category());
        fields.set("nameKo", d.nameKo());
        fields.set("nameEn", d.nameEn());
        fields.set("summaryKo", d.summaryKo());
        fields.set("summaryEn", d.summaryEn());
        fields.set("placeKo", d.placeKo());
        fields.set("placeEn", d.placeEn());
        fields.set("rulesKo", d.rulesKo());
        fields.set("rulesEn", d.rulesEn());
        fields.set("capacity", d.capacity());
        fields.set("perSeat", d.perSeat());
        fields.set("fee", d.fee());
        fields.set("opensAt", d.opensAt());
        fields.set("closesAt", d.closesAt());
        fields.set("slotMinutes", d.slotMinutes());
        fields.set("popular", d.popular());
        picture.showFor(Optional.of("facility:" + f.id()));
    }

    @Override
    protected void blank() {
        ((JTextField) fields.component("code")).setEditable(true);
        for (String f : new String[] {"code", "nameKo", "nameEn", "summaryKo", "summaryEn", "placeKo", "placeEn", "rulesKo", "rulesEn"}) {
            fields.set(f, "");
        }
        fields.set("capacity", "1");
        fields.set("fee", "0");
        fields.set("opensAt", "09:00");
        fields.set("closesAt", "18:00");
        fields.set("slotMinutes", "60");
        fields.set("perSeat", false);
        fields.set("popular", false);
        picture.showFor(Optional.empty());
    }

    @Override
    protected FacilityCatalogue.Draft draft(Map<String, Refusal> typed, Optional<Facility> editing) {
        return new FacilityCatalogue.Draft(editing.map(Facility::id), fields.text("code"), (FacilityCategory) fields.chosen("category"),
                fields.text("nameKo"), fields.text("nameEn"), fields.text("summaryKo"), fields.text("summaryEn"), fields.text("placeKo"),
                fields.text("placeEn"), fields.number("capacity", typed), fields.checked("perSeat"), fields.number("fee", typed),
                fields.time("opensAt", typed), fields.time("closesAt", typed), fields.number("slotMinutes", typed), fields.checked("popular"),
                fields.text("rulesKo"), fields.text("rulesEn"));
    }
}
