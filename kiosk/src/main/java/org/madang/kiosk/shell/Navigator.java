package org.madang.kiosk.shell;

import java.awt.CardLayout;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JPanel;

/**
 * The kiosk's one way of changing screens: a card stack with home and back. Every screen has a
 * stable id, used by navigation, tests, screenshots and practice lessons.
 */
public final class Navigator {
    /** Sized by the screen showing, not the largest one: a zoomed screen scrolls only as far as it reaches. */
    private final CardLayout cards = new CardLayout() {
        private static final long serialVersionUID = 1L;

        @Override
        public java.awt.Dimension preferredLayoutSize(java.awt.Container parent) {
            for (java.awt.Component c : parent.getComponents()) {
                if (c.isVisible()) {
                    java.awt.Dimension d = c.getPreferredSize();
                    java.awt.Insets in = parent.getInsets();
                    return new java.awt.Dimension(d.width + in.left + in.right, d.height + in.top + in.bottom);
                }
            }
            return super.preferredLayoutSize(parent);
        }
    };
    private final JPanel deck = new JPanel(cards);
    private final Map<String, JComponent> screens = new LinkedHashMap<>();
    /** Screens made the first time they are shown or asked for. */
    private final Map<String, java.util.function.Supplier<? extends JComponent>> later = new LinkedHashMap<>();
    private final Deque<String> history = new ArrayDeque<>();
    private final String homeId;
    private final Replay replay;
    private Consumer<String> listener = id -> { };
    private String current;

    /** A navigator for screens built once, whose presenters need not outlive them. */
    public Navigator(String homeId) {
        this(homeId, new Replay());
    }

    /** @param replay keeps the visit's presenters (and what they showed) across rebuilt screens */
    public Navigator(String homeId, Replay replay) {
        this.homeId = homeId;
        this.replay = replay;
        deck.setName("screens");
    }

    public void register(String id, JComponent screen) {
        screen.setName("screen." + id);
        screens.put(id, screen);
        deck.add(screen, id);
    }

    /** A screen made by {@code make} the first time it is shown or asked for (it then registers itself as {@link #register} does). */
    public void registerLater(String id, java.util.function.Supplier<? extends JComponent> make) {
        later.put(id, make);
    }

    /** Makes a screen registered to be made later, if it is not made yet. */
    private void made(String id) {
        java.util.function.Supplier<? extends JComponent> make = later.remove(id);
        if (make != null) {
            register(id, make.get());
        }
    }

    /** Shows a screen and remembers the one before it for {@link #back()}. */
    public void show(String id) {
        made(id);
        if (!screens.containsKey(id)) {
            throw new IllegalArgumentException("no screen '" + id + "'");
        }
        if (current != null && !current.equals(id)) {
            history.push(current);
        }
        display(id);
    }

    /** Shows a screen that cannot be gone back from (a booking is done: Back leads home, not to "Book now"). */
    public void showWithoutReturn(String id) {
        history.clear();
        display(id);
    }

    /** Goes to the previous screen; from the first one, home. */
    public void back() {
        display(history.isEmpty() ? homeId : history.pop());
    }

    /** Goes home and forgets the way here. */
    public void home() {
        history.clear();
        display(homeId);
    }

    /** Shows a screen with no way back (the idle screen after a reset). */
    public void restart(String id) {
        history.clear();
        display(id);
    }

    private void display(String id) {
        made(id);
        current = id;
        cards.show(deck, id);
        listener.accept(id);
    }

    /**
     * Goes back to {@code id} if it is on the way back from here.
     *
     * @return whether {@code id} is showing now
     */
    public boolean backTo(String id) {
        if (id.equals(current)) {
            return true;
        }
        if (!history.contains(id)) {
            return false;
        }
        while (!id.equals(history.peek())) {
            history.pop();
        }
        display(history.pop());
        return true;
    }

    /** Where the screens' presenters are kept across a rebuild of the screens. */
    public Replay replay() {
        return replay;
    }

    public String current() {
        return current;
    }

    /** The screen registered under an id. */
    public JComponent screen(String id) {
        made(id);
        return screens.get(id);
    }

    public JPanel deck() {
        return deck;
    }

    public void onChange(Consumer<String> listener) {
        this.listener = listener;
    }
}
