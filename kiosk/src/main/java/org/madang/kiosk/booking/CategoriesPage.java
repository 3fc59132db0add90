package org.madang.kiosk.booking;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.miginfocom.swing.MigLayout;
import org.madang.core.facility.FacilityCategory;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.KeptButtons;
import org.madang.ui.widget.Pictograms;
import org.madang.ui.widget.TouchButton;

/** "What would you like to book?": one big tile per category that has facilities. */
final class CategoriesPage extends KioskPage {
    private static final long serialVersionUID = 1L;
    static final String ID = "booking.categories";

    /** A category's pictogram, above its name. */
    private static final double PICTURE_MM = 22;
    private final KeptButtons tiles;
    private transient List<FacilityCategory> shown = List.of();

    CategoriesPage(Look look, BookingPresenter presenter) {
        super(look, ID);
        setTitle(look.words().get("booking.categories.title"));
        setHint(look.words().get("booking.categories.hint"));
        content().setLayout(new MigLayout("fillx, wrap " + look.columns() + ", insets 0, gap " + look.gap(),
                "[grow, fill, sg tile]".repeat(look.columns()), "[]"));
        tiles = new KeptButtons(content(), i -> presenter.chooseCategory(shown.get(i)));
    }

    void show(Map<FacilityCategory, Integer> counts) {
        this.shown = List.copyOf(counts.keySet());
        String height = "hmin " + look.tile();
        List<TouchButton> buttons = tiles.show(shown.size(), i -> new TouchButton("category", "", "tile", look.scale()), i -> height);
        for (int i = 0; i < shown.size(); i++) {
            FacilityCategory category = shown.get(i);
            String name = look.words().get(category.messageKey());
            TouchButton tile = buttons.get(i);
            tile.setName("category." + category.name().toLowerCase(Locale.ROOT));
            tile.setLines(List.of(name, look.words().get("booking.categories.count", counts.get(category))), true, look.scale(),
                    Pictograms.of(category.name().toLowerCase(Locale.ROOT), tile, look.scale().mm(PICTURE_MM)));
            tile.getAccessibleContext().setAccessibleName(name);
        }
        refresh();
    }
}
