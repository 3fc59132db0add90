package org.madang.kiosk.booking;

import org.madang.kiosk.shell.Formats;
import java.util.List;
import net.miginfocom.swing.MigLayout;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.ViewportPanel;

/** The facilities of one category: name, one line about it, where it is and what it costs. */
final class FacilitiesPage extends KioskPage {
    private static final long serialVersionUID = 1L;
    static final String ID = "booking.facilities";

    FacilitiesPage(Look look) {
        super(look, ID);
        setHint(look.words().get("booking.facilities.hint"));
    }

    void show(FacilityCategory category, List<Facility> facilities, BookingPresenter presenter) {
        setTitle(look.words().get(category.messageKey()));
        Formats formats = new Formats(look.words());
        String lang = look.words().language();
        ViewportPanel list = new ViewportPanel(new MigLayout("fillx, wrap " + (look.landscape() ? 2 : 1) + ", insets 0, gap " + look.gap(),
                look.landscape() ? "[grow, fill, sg f][grow, fill, sg f]" : "[grow, fill]"), look.scale().mm(20));
        for (Facility f : facilities) {
            TouchButton button = TouchButton.ofLines("facility." + f.code(), java.util.List.of(f.name().in(lang),
                    f.summary().in(lang), f.location().in(lang) + " · " + formats.fee(f)), false, "tile", look.scale());
            button.getAccessibleContext().setAccessibleName(f.name().in(lang) + ", " + formats.fee(f));
            button.addActionListener(e -> presenter.chooseFacility(f));
            list.add(button, "hmin " + look.scale().mm(40));
        }
        showScrolling(list);
    }
}
