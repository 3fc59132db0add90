package org.madang.kiosk.booking;

import org.madang.ui.Formats;
import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JLabel;
import java.awt.Point;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import net.miginfocom.swing.MigLayout;
import org.madang.core.facility.Facility;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/** One facility in plain words, under its picture: where it is, how many it takes, when it is open, what it costs and its house rules. */
final class FacilityPage extends KioskPage {
    private static final long serialVersionUID = 1L;
    static final String ID = "booking.facility";

    private final JScrollPane about;
    private final org.madang.ui.widget.ScaledPicture picture;
    private final Row summary;
    private final Row location;
    private final Row capacity;
    private final Row hours;
    private final Row fee;
    private final Row lottery;
    private final Row rules;

    FacilityPage(Look look, BookingPresenter presenter) {
        super(look, ID);
        setHint(look.words().get("booking.facility.hint"));
        // headings beside their words; above them when zoomed, where the screen is only half as wide
        JPanel rows = new org.madang.ui.widget.ViewportPanel(new MigLayout("fillx, hidemode 3, insets 0, gapy " + look.scale().mm(4)
                + (look.zoomed() ? ", wrap 1" : ", wrap 2"), look.zoomed() ? "[grow, fill]" : "[][grow, fill]"), look.scale().mm(20));
        // the facility's picture, outside the words' scrolling (always in sight), when the centre keeps one
        picture = new org.madang.ui.widget.ScaledPicture("facility.picture", look.scale().mm(look.landscape() ? 60 : 110));
        summary = new Row(rows, "booking.facility.about", "facility.about");
        location = new Row(rows, "booking.facility.location", "facility.location");
        capacity = new Row(rows, "booking.facility.capacity", "facility.capacity");
        hours = new Row(rows, "booking.facility.hours", "facility.hours");
        fee = new Row(rows, "booking.facility.fee", "facility.fee");
        lottery = new Row(rows, "booking.facility.popular", "facility.lottery");
        rules = new Row(rows, "booking.facility.rules", "facility.rules");
        TouchButton days = new TouchButton("facility.days", look.words().get("booking.facility.chooseDay"), "primary", look.scale());
        days.addActionListener(e -> presenter.chooseDays());
        // on a wide screen, whose height is short, the button beside the words: they keep the whole height
        boolean beside = look.landscape() && !look.zoomed();
        content().setLayout(beside
                ? new MigLayout("fill, hidemode 3, insets 0, gap " + look.gap(), "[grow, fill][]", "[][grow, fill]")
                : new MigLayout("fill, hidemode 3, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]", "[][grow, fill][]"));
        about = scroller(rows);
        // wide: the picture above the button, beside the words (they keep the whole height); tall: above the words
        content().add(about, beside ? "cell 0 0, spany 2, grow" : "cell 0 1");
        content().add(picture, beside ? "cell 1 0, aligny top, growx" : "cell 0 0");
        content().add(days, (beside ? "cell 1 1, aligny bottom, growx, wmin " + look.scale().mm(80) + ", " : "cell 0 2, ") + "hmin " + look.bigButton());
    }

    /** Puts the facility's words in the page's rows; a facility without house rules or lottery has no such row. */
    void show(Facility facility, java.util.Optional<byte[]> pictureBytes) {
        picture.show(pictureBytes);
        picture.getAccessibleContext().setAccessibleName(look.words().get("booking.facility.picture", facility.name().in(look.words().language())));
        String lang = look.words().language();
        Formats formats = new Formats(look.words());
        setTitle(facility.name().in(lang));
        summary.say(facility.summary().in(lang));
        location.say(Places.of(look, facility));
        capacity.say(look.words().get(facility.perSeat() ? "booking.facility.seats" : "booking.facility.groups", facility.capacity()));
        hours.say(look.words().get("booking.facility.hoursText", facility.opensAt(), facility.closesAt(),
                facility.slotMinutes() >= 24 * 60 - 60 ? look.words().get("booking.facility.overnight")
                        : look.words().get("booking.facility.slotLength", facility.slotMinutes())));
        fee.say(formats.fee(facility));
        lottery.say(facility.popular() ? look.words().get("booking.facility.popularText") : "");
        rules.say(facility.rules().in(lang));
        about.getViewport().setViewPosition(new Point(0, 0));
        refresh();
    }

    /** A label and its words; a row with no words is hidden. */
    private final class Row {
        private final String label;
        private final JLabel heading;
        private final WrappingText text;

        Row(JPanel rows, String labelKey, String name) {
            label = look.words().get(labelKey);
            heading = new JLabel(label);
            heading.putClientProperty(FlatClientProperties.STYLE_CLASS, "hint");
            text = new WrappingText(name, "body");
            heading.setLabelFor(text);
            rows.add(heading, "top, gapright " + look.scale().mm(6));
            rows.add(text, "wmin 10");
        }

        void say(String value) {
            boolean shown = !value.isBlank();
            heading.setVisible(shown);
            text.setVisible(shown);
            text.say(value);
            text.getAccessibleContext().setAccessibleName(label + " " + value);
        }
    }
}
