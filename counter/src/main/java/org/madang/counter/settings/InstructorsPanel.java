package org.madang.counter.settings;

import java.util.Map;
import java.util.Optional;
import org.madang.core.Refusal;
import org.madang.core.course.InstructorDesk;
import org.madang.ui.Messages;

/** "강사": the academy's instructors, their careers in Korean and English, and their photos the kiosk shows. */
public final class InstructorsPanel extends ListFormPanel<InstructorDesk.Entry, InstructorDesk.Draft> {
    private static final long serialVersionUID = 1L;

    private final PictureBox picture;

    public InstructorsPanel(Messages words) {
        super(words, "settings.instructors", "instructor.", "counter.instructor.title",
                e -> e.name() + " · " + words.get("counter.instructor.courses", e.courses()), InstructorDesk.Entry::id);
        fields.text("name", "counter.instructor.name");
        fields.text("careerKo", "counter.instructor.careerKo");
        fields.text("careerEn", "counter.instructor.careerEn");
        fields.pair(form, "name", null);
        fields.pair(form, "careerKo", "careerEn");
        picture = new PictureBox(words, "instructor.");
        form.add(new javax.swing.JLabel(words.get("counter.instructor.photo")), "aligny top");
        form.add(picture, "span 3, growx, wmin 0");
        finish("counter.instructor.hint");
    }

    /** Where the photo is chosen (the workspace attaches its presenter). */
    PictureBox picture() {
        return picture;
    }

    @Override
    protected void fill(InstructorDesk.Entry e) {
        fields.set("name", e.name());
        fields.set("careerKo", e.career().ko());
        fields.set("careerEn", e.career().en());
        picture.showFor(Optional.of(e.pictureOwner()));
    }

    @Override
    protected void blank() {
        for (String f : new String[] {"name", "careerKo", "careerEn"}) {
            fields.set(f, "");
        }
        picture.showFor(Optional.empty());
    }

    @Override
    public void showSaved(InstructorDesk.Entry saved) {
        super.showSaved(saved);
        picture.showFor(Optional.of(saved.pictureOwner()));
    }

    @Override
    protected InstructorDesk.Draft draft(Map<String, Refusal> typed, Optional<InstructorDesk.Entry> editing) {
        return new InstructorDesk.Draft(editing.map(InstructorDesk.Entry::id), fields.text("name"), fields.text("careerKo"), fields.text("careerEn"));
    }
}
