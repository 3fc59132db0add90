package org.madang.kiosk.identify;

import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.hardware.id.Identity;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.TouchButton;

/**
 * The on-screen stand-ins for the card reader and the QR scanner on a demo or practice kiosk:
 * pressing a card inserts it, pressing a code holds it under the scanner, and the kiosk hears
 * it through the same device interface a real reader or scanner reports through.
 */
public final class SimulatorPanels {
    private SimulatorPanels() {
    }

    /** A button per demo resident's card. */
    public static JPanel cards(Look look, KioskServices.CardSimulator simulator) {
        JPanel cards = titled(look, "identify.simulator", "booking.identify.simulator");
        int i = 0;
        for (Identity card : simulator.cards()) {
            String label = look.words().get("booking.identify.card", card.surname() + " " + card.givenNames(), card.birthDate().getYear());
            // zoomed, a card's name and year may not fit one line: lines wrap where a plain text would be cut
            TouchButton b = look.zoomed() ? TouchButton.ofLines("card." + i++, List.of(label), true, "nav", look.scale())
                    : new TouchButton("card." + i++, label, "nav", look.scale());
            b.addActionListener(e -> simulator.reader().insert(card));
            cards.add(b, "hmin " + look.button());
        }
        return cards;
    }

    /** A button per sample code (read beforehand with {@link KioskServices.Devices#sampleCodes()}). */
    public static JPanel scans(Look look, KioskServices.ScanSimulator simulator, List<KioskServices.SampleCode> samples) {
        JPanel codes = titled(look, "scan.simulator", "kiosk.scan.simulator");
        int i = 0;
        for (KioskServices.SampleCode code : samples) {
            // a receipt's label says which booking on a second line: one line would not fit a landscape column
            List<String> lines = List.of(look.words().get(code.labelKey(), code.args().toArray()).split("\n"));
            TouchButton b = TouchButton.ofLines("scan." + i++, lines, true, "nav", look.scale());
            b.addActionListener(e -> simulator.scanner().scan(code.text()));
            codes.add(b, "hmin " + look.button());
        }
        return codes;
    }

    private static JPanel titled(Look look, String name, String titleKey) {
        JPanel panel = new JPanel(new MigLayout("fillx, wrap " + (look.landscape() ? 2 : 1) + ", gap " + look.gap(),
                look.landscape() ? "[grow, fill, sg s][grow, fill, sg s]" : "[grow, fill]"));
        panel.setBorder(BorderFactory.createTitledBorder(look.words().get(titleKey)));
        panel.setName(name);
        return panel;
    }
}
