package org.madang.kiosk.booking;

import org.madang.ui.Formats;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.miginfocom.swing.MigLayout;
import org.madang.core.facility.Facility;
import org.madang.core.facility.Slot;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.KeptButtons;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.ViewportPanel;

/** The times of one day: each says in words how much is left; a full one offers the waiting list, a lottery day's its lottery. */
final class SlotsPage extends KioskPage {
    private static final long serialVersionUID = 1L;
    static final String ID = "booking.slots";

    private final ViewportPanel grid;
    private final KeptButtons buttons;
    private transient List<Slot> shown = List.of();

    SlotsPage(Look look, BookingPresenter presenter) {
        super(look, ID);
        setHint(look.words().get("booking.slots.hint"));
        int columns = look.columns();
        grid = new ViewportPanel(new MigLayout("fillx, wrap " + columns + ", insets 0, gap " + look.gap(),
                "[grow, fill, sg s]".repeat(columns)), look.scale().mm(20));
        buttons = new KeptButtons(grid, i -> presenter.chooseSlot(shown.get(i)));
    }

    void show(Facility facility, LocalDate day, List<Slot> slots, Optional<Map<Long, Integer>> lotteryEntries) {
        Formats formats = new Formats(look.words());
        setTitle(facility.name().in(look.words().language()) + " · " + formats.date(day));
        setHint(look.words().get(lotteryEntries.isPresent() ? "booking.slots.lotteryHint" : "booking.slots.hint"));
        if (slots.isEmpty()) {
            showNothing("slots.none", look.words().get("booking.slots.none"));
            return;
        }
        this.shown = List.copyOf(slots);
        String height = "hmin " + look.scale().mm(40);
        List<TouchButton> cells = buttons.show(slots.size(), i -> new TouchButton("slot", "", "slot", look.scale()), i -> height);
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            String left = lotteryEntries.map(e -> look.words().get("booking.slots.entries", e.getOrDefault(s.id(), 0), s.capacity()))
                    .orElseGet(() -> state(facility, s));
            String period = formats.period(s.startsAt(), s.endsAt());
            boolean waitOnly = lotteryEntries.isEmpty() && s.isFull();
            TouchButton b = cells.get(i);
            b.setName("slot." + s.startsAt().toLocalTime());
            b.setStyleClass(waitOnly ? "full" : "slot");
            b.setLines(List.of(period, left), true, look.scale());
            b.getAccessibleContext().setAccessibleName(period + ", " + left);
        }
        showScrolling(grid);
    }

    /** How much is left, in words; a full time offers the waiting list. */
    private String state(Facility facility, Slot s) {
        if (s.isFull()) {
            return look.words().get("booking.slots.fullWait");
        }
        return facility.perSeat() || s.capacity() > 1 ? look.words().get("booking.slots.free", s.free())
                : look.words().get("booking.slots.open");
    }
}
