package org.madang.kiosk.booking;

import org.madang.core.booking.CalendarDay;
import org.madang.ui.Formats;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;
import org.madang.core.booking.BookingCalendar;
import org.madang.core.facility.Facility;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.KeptButtons;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.ViewportPanel;

/**
 * A calendar of the booking window: weeks from Monday, each day with how many times are free.
 * Full and closed days say so in words, not just in colour.
 */
final class DaysPage extends KioskPage {
    private static final long serialVersionUID = 1L;
    static final String ID = "booking.days";

    private final ViewportPanel grid;
    private final KeptButtons buttons;
    private transient List<CalendarDay> shown = List.of();

    DaysPage(Look look, BookingPresenter presenter) {
        super(look, ID);
        setHint(look.words().get("booking.days.hint"));
        // columns may narrow below their words' width: a day's lines then wrap (zoomed, a wide word needs two)
        grid = new ViewportPanel(new MigLayout("fillx, wrap 7, insets 0, gap " + look.scale().mm(3),
                "[10::, grow, fill, sg d]".repeat(7)), look.scale().mm(20));
        for (DayOfWeek dow : DayOfWeek.values()) {
            // zoomed, a column is too narrow for "Wed" at twice the size: the one-letter form
            JLabel heading = new JLabel(dow.getDisplayName(look.zoomed() ? TextStyle.NARROW : TextStyle.SHORT, look.words().locale()),
                    SwingConstants.CENTER);
            // each day's button says its weekday: the column heads are for the eye only
            heading.putClientProperty(org.madang.kiosk.shell.VoiceGuide.SILENT, Boolean.TRUE);
            grid.add(heading, "wmin 0");
        }
        buttons = new KeptButtons(grid, i -> presenter.chooseDay(shown.get(i).day()));
    }

    /** Weeks from Monday; the day buttons are kept from the last calendar and given this one's days. */
    void show(Facility facility, List<CalendarDay> days) {
        setTitle(facility.name().in(look.words().language()) + " · " + look.words().get("booking.days.title"));
        if (days.stream().noneMatch(CalendarDay::choosable)) {
            showNothing("days.none", look.words().get("booking.days.none"));
            return;
        }
        this.shown = List.copyOf(days);
        Formats formats = new Formats(look.words());
        LocalDate first = days.get(0).day();
        // every word at full size, one word a line: a narrow portrait column still reads at the site's glyph height
        int rows = 3;
        int height = Math.max((int) Math.ceil(look.scale().bodyFontPx() * 1.35 * rows) + look.scale().mm(4), look.scale().mm(30));
        int skip = first.getDayOfWeek().getValue() - 1;
        List<TouchButton> cells = buttons.show(days.size(), i -> new TouchButton("day", "", "day", look.scale()),
                i -> (i == 0 && skip > 0 ? "skip " + skip + ", " : "") + "hmin " + height);
        for (int i = 0; i < days.size(); i++) {
            CalendarDay d = days.get(i);
            String state = state(d, formats);
            String month = d.day().getDayOfMonth() == 1 || i == 0 ? d.day().getMonthValue() + "/" : "";
            List<String> lines = new java.util.ArrayList<>();
            lines.add(month + d.day().getDayOfMonth());
            lines.addAll(List.of(state.split(" ")));
            TouchButton b = cells.get(i);
            b.setName("day." + d.day());
            b.setStyleClass(d.choosable() && (d.freeSlots() > 0 || d.phase() instanceof BookingCalendar.Phase.LotteryEntry)
                    ? "day" : "dayClosed");
            b.setLines(lines, true, look.scale());
            b.getAccessibleContext().setAccessibleName(formats.date(d.day()) + ", " + state);
            b.setEnabled(d.choosable());
        }
        showScrolling(grid);
    }

    /** The few words under a day's number: never colour alone. */
    private String state(CalendarDay d, Formats formats) {
        if (d.phase() instanceof BookingCalendar.Phase.NotYet notYet) {
            return look.words().get("booking.days.opens", formats.dayShort(notYet.residentsFrom().toLocalDate()));
        }
        if (d.phase() instanceof BookingCalendar.Phase.LotteryEntry) {
            return look.words().get("booking.days.lottery");
        }
        if (d.phase() instanceof BookingCalendar.Phase.Drawn) {
            return look.words().get("booking.days.drawn");
        }
        if (d.slots() == 0) {
            return look.words().get("booking.days.closed");
        }
        return d.freeSlots() == 0 ? look.words().get("booking.days.full") : look.words().get("booking.days.free", d.freeSlots());
    }
}
