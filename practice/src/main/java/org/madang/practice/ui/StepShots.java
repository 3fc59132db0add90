package org.madang.practice.ui;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.madang.practice.lesson.Lesson;
import org.madang.practice.lesson.Step;
import org.madang.ui.Offscreen;

/**
 * Pictures of a lesson's steps as the learner meets them: the machine is taken through the
 * lesson offscreen, touching each step's control in turn, and each screen is drawn with where
 * its control is — what a heat map is painted on.
 */
public final class StepShots {

    /** A machine to take through a lesson, offscreen (on the event thread). */
    public interface Stage extends AutoCloseable {
        JComponent root();

        @Override
        void close();
    }

    /** One step: the screen as it was, and where the step's control sat on it (when it was found). */
    public record Shot(int index, Step step, BufferedImage image, Optional<Rectangle> control) {
    }

    private StepShots() {
    }

    /** A scenario pack's machine, from its first screen. */
    public static Stage of(ScenarioKiosk machine) {
        return new Stage() {
            @Override
            public JComponent root() {
                return machine.root();
            }

            @Override
            public void close() {
                // nothing held: the machine is only pictures and its flow
            }
        };
    }

    /** Every step's picture, {@code width} × {@code height}; a step whose control is not found ends the pictures there. */
    public static List<Shot> take(Lesson lesson, Stage stage, int width, int height) {
        List<Shot> shots = new ArrayList<>();
        for (int k = 0; k < lesson.steps().size(); k++) {
            Step step = lesson.steps().get(k);
            BufferedImage image = Offscreen.render(stage.root(), width, height);
            Optional<JComponent> control = Controls.first(stage.root(), step.target().pattern(), false);
            shots.add(new Shot(k, step, image, control.map(c -> SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), stage.root()))));
            if (control.isEmpty()) {
                // a step that may not come (news to read) is passed over; the next may be on this screen
                continue;
            }
            if (control.get() instanceof AbstractButton b) {
                b.doClick(0);
            }
        }
        return shots;
    }
}
