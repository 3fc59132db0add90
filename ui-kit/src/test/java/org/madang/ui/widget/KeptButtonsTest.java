package org.madang.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.junit.jupiter.api.Test;
import org.madang.config.ScreenGeometry;
import org.madang.ui.ScreenScale;

class KeptButtonsTest {
    private final ScreenScale scale = new ScreenScale(new ScreenGeometry(1080, 1920, 237, 421, 800, 12), "Dialog");

    @Test
    void buttonsAreKeptAcrossShowingsGrownAndTrimmedAfterTheFixedComponents() {
        MigLayout layout = new MigLayout("wrap 7");
        JPanel grid = new JPanel(layout);
        JLabel heading = new JLabel("Mon");
        grid.add(heading);
        List<Integer> pressed = new ArrayList<>();
        KeptButtons kept = new KeptButtons(grid, pressed::add);
        int[] made = {0};

        List<TouchButton> first = kept.show(5, i -> {
            made[0]++;
            return new TouchButton("b" + i, "", "day", scale);
        }, i -> i == 0 ? "skip 2" : "");
        assertThat(first).hasSize(5);
        assertThat(grid.getComponents()).hasSize(6).startsWith(heading);
        assertThat(layout.getComponentConstraints(first.get(0))).isEqualTo("skip 2");

        List<TouchButton> second = kept.show(3, i -> {
            made[0]++;
            return new TouchButton("c" + i, "", "day", scale);
        }, i -> i == 0 ? "skip 4" : "");
        assertThat(second).containsExactlyElementsOf(first.subList(0, 3));
        assertThat(grid.getComponents()).hasSize(4);
        assertThat(layout.getComponentConstraints(second.get(0))).isEqualTo("skip 4");

        List<TouchButton> third = kept.show(4, i -> new TouchButton("d" + i, "", "day", scale), i -> "");
        assertThat(third.subList(0, 3)).containsExactlyElementsOf(second);
        assertThat(made[0]).isEqualTo(5);

        third.get(3).doClick(0);
        third.get(1).doClick(0);
        assertThat(pressed).containsExactly(3, 1);
    }

    @Test
    void needsAMigLayout() {
        assertThatThrownBy(() -> new KeptButtons(new JPanel(), i -> { })).isInstanceOf(IllegalArgumentException.class);
    }
}
