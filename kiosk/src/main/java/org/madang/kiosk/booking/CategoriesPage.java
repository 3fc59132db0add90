package org.madang.kiosk.booking;

import java.util.Map;
import net.miginfocom.swing.MigLayout;
import org.madang.core.facility.FacilityCategory;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.TouchButton;

/** "What would you like to book?": one big tile per category that has facilities. */
final class CategoriesPage extends KioskPage {
    private static final long serialVersionUID = 1L;
    static final String ID = "booking.categories";

    CategoriesPage(Look look) {
        super(look, ID);
        setTitle(look.words().get("booking.categories.title"));
        setHint(look.words().get("booking.categories.hint"));
    }

    void show(Map<FacilityCategory, Integer> counts, BookingPresenter presenter) {
        content().removeAll();
        content().setLayout(new MigLayout("fillx, wrap " + look.columns() + ", insets 0, gap " + look.gap(),
                "[grow, fill, sg tile]".repeat(look.columns()), "[]"));
        counts.forEach((category, count) -> {
            String name = look.words().get(category.messageKey());
            TouchButton tile = TouchButton.ofLines("category." + category.name().toLowerCase(java.util.Locale.ROOT),
                    java.util.List.of(name, look.words().get("booking.categories.count", count)), true, "tile", look.scale());
            tile.getAccessibleContext().setAccessibleName(name);
            tile.addActionListener(e -> presenter.chooseCategory(category));
            content().add(tile, "hmin " + look.tile());
        });
        refresh();
    }
}
