package org.madang.kiosk.home;

import net.miginfocom.swing.MigLayout;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.TouchButton;

/** "What would you like to do?": a tile for each service that works on this kiosk, and the language choice. */
public final class HomePage extends KioskPage {
    private static final long serialVersionUID = 1L;
    public static final String ID = "home";

    public HomePage(Look look, Runnable booking, LanguageButtons languages) {
        super(look, ID);
        setTitle(look.words().get("kiosk.home.title"));
        setHint(look.words().get("kiosk.home.hint"));
        content().setLayout(new MigLayout("fillx, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]", "[][grow][]"));
        String name = look.words().get("kiosk.home.booking");
        TouchButton tile = new TouchButton("home.booking", "<html><center><b><big>" + name + "</big></b><br>" + look.words().get("kiosk.home.booking.hint") + "</center></html>", "tile", look.scale());
        tile.getAccessibleContext().setAccessibleName(name);
        tile.addActionListener(e -> booking.run());
        content().add(tile, "hmin " + look.scale().mm(90));
        content().add(new javax.swing.JLabel(), "grow");
        content().add(languages, "center");
    }
}
