package org.madang.kiosk.booking;

import org.madang.kiosk.shell.Formats;
import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.facility.Facility;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/** One facility in plain words: where it is, how many it takes, when it is open, what it costs and its house rules. */
final class FacilityPage extends KioskPage {
    private static final long serialVersionUID = 1L;
    static final String ID = "booking.facility";

    FacilityPage(Look look) {
        super(look, ID);
        setHint(look.words().get("booking.facility.hint"));
    }

    void show(Facility facility, BookingPresenter presenter) {
        String lang = look.words().language();
        Formats formats = new Formats(look.words());
        setTitle(facility.name().in(lang));
        JPanel rows = new JPanel(new MigLayout("fillx, wrap 2, insets 0, gapy " + look.scale().mm(4), "[][grow, fill]"));
        rows.setOpaque(false);
        row(rows, "booking.facility.about", facility.summary().in(lang), "facility.about");
        row(rows, "booking.facility.location", facility.location().in(lang), "facility.location");
        row(rows, "booking.facility.capacity", look.words().get(facility.perSeat() ? "booking.facility.seats" : "booking.facility.groups",
                facility.capacity()), "facility.capacity");
        row(rows, "booking.facility.hours", look.words().get("booking.facility.hoursText", facility.opensAt(), facility.closesAt(),
                facility.slotMinutes() >= 24 * 60 - 60 ? look.words().get("booking.facility.overnight")
                        : look.words().get("booking.facility.slotLength", facility.slotMinutes())), "facility.hours");
        row(rows, "booking.facility.fee", formats.fee(facility), "facility.fee");
        if (facility.popular()) {
            row(rows, "booking.facility.popular", look.words().get("booking.facility.popularText"), "facility.lottery");
        }
        String rules = facility.rules().in(lang);
        if (!rules.isBlank()) {
            row(rows, "booking.facility.rules", rules, "facility.rules");
        }
        TouchButton days = new TouchButton("facility.days", look.words().get("booking.facility.chooseDay"), "primary", look.scale());
        days.addActionListener(e -> presenter.chooseDays());
        content().removeAll();
        content().setLayout(new MigLayout("fill, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]", "[grow, fill][]"));
        content().add(scroller(rows));
        content().add(days, "hmin " + look.bigButton());
        refresh();
    }

    private void row(JPanel rows, String labelKey, String value, String name) {
        JLabel label = new JLabel(look.words().get(labelKey));
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, "hint");
        WrappingText text = new WrappingText(name, "body");
        text.say(value);
        text.getAccessibleContext().setAccessibleName(look.words().get(labelKey) + " " + value);
        label.setLabelFor(text);
        rows.add(label, "top, gapright " + look.scale().mm(6));
        rows.add(text, "wmin 10");
    }
}
