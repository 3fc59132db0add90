package org.madang.kiosk.home;

import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.TouchButton;

/** The waiting screen: the site's name and one screen-wide button that wakes the kiosk. */
public final class IdlePage extends JPanel {
    private static final long serialVersionUID = 1L;
    public static final String ID = "idle";

    public IdlePage(Look look, String siteName, Runnable wake, LanguageButtons languages) {
        super(new MigLayout("fill, wrap 1, insets " + look.scale().mm(10), "[grow, fill]", "[grow, fill][]"));
        String touch = look.words().get("kiosk.idle.touch");
        TouchButton start = new TouchButton("idle.start", "<html><center><b><big>" + touch + "</big></b><br><br>"
                + look.words().get("kiosk.idle.services") + "</center></html>", "wake", look.scale());
        start.getAccessibleContext().setAccessibleName(siteName + ". " + touch);
        start.addActionListener(e -> wake.run());
        add(start);
        add(languages, "center");
    }
}
