package org.madang.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import javax.swing.Icon;
import javax.swing.JButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.madang.core.facility.FacilityCategory;

class PictogramsTest {

    @ParameterizedTest
    @EnumSource(FacilityCategory.class)
    void everyCategoryHasAPictogramDrawnInItsButtonsTextColour(FacilityCategory category) {
        JButton owner = new JButton();
        owner.setForeground(new Color(0x12, 0x34, 0x56));
        Icon icon = Pictograms.of(category.name().toLowerCase(Locale.ROOT), owner, 96);
        assertThat(icon.getIconWidth()).isEqualTo(96);
        assertThat(icon.getIconHeight()).isEqualTo(96);

        BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        icon.paintIcon(owner, g, 0, 0);
        g.dispose();
        int inked = 0;
        for (int y = 0; y < 96; y++) {
            for (int x = 0; x < 96; x++) {
                int argb = image.getRGB(x, y);
                if ((argb >>> 24) == 0xFF) {
                    inked++;
                    assertThat(argb & 0xFFFFFF).as("pixel %d,%d of %s", x, y, category).isEqualTo(0x123456);
                }
            }
        }
        // lines, not a blot and not nothing: between 3 % and 40 % of the square
        assertThat(inked).isBetween(96 * 96 * 3 / 100, 96 * 96 * 40 / 100);
    }

    @Test
    void anUnknownPictogramIsRefusedByName() {
        assertThatThrownBy(() -> Pictograms.of("no-such-thing", new JButton(), 24))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-thing");
    }
}
