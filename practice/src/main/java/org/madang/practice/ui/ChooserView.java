package org.madang.practice.ui;

import java.util.List;
import java.util.Optional;
import org.madang.practice.lesson.Lesson;
import org.madang.practice.lesson.Level;
import org.madang.practice.scenario.Pack;

/** The list of lessons a learner chooses from, as its presenter sees it. */
public interface ChooserView {

    /** A machine and its lessons: Madang's kiosk, or a scenario pack. */
    record Group(String id, Optional<Pack> pack, List<Lesson> lessons) {
        public Group {
            lessons = List.copyOf(lessons);
        }
    }

    /** Every machine with its lessons, and the level chosen for the next one. */
    void showLessons(List<Group> groups, Level level);
}
