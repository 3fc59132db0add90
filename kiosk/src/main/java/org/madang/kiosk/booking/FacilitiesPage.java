package org.madang.kiosk.booking;

import org.madang.ui.Formats;
import java.util.List;
import net.miginfocom.swing.MigLayout;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.KeptButtons;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.ViewportPanel;

/** The facilities of one category: name, one line about it, where it is and what it costs. */
final class FacilitiesPage extends KioskPage {
    private static final long serialVersionUID = 1L;
    static final String ID = "booking.facilities";

    private final ViewportPanel list;
    private final KeptButtons buttons;
    private transient List<Facility> shown = List.of();

    FacilitiesPage(Look look, BookingPresenter presenter) {
        super(look, ID);
        setHint(look.words().get("booking.facilities.hint"));
        list = new ViewportPanel(new MigLayout("fillx, wrap " + (look.landscape() ? 2 : 1) + ", insets 0, gap " + look.gap(),
                look.landscape() ? "[grow, fill, sg f][grow, fill, sg f]" : "[grow, fill]"), look.scale().mm(20));
        buttons = new KeptButtons(list, i -> presenter.chooseFacility(shown.get(i)));
    }

    void show(FacilityCategory category, List<Facility> facilities) {
        setTitle(look.words().get(category.messageKey()));
        this.shown = List.copyOf(facilities);
        Formats formats = new Formats(look.words());
        String lang = look.words().language();
        String height = "hmin " + look.scale().mm(40);
        List<TouchButton> tiles = buttons.show(facilities.size(), i -> new TouchButton("facility", "", "tile", look.scale()), i -> height);
        for (int i = 0; i < facilities.size(); i++) {
            Facility f = facilities.get(i);
            TouchButton button = tiles.get(i);
            button.setName("facility." + f.code());
            List<String> lines = new java.util.ArrayList<>(List.of(f.name().in(lang), f.summary().in(lang)));
            // another centre's facility says whose it is on a line of its own, before where it is
            Places.elsewhere(look, f).ifPresent(lines::add);
            lines.add(f.location().in(lang) + " · " + formats.fee(f));
            button.setLines(lines, false, look.scale());
            button.getAccessibleContext().setAccessibleName(f.name().in(lang) + ", " + formats.fee(f));
        }
        showScrolling(list);
    }
}
