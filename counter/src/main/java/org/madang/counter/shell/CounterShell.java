package org.madang.counter.shell;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.ButtonGroup;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;
import org.madang.ui.Messages;

/**
 * The clerk's integrated window (COUNTER.md): the top bar above, a left rail of workspaces,
 * the chosen workspace in the middle. Alt+1… choose a workspace; other keys are bound with
 * {@link #bind}, for the whole window, so they work whatever has the focus. Only workspaces
 * that are built are on the rail.
 */
public final class CounterShell extends JPanel {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final CardLayout cards = new CardLayout();
    private final JPanel deck = new JPanel(cards);
    private final JPanel rail = new JPanel(new MigLayout("wrap 1, insets 8, gap 4", "[grow, fill]"));
    private final ButtonGroup railGroup = new ButtonGroup();
    private final Map<String, JToggleButton> railButtons = new LinkedHashMap<>();
    private final List<Consumer<String>> listeners = new ArrayList<>();
    private final javax.swing.JMenuBar menuBar = new javax.swing.JMenuBar();
    private final Map<String, javax.swing.JMenu> menus = new LinkedHashMap<>();
    private String current;

    /** @param top the top bar and anything that stays above every workspace (staff-call alerts) */
    public CounterShell(Messages words, JComponent top) {
        super(new BorderLayout());
        this.words = words;
        setName("counter.shell");
        rail.setName("counter.rail");
        rail.putClientProperty(FlatClientProperties.STYLE_CLASS, "rail");
        deck.setName("counter.workspaces");
        menuBar.setName("counter.menu");
        JPanel north = new JPanel(new BorderLayout());
        north.add(menuBar, BorderLayout.NORTH);
        north.add(top, BorderLayout.CENTER);
        add(north, BorderLayout.NORTH);
        add(rail, BorderLayout.WEST);
        add(deck, BorderLayout.CENTER);
    }

    /** Adds a workspace to the rail (in order: Alt+1 is the first) and the deck. */
    public void addWorkspace(String id, String titleKey, JComponent workspace) {
        int index = railButtons.size() + 1;
        String title = words.get(titleKey);
        JToggleButton b = new JToggleButton(title);
        b.setName("rail." + id);
        b.setHorizontalAlignment(JToggleButton.LEADING);
        b.setToolTipText(words.get("counter.shortcut", title, "Alt+" + index));
        b.addActionListener(e -> show(id));
        railGroup.add(b);
        railButtons.put(id, b);
        rail.add(b, "hmin 40");
        deck.add(workspace, id);
        if (index <= 9) {
            act("counter.menu.go", titleKey, KeyStroke.getKeyStroke(KeyEvent.VK_0 + index, InputEvent.ALT_DOWN_MASK), "workspace." + id,
                    () -> show(id));
        }
        if (current == null) {
            show(id);
        }
    }

    public void show(String id) {
        if (!railButtons.containsKey(id)) {
            throw new IllegalArgumentException("no workspace '" + id + "'");
        }
        current = id;
        cards.show(deck, id);
        railButtons.get(id).setSelected(true);
        listeners.forEach(l -> l.accept(id));
    }

    public String current() {
        return current;
    }

    /** Told each time a workspace is shown. */
    public void onShown(Consumer<String> listener) {
        listeners.add(listener);
    }

    /**
     * An act on a key for the whole window, also in the menu bar's {@code menuKey} menu under its
     * words with the key (the menu item does not hold the key itself: the window's binding does,
     * and it is off while the window is locked or signed out).
     */
    public void act(String menuKey, String labelKey, KeyStroke key, String name, Runnable action) {
        bind(key, name, action);
        item(menuKey, words.get("counter.shortcut", words.get(labelKey), keyText(key)), name, action);
    }

    /** An act with no key of its own, in the menu bar only. */
    public void act(String menuKey, String labelKey, String name, Runnable action) {
        item(menuKey, words.get(labelKey), name, action);
    }

    private void item(String menuKey, String text, String name, Runnable action) {
        javax.swing.JMenu menu = menus.computeIfAbsent(menuKey, k -> {
            javax.swing.JMenu m = new javax.swing.JMenu(words.get(k));
            m.setName(k);
            menuBar.add(m);
            return m;
        });
        javax.swing.JMenuItem item = new javax.swing.JMenuItem(text);
        item.setName("menu." + name);
        item.addActionListener(e -> action.run());
        menu.add(item);
    }

    /** Puts the menus in this order (those that have items), the rest after them. */
    public void menuOrder(String... keys) {
        menuBar.removeAll();
        for (String k : keys) {
            if (menus.containsKey(k)) {
                menuBar.add(menus.get(k));
            }
        }
        menus.forEach((k, m) -> {
            if (!java.util.Arrays.asList(keys).contains(k)) {
                menuBar.add(m);
            }
        });
        menuBar.revalidate();
    }

    /** How a key reads in a menu or tooltip: {@code F5}, {@code Ctrl+R}, {@code Alt+1}. */
    public static String keyText(KeyStroke key) {
        String modifiers = InputEvent.getModifiersExText(key.getModifiers());
        String name = KeyEvent.getKeyText(key.getKeyCode());
        return modifiers.isEmpty() ? name : modifiers + "+" + name;
    }

    /** A key for the whole window. */
    public void bind(KeyStroke key, String name, Runnable action) {
        getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(key, name);
        getActionMap().put(name, new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }
}
