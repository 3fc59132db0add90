package org.madang.kiosk.home;

import java.util.List;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.Pictograms;
import org.madang.ui.widget.TouchButton;

/** "What would you like to do?": a tile for each service that works on this kiosk, and the language choice. */
public final class HomePage extends KioskPage {
    private static final long serialVersionUID = 1L;
    public static final String ID = "home";

    /**
     * A tile on the home screen: a service: its component name, its pictogram, the message keys
     * of its name and one line about it, and what it opens.
     */
    public record Tile(String name, String picture, String titleKey, String hintKey, Runnable open) {
    }

    /** A service's pictogram, above its name. */
    private static final double PICTURE_MM = 26;

    public HomePage(Look look, List<Tile> tiles, LanguageButtons languages) {
        super(look, ID);
        setTitle(look.words().get("kiosk.home.title"));
        setHint(look.words().get("kiosk.home.hint"));
        // a wide screen takes three across, or four for seven services; the first one twice as wide where that fills the rows
        int columns = look.landscape() ? (tiles.size() == 7 ? 4 : 3) : 2;
        content().setLayout(new MigLayout("fill, wrap " + columns + ", insets 0, gap " + look.gap(), "[grow, fill, sg t]".repeat(columns),
                ""));
        // the first service gets a row of its own when the others then fill their rows
        boolean first = true;
        boolean alone = (tiles.size() - 1) % columns == 0;
        // beside the words on a wide screen of three across, or a tall one of many rows; above them otherwise
        boolean beside = look.landscape() ? columns == 3 : tiles.size() > 6;
        for (Tile s : tiles) {
            String name = look.words().get(s.titleKey());
            TouchButton tile = new TouchButton(s.name(), "<html><center><b><big>" + name + "</big></b><br>" + look.words().get(s.hintKey())
                    + "</center></html>", first ? "primaryTile" : "tile", look.scale());
            tile.getAccessibleContext().setAccessibleName(name + ". " + look.words().get(s.hintKey()));
            tile.setIcon(Pictograms.of(s.picture(), tile, look.scale().mm(columns > 3 ? PICTURE_MM * 0.7 : PICTURE_MM)));
            // above the words on a tall screen; beside them on a wide one, or when many rows make them short
            tile.setVerticalTextPosition(beside ? SwingConstants.CENTER : SwingConstants.BOTTOM);
            tile.setHorizontalTextPosition(beside ? SwingConstants.TRAILING : SwingConstants.CENTER);
            tile.setIconTextGap(look.scale().mm(2));
            tile.addActionListener(e -> s.open().run());
            String span = first && alone && !look.landscape() ? "span " + columns + ", "
                    : first && look.landscape() && tiles.size() > 6 && (tiles.size() + 1) % columns == 0 ? "span 2, " : "";
            content().add(tile, span + "grow, push, hmin " + look.scale().mm(45));
            first = false;
        }
        content().add(languages, "newline, span, center");
    }
}
