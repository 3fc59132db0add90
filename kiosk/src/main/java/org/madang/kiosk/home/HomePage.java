package org.madang.kiosk.home;

import java.util.List;
import javax.swing.JPanel;
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

    private final transient Look look;
    private final java.util.Map<String, TouchButton> buttons = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, Tile> byName = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, String> titles = new java.util.HashMap<>();
    private final java.util.Map<String, String> styles = new java.util.HashMap<>();
    /** The services paused for a failing device, each with the words saying why. */
    private java.util.Map<String, String> paused = java.util.Map.of();
    /** What a paused service says when touched, by tile name (why, and where else to go). */
    private java.util.Map<String, String> said = java.util.Map.of();
    /** Said above the tiles in place of the usual hint while something has paused services, if anything. */
    private java.util.Optional<String> headline = java.util.Optional.empty();

    public HomePage(Look look, List<Tile> tiles, LanguageButtons languages) {
        super(look, ID);
        this.look = look;
        setTitle(look.words().get("kiosk.home.title"));
        setHint(look.words().get("kiosk.home.hint"));
        // a wide screen takes three across up to six services, then as many as make two rows; a tall one two across
        // zoomed: the look's fewer columns, each tile as tall as its words need, the screen scrolling
        int columns = look.zoomed() ? look.columns() : look.landscape() ? (tiles.size() <= 6 ? 3 : (tiles.size() + 1) / 2) : 2;
        // the tiles fill the screen when they fit it, and scroll when they do not (long words, a short screen)
        JPanel grid = org.madang.ui.widget.ViewportPanel.fillingHeight(new MigLayout((look.zoomed() ? "fillx" : "fill") + ", wrap " + columns + ", insets 0, gap " + look.gap(), "[grow, fill, sg t]".repeat(columns),
                ""), look.scale().mm(20));
        content().setLayout(new MigLayout("fill, insets 0"));
        content().add(scroller(grid), "grow");
        // on a wide screen the first service takes the cells the others leave over on its row
        int rows = (tiles.size() + columns - 1) / columns;
        int left = rows * columns - tiles.size();
        boolean first = true;
        // a tall screen: the first service on a row of its own, and the last one across its row when the others leave it alone there
        boolean alone = !look.landscape() && columns > 1;
        boolean lastAcross = !look.landscape() && columns > 1 && (tiles.size() - 1) % columns != 0;
        Tile last = tiles.get(tiles.size() - 1);
        // a wide screen of four or more across: narrow tiles, the name in the tile's own size
        boolean crowded = look.landscape() && columns > 3 && !look.zoomed();
        // beside the words on a wide screen, or a tall one of many rows; above them otherwise
        boolean beside = look.landscape() || tiles.size() > 6 || look.low();
        for (Tile s : tiles) {
            String name = look.words().get(s.titleKey());
            String title = crowded ? "<b>" + name + "</b>" : "<b><big>" + name + "</big></b>";
            TouchButton tile = new TouchButton(s.name(), "<html><center>" + title + "<br>" + look.words().get(s.hintKey())
                    + "</center></html>", first ? "primaryTile" : "tile", look.scale());
            tile.getAccessibleContext().setAccessibleName(name + ". " + look.words().get(s.hintKey()));
            tile.setIcon(Pictograms.of(s.picture(), tile, look.scale().mm(crowded ? PICTURE_MM * 0.7 : PICTURE_MM)));
            // above the words on a tall screen; beside them on a wide one, or when many rows make them short
            tile.setVerticalTextPosition(beside ? SwingConstants.CENTER : SwingConstants.BOTTOM);
            tile.setHorizontalTextPosition(beside ? SwingConstants.TRAILING : SwingConstants.CENTER);
            tile.setIconTextGap(look.scale().mm(2));
            tile.addActionListener(e -> {
                String why = paused.get(s.name());
                if (why == null) {
                    s.open().run();
                } else {
                    // a paused service says why instead of opening (its tile says so too), and where else to go
                    setHint(said.getOrDefault(s.name(), look.words().get("kiosk.paused.touched", why)));
                }
            });
            buttons.put(s.name(), tile);
            byName.put(s.name(), s);
            styles.put(s.name(), first ? "primaryTile" : "tile");
            titles.put(s.name(), title);
            String span = first && alone || s == last && lastAcross ? "span " + columns + ", "
                    : first && look.landscape() && left > 0 ? "span " + (1 + left) + ", " : "";
            if (look.zoomed()) {
                span = first && left > 0 ? "span " + (1 + left) + ", " : "";
            }
            grid.add(tile, span + "grow, push, hmin " + look.scale().mm(45));
            first = false;
        }
        grid.add(languages, "newline, span, center");
    }

    /**
     * Pauses the services named (by tile name) with the words saying why (a device they need is
     * failing, or the county lost) and resumes the others: a paused tile says why in place of its
     * line, and touching it says it again above the tiles instead of opening the service — what
     * {@code touched} gives for a tile, else "use another kiosk or the counter" (which does not help
     * when every kiosk and counter has lost the county). {@code headline}, when there is one, takes
     * the place of the usual hint: what has happened, said once above the tiles.
     */
    public void pause(java.util.Map<String, String> why, java.util.Map<String, String> touched, java.util.Optional<String> headline) {
        paused = java.util.Map.copyOf(why);
        said = java.util.Map.copyOf(touched);
        this.headline = headline;
        buttons.forEach((name, tile) -> {
            Tile s = byName.get(name);
            String line = paused.getOrDefault(name, look.words().get(s.hintKey()));
            tile.setText("<html><center>" + titles.get(name) + "<br>" + (paused.containsKey(name) ? reasonBelow(line) : line)
                    + "</center></html>");
            tile.getAccessibleContext().setAccessibleName(look.words().get(s.titleKey()) + ". " + line);
            tile.putClientProperty(PAUSED, paused.containsKey(name));
            // greyed like a full slot, not the accent that invites a touch
            tile.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE_CLASS,
                    paused.containsKey(name) ? "full" : styles.get(name));
        });
        setHint(headline.orElseGet(() -> look.words().get("kiosk.home.hint")));
        revalidate();
        repaint();
    }

    /**
     * A paused tile's words with the reason on a line of its own ("잠시 멈춤" above "(군청 연결
     * 끊김)"): a narrow tile would otherwise break the Korean line inside a word ("끊" / "김").
     */
    static String reasonBelow(String line) {
        return line.replaceFirst("\\s*([(（])", "<br>$1");
    }

    /** A tile's client property: true while its service is paused. */
    public static final String PAUSED = "madang.paused";
}
