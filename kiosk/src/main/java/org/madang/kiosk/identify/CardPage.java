package org.madang.kiosk.identify;

import java.util.List;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.madang.core.Refusal;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.shell.Blocks;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;

/**
 * "Please insert your ID card" for a service: why a card or code was not accepted, and on a
 * demo kiosk the simulated card reader (and scanner, where a receipt's QR identifies too).
 */
public final class CardPage extends KioskPage {
    private static final long serialVersionUID = 1L;

    private final KioskServices.Devices devices;
    private final org.madang.ui.widget.WrappingText problem;

    /** @param problemName the name of the line that says why a card or code was refused */
    public CardPage(Look look, String id, String titleKey, String hintKey, String problemName, KioskServices.Devices devices) {
        super(look, id);
        this.devices = devices;
        this.problem = new org.madang.ui.widget.WrappingText(problemName, "refusal");
        setTitle(look.words().get(titleKey));
        setHint(look.words().get(hintKey));
    }

    /**
     * Shows the request afresh.
     *
     * @param practiceCodes the simulated scanner's codes, or null where only a card identifies
     * @param below         controls under the simulators (another way on)
     */
    public void ask(List<KioskServices.SampleCode> practiceCodes, JComponent... below) {
        problem.say("");
        JPanel body = Blocks.column(look);
        body.add(problem);
        devices.cards().ifPresent(c -> body.add(SimulatorPanels.cards(look, c)));
        if (practiceCodes != null) {
            devices.scans().ifPresent(s -> body.add(SimulatorPanels.scans(look, s, practiceCodes)));
        }
        for (JComponent c : below) {
            body.add(c, "gaptop " + look.scale().mm(6) + ", hmin " + look.button());
        }
        showScrolling(body);
    }

    public void showProblem(Refusal refusal) {
        problem.say(look.words().say(refusal));
    }
}
