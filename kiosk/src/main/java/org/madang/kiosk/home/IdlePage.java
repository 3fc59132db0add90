package org.madang.kiosk.home;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.TouchButton;

/** The waiting screen: the site's name and one screen-wide button that wakes the kiosk. */
public final class IdlePage extends JPanel {
    private static final long serialVersionUID = 1L;
    public static final String ID = "idle";

    public IdlePage(Look look, String siteName, Runnable wake, LanguageButtons languages) {
        super(new MigLayout("fill, wrap 1, insets " + look.scale().mm(10), "[grow, fill]", "[][grow, fill][]"));
        JLabel site = new JLabel(siteName, SwingConstants.CENTER);
        site.setName("idle.site");
        site.putClientProperty(FlatClientProperties.STYLE_CLASS, "title");
        String touch = look.words().get("kiosk.idle.touch");
        TouchButton start = new TouchButton("idle.start", Look.lines(touch + "\n\n" + look.words().get("kiosk.idle.services")), "primary", look.scale());
        start.getAccessibleContext().setAccessibleName(touch);
        start.addActionListener(e -> wake.run());
        add(site);
        add(start);
        add(languages, "center");
    }
}
