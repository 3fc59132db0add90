package org.madang.kiosk.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;
import org.madang.core.facility.DayAvailability;
import org.madang.core.facility.Facility;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.ViewportPanel;

/**
 * A calendar of the booking window: weeks from Monday, each day with how many times are free.
 * Full and closed days say so in words, not just in colour.
 */
final class DaysPage extends KioskPage {
    private static final long serialVersionUID = 1L;
    static final String ID = "booking.days";

    DaysPage(Look look) {
        super(look, ID);
        setHint(look.words().get("booking.days.hint"));
    }

    void show(Facility facility, List<DayAvailability> days, BookingPresenter presenter) {
        setTitle(facility.name().in(look.words().language()) + " · " + look.words().get("booking.days.title"));
        if (days.isEmpty()) {
            showNothing("days.none", look.words().get("booking.days.none"));
            return;
        }
        Map<LocalDate, DayAvailability> byDay = days.stream().collect(Collectors.toMap(DayAvailability::day, Function.identity()));
        ViewportPanel grid = new ViewportPanel(new MigLayout("fillx, wrap 7, insets 0, gap " + look.scale().mm(3),
                "[grow, fill, sg d]".repeat(7)), look.scale().mm(20));
        for (DayOfWeek dow : DayOfWeek.values()) {
            JLabel head = new JLabel(dow.getDisplayName(TextStyle.SHORT, look.words().locale()), SwingConstants.CENTER);
            grid.add(head);
        }
        Formats formats = new Formats(look.words());
        LocalDate first = days.get(0).day();
        LocalDate last = days.get(days.size() - 1).day();
        for (int i = 1; i < first.getDayOfWeek().getValue(); i++) {
            grid.add(new JLabel(""));
        }
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            DayAvailability a = byDay.get(d);
            int free = a == null ? 0 : a.freeSlots();
            String state = a == null ? look.words().get("booking.days.closed")
                    : free == 0 ? look.words().get("booking.days.full") : look.words().get("booking.days.free", free);
            String month = d.getDayOfMonth() == 1 || d.equals(first) ? "<small>" + d.getMonthValue() + "/</small>" : "";
            TouchButton b = new TouchButton("day." + d, "<html><center><b>" + month + d.getDayOfMonth() + "</b><br><small>"
                    + state + "</small></center></html>", free > 0 ? "day" : "dayClosed", look.scale());
            b.getAccessibleContext().setAccessibleName(formats.date(d) + ", " + state);
            b.setEnabled(free > 0);
            LocalDate chosen = d;
            b.addActionListener(e -> presenter.chooseDay(chosen));
            grid.add(b, "hmin " + look.scale().mm(30));
        }
        showScrolling(grid);
    }
}
