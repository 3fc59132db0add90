package org.madang.ui.widget;

import java.awt.event.ActionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * The buttons of a list or grid that a screen shows again and again (a calendar, a list of
 * facilities), kept between showings and updated in place: a new button costs the theme a style
 * to apply and the layout a component to measure, and a calendar is ninety of them. The panel
 * may hold fixed components before the buttons (a calendar's weekday headings).
 */
public final class KeptButtons {
    private final JPanel panel;
    private final IntConsumer pressed;
    private final List<TouchButton> buttons = new ArrayList<>();

    /**
     * @param panel   a panel with a {@link MigLayout}, the buttons go after what it holds already
     * @param pressed told the index of the button pressed, in the order of the last {@link #show}
     */
    public KeptButtons(JPanel panel, IntConsumer pressed) {
        if (!(panel.getLayout() instanceof MigLayout)) {
            throw new IllegalArgumentException("KeptButtons needs a MigLayout panel");
        }
        this.panel = panel;
        this.pressed = pressed;
    }

    /**
     * Makes the panel show {@code count} buttons: those from before are kept, missing ones made by
     * {@code make}, extra ones removed. The caller then puts each one's text, name and style on it.
     *
     * @param constraints each button's MigLayout constraints, by index
     * @return the buttons, in order
     */
    public List<TouchButton> show(int count, IntFunction<TouchButton> make, IntFunction<String> constraints) {
        while (buttons.size() > count) {
            panel.remove(buttons.remove(buttons.size() - 1));
        }
        MigLayout layout = (MigLayout) panel.getLayout();
        for (int i = 0; i < count; i++) {
            String wanted = constraints.apply(i);
            if (i == buttons.size()) {
                TouchButton b = make.apply(i);
                int index = i;
                b.addActionListener((ActionEvent e) -> pressed.accept(index));
                buttons.add(b);
                panel.add(b, wanted);
            } else if (!wanted.equals(layout.getComponentConstraints(buttons.get(i)))) {
                // MigLayout parses constraints again on every set: only when they change
                layout.setComponentConstraints(buttons.get(i), wanted);
            }
        }
        panel.revalidate();
        return List.copyOf(buttons);
    }

    public JPanel panel() {
        return panel;
    }
}
