package org.madang.kiosk.booking;

import org.madang.ui.Formats;
import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import java.util.Optional;
import org.madang.core.Refusal;
import org.madang.core.booking.FeeBasis;
import org.madang.core.booking.Quote;
import org.madang.core.facility.Facility;
import org.madang.core.facility.Slot;
import org.madang.core.resident.Resident;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/** Everything about to be booked, the fee, and one big "Book now"; a refusal appears here in words. */
final class ConfirmPage extends KioskPage {
    private static final long serialVersionUID = 1L;
    static final String ID = "booking.confirm";

    private final BookingPresenter presenter;
    private final WrappingText refusal = new WrappingText("confirm.refusal", "refusal");
    private final TouchButton book;
    private final TouchButton again;

    ConfirmPage(Look look, BookingPresenter presenter) {
        super(look, ID);
        this.presenter = presenter;
        book = new TouchButton("confirm.book", look.words().get("booking.confirm.book"), "primary", look.scale());
        book.addActionListener(e -> presenter.confirm());
        again = new TouchButton("confirm.again", look.words().get("booking.refused.again"), "tile", look.scale());
        again.addActionListener(e -> presenter.chooseAgain());
    }

    void show(Facility facility, Slot slot, Resident resident, int party, Quote quote, Wish wish, Optional<Refusal> refused) {
        setTitle(look.words().get(wish.titleKey()));
        setHint(look.words().get(wish == Wish.BOOK ? "booking.confirm.hint" : wish == Wish.WAIT ? "booking.wait.hint" : "booking.lottery.hint",
                look.words().get(wish.buttonKey())));
        book.setText(look.words().get(wish.buttonKey()));
        book.getAccessibleContext().setAccessibleName(book.getText());
        Formats formats = new Formats(look.words());
        // zoomed, each label above its value: half the width leaves no room beside it
        JPanel rows = new JPanel(new MigLayout("fillx, insets 0, gapy " + look.scale().mm(4) + (look.zoomed() ? ", wrap 1" : ", wrap 2"),
                look.zoomed() ? "[grow, fill]" : "[][grow, fill]"));
        rows.setOpaque(false);
        row(rows, "booking.confirm.name", resident.maskedName(), "confirm.name");
        row(rows, "booking.confirm.facility", Places.named(look, facility), "confirm.facility");
        row(rows, "booking.confirm.date", formats.date(slot.startsAt().toLocalDate()), "confirm.date");
        row(rows, "booking.confirm.time", formats.period(slot.startsAt(), slot.endsAt()), "confirm.time");
        row(rows, "booking.confirm.party", look.words().get("receipt.people", party), "confirm.party");
        boolean reduced = quote.basis() != FeeBasis.FULL && quote.basis() != FeeBasis.FREE_FACILITY;
        row(rows, "booking.confirm.fee", formats.money(quote.fee()) + (reduced
                ? " (" + look.words().get(quote.basis().messageKey()) + ")" : ""), "confirm.fee");
        content().removeAll();
        // a wide screen has room beside the details, not under them: the buttons and any refusal go on the right,
        // so a refusal of two lines never slips under the bottom bar
        boolean wide = look.landscape() && !look.zoomed();
        content().setLayout(wide
                ? new MigLayout("fillx, flowy, wrap 5, insets 0, gap " + look.gap(), "[grow 45, fill]" + look.gap() + "[grow 55, fill]")
                : new MigLayout("fillx, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]"));
        content().add(rows, wide ? "spany 5, aligny top, wrap" : "");
        if (facility.perSeat()) {
            TouchButton less = new TouchButton("confirm.partyLess", look.words().get("booking.party.less"), "nav", look.scale());
            TouchButton more = new TouchButton("confirm.partyMore", look.words().get("booking.party.more"), "nav", look.scale());
            less.setEnabled(party > 1);
            more.setEnabled(party < presenter.largestParty());
            less.addActionListener(e -> presenter.changeParty(-1));
            more.addActionListener(e -> presenter.changeParty(1));
            JPanel partyRow = new JPanel(new MigLayout("fillx, insets 0, gap " + look.gap() + (look.zoomed() ? ", wrap 1" : ""),
                    look.zoomed() ? "[grow, fill]" : "[grow, fill, sg p][grow, fill, sg p]"));
            partyRow.setOpaque(false);
            partyRow.add(less, "hmin " + look.button());
            partyRow.add(more, "hmin " + look.button());
            content().add(partyRow);
        }
        refusal.setText("");
        book.setEnabled(true);
        content().add(book, (wide ? "" : "gaptop " + look.scale().mm(8) + ", ") + "hmin " + look.bigButton());
        content().add(refusal, "growx");
        refresh();
        refused.ifPresent(r -> showRefusal(r, true));
    }

    void showRefusal(Refusal r, boolean canChooseAgain) {
        refusal.say(look.words().say(r));
        book.setEnabled(false);
        if (canChooseAgain && again.getParent() != content()) {
            content().add(again, "hmin " + look.button());
        }
        content().revalidate();
        content().repaint();
        again.requestFocusInWindow();
    }

    void setBusy(boolean busy) {
        book.setEnabled(!busy && refusal.getText().isEmpty());
    }

    private void row(JPanel rows, String labelKey, String value, String name) {
        JLabel label = new JLabel(look.words().get(labelKey));
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, "hint");
        org.madang.ui.widget.WrappingText v = new org.madang.ui.widget.WrappingText(name, "body");
        v.say(value);
        v.getAccessibleContext().setAccessibleName(look.words().get(labelKey) + " " + value);
        label.setLabelFor(v);
        rows.add(label, "top, gapright " + look.scale().mm(6));
        rows.add(v, "wmin 0");
    }
}
