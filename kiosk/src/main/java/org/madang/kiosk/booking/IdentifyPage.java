package org.madang.kiosk.booking;

import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.facility.Facility;
import org.madang.core.facility.Slot;
import org.madang.hardware.id.Identity;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/**
 * "Please insert your ID card". With the simulated reader, the demo residents' cards are
 * offered on screen; pressing one inserts it, exactly as a real reader would report it.
 */
final class IdentifyPage extends KioskPage {
    private static final long serialVersionUID = 1L;
    static final String ID = "booking.identify";

    private final WrappingText problem = new WrappingText("identify.problem", "refusal");

    IdentifyPage(Look look, Optional<KioskServices.CardSimulator> simulator) {
        super(look, ID);
        setTitle(look.words().get("booking.identify.title"));
        content().setLayout(new MigLayout("fillx, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]"));
        content().add(problem);
        simulator.ifPresent(this::addSimulator);
    }

    private void addSimulator(KioskServices.CardSimulator simulator) {
        JPanel cards = new JPanel(new MigLayout("fillx, wrap 1, gap " + look.gap(), "[grow, fill]"));
        cards.setBorder(BorderFactory.createTitledBorder(look.words().get("booking.identify.simulator")));
        cards.setName("identify.simulator");
        int i = 0;
        for (Identity card : simulator.cards()) {
            String label = look.words().get("booking.identify.card", card.surname() + " " + card.givenNames(),
                    card.birthDate().getYear());
            TouchButton b = new TouchButton("card." + i++, label, "nav", look.scale());
            b.addActionListener(e -> simulator.reader().insert(card));
            cards.add(b, "hmin " + look.button());
        }
        content().add(cards, "gaptop " + look.scale().mm(10));
    }

    void show(Facility facility, Slot slot) {
        Formats formats = new Formats(look.words());
        setHint(look.words().get("booking.identify.hint", facility.name().in(look.words().language()),
                formats.date(slot.startsAt().toLocalDate()), formats.period(slot.startsAt(), slot.endsAt())));
        problem.setText("");
        refresh();
    }

    void showProblem(Refusal refusal) {
        String text = look.words().get(refusal.messageKey(), refusal.args().toArray());
        problem.say(text);
    }
}
