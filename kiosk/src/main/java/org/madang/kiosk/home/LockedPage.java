package org.madang.kiosk.home;

import java.util.List;
import java.util.function.UnaryOperator;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;
import org.madang.kiosk.shell.Look;
import org.madang.ui.Messages;
import org.madang.ui.widget.Pictograms;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/**
 * The kiosk locked from the counter ("점검 중"): the title in each of the site's languages, the
 * words the clerk wrote, where else to go, and the staff call — the one thing still offered.
 */
public final class LockedPage extends JPanel {
    private static final long serialVersionUID = 1L;
    public static final String ID = "locked";
    private static final double PICTURE_MM = 40;

    private final transient Look look;
    private final WrappingText message = new WrappingText("locked.message", "title");
    private final WrappingText coming = new WrappingText("locked.staffComing", "body");

    /**
     * @param languages the site's languages: the title is said in each, in a font that shows it
     * @param callStaff raises the staff call (its answer comes back through {@link #staffComing})
     */
    public LockedPage(Look look, List<String> languages, UnaryOperator<String> fontOf, Runnable callStaff) {
        super(new MigLayout("fill, wrap 1, insets " + look.scale().mm(10) + ", gap " + look.gap(), "[grow, fill]"));
        this.look = look;
        setName("screen.locked");
        JLabel picture = new JLabel(Pictograms.of("maintenance", this, look.scale().mm(PICTURE_MM)));
        picture.setName("locked.picture");
        picture.setHorizontalAlignment(SwingConstants.LEADING);
        add(picture, "pushy, bottom");
        String own = look.words().language();
        // the session's language first, the others under it, each in its own letters
        List<String> order = new java.util.ArrayList<>(List.of(own));
        languages.stream().filter(l -> !l.equals(own)).forEach(order::add);
        for (String lang : order) {
            WrappingText title = new WrappingText("locked.title." + lang, lang.equals(own) ? "title" : "heading");
            title.say(Messages.forLanguage(lang).get("kiosk.locked.title"));
            if (!lang.equals(own)) {
                title.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE, "font: bold \"" + fontOf.apply(lang) + "\"");
            }
            add(title);
        }
        add(message, "gaptop " + look.gap());
        WrappingText elsewhere = new WrappingText("locked.elsewhere", "body");
        elsewhere.say(look.words().get("kiosk.locked.elsewhere"));
        add(elsewhere);
        TouchButton staff = new TouchButton("locked.staff", look.words().get("kiosk.staff.call"), "primary", look.scale());
        staff.addActionListener(e -> callStaff.run());
        coming.setVisible(false);
        add(coming, "pushy, bottom");
        add(staff, "center, wmin " + look.scale().mm(100) + ", hmin " + look.bigButton());
    }

    /** The words the clerk wrote when locking the kiosk. */
    public void showMessage(String words) {
        message.say(words);
    }

    /** The staff call reached the counter. */
    public void staffComing() {
        coming.say(look.words().get("kiosk.staff.coming"));
        coming.setVisible(true);
        revalidate();
    }

    /** The words shown now (for tests). */
    public String message() {
        return message.getText();
    }
}
