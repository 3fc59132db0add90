package org.madang.kiosk.booking;

import org.madang.ui.Formats;
import java.util.List;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.facility.Facility;
import org.madang.core.facility.Slot;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.identify.SimulatorPanels;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.WrappingText;

/**
 * "Please insert your ID card, or scan one of your booking receipts". On a demo kiosk the
 * simulated reader's cards and scanner's codes are offered on screen.
 */
final class IdentifyPage extends KioskPage {
    private static final long serialVersionUID = 1L;
    static final String ID = "booking.identify";

    private final KioskServices.Devices devices;
    private final WrappingText problem = new WrappingText("identify.problem", "refusal");

    IdentifyPage(Look look, KioskServices.Devices devices) {
        super(look, ID);
        this.devices = devices;
        setTitle(look.words().get("booking.identify.title"));
    }

    void show(Facility facility, Slot slot, Wish wish, List<KioskServices.SampleCode> practiceCodes) {
        Formats formats = new Formats(look.words());
        setHint(look.words().get("booking.identify.hint", facility.name().in(look.words().language()),
                formats.date(slot.startsAt().toLocalDate()), formats.period(slot.startsAt(), slot.endsAt()),
                look.words().get(wish.titleKey())));
        problem.setText("");
        content().removeAll();
        content().setLayout(new MigLayout("fill, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]", "[][grow, fill]"));
        content().add(problem);
        JPanel simulators = new org.madang.ui.widget.ViewportPanel(new MigLayout("fillx, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]"), look.scale().mm(20));
        simulators.setOpaque(false);
        devices.cards().ifPresent(c -> simulators.add(SimulatorPanels.cards(look, c)));
        devices.scans().ifPresent(s -> simulators.add(SimulatorPanels.scans(look, s, practiceCodes)));
        if (simulators.getComponentCount() > 0) {
            content().add(scroller(simulators), "gaptop " + look.scale().mm(10));
        }
        refresh();
    }

    void showProblem(Refusal refusal) {
        problem.say(look.words().say(refusal));
    }
}
