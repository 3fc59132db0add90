package org.madang.practice.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.extras.FlatSVGIcon;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;
import org.madang.practice.scenario.Category;
import org.madang.practice.scenario.Item;
import org.madang.practice.scenario.Line;
import org.madang.practice.scenario.Look;
import org.madang.practice.scenario.Money;
import org.madang.practice.scenario.OptionGroup;
import org.madang.practice.scenario.Pack;
import org.madang.practice.scenario.PayMethod;
import org.madang.practice.scenario.Pick;
import org.madang.practice.scenario.ScenarioFlow;
import org.madang.practice.scenario.ScenarioScreen;
import org.madang.ui.Messages;
import org.madang.ui.ScreenScale;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.ViewportPanel;
import org.madang.ui.widget.WrappingText;

/**
 * The one renderer of every scenario pack: draws the shown screen of a {@link ScenarioFlow}
 * from the widget set, in the pack's colours under its logo and name, so a burger shop and a
 * train station feel like different machines. Each button carries the control name the flow
 * and the lessons use and hands its touch to the flow; the screen is drawn again after each.
 * Everything on it is marked as practice.
 */
public final class ScenarioKiosk implements LessonHost, ScenarioFlow.Listener {
    private static final String PAY_PICTURES = "/org/madang/practice/scenario/";

    private final Pack pack;
    private final ScreenScale scale;
    private final boolean landscape;
    private final ScenarioFlow flow;
    private final JPanel root = new JPanel(new BorderLayout());
    private final JPanel content = new JPanel();
    private final JPanel bottom;
    private final JLabel name = new JLabel();
    private final JLabel mark = new JLabel();
    private final TouchButton back;
    private final TouchButton home;
    private final List<Consumer<String>> watchers = new ArrayList<>();
    private final List<Consumer<Map<String, String>>> finishers = new ArrayList<>();
    private final org.madang.kiosk.shell.Keypad keypad;
    private String language;
    private Messages words;

    /** @param firstNumber the first order or waiting number the machine gives */
    public ScenarioKiosk(Pack pack, ScreenScale scale, String language, boolean landscape, int firstNumber) {
        this.pack = pack;
        this.scale = scale;
        this.landscape = landscape;
        this.language = language;
        this.words = Messages.forLanguage(language);
        this.flow = new ScenarioFlow(pack, firstNumber, this);
        Look look = pack.look();
        root.setName("scenario." + pack.id());
        root.setBackground(new Color(look.background()));
        content.setOpaque(false);
        JPanel header = new JPanel(new MigLayout("fillx, insets " + scale.mm(5) + " " + scale.mm(8), "[][grow][]"));
        header.setName("scenario.header");
        header.setBackground(new Color(look.accent()));
        JLabel logo = new JLabel(picture(pack.picture(look.logo()), scale.mm(24)));
        logo.setName("scenario.logo");
        name.setName("scenario.name");
        name.putClientProperty(FlatClientProperties.STYLE, "font: bold 170%; foreground: " + hex(look.onAccent()));
        mark.setName("scenario.practiceMark");
        mark.putClientProperty(FlatClientProperties.STYLE_CLASS, "practiceMark");
        mark.setOpaque(true);
        header.add(logo);
        header.add(name, "gapleft " + scale.mm(4) + ", wmin 0");
        header.add(mark);
        back = button("nav.back", "", false);
        home = button("nav.home", "", false);
        back.addActionListener(e -> flow.touch("nav.back"));
        home.addActionListener(e -> flow.touch("nav.home"));
        bottom = new JPanel(new MigLayout("fillx, hidemode 3, insets " + scale.mm(5) + " " + scale.mm(8), "[][grow][]"));
        bottom.setName("scenario.bottom");
        bottom.setBackground(new Color(look.panel()));
        bottom.add(back, "wmin " + scale.mm(80) + ", hmin " + scale.mm(28));
        bottom.add(home, "skip, wmin " + scale.mm(80) + ", hmin " + scale.mm(28));
        root.add(header, BorderLayout.NORTH);
        root.add(content, BorderLayout.CENTER);
        root.add(bottom, BorderLayout.SOUTH);
        // a keypad works it as it works the kiosk: arrows move between controls, Enter presses, Escape goes back
        org.madang.kiosk.shell.Keypad.arrowsMoveFocus(root);
        bindKey(java.awt.event.KeyEvent.VK_ESCAPE, "back", () -> flow.touch("nav.back"));
        bindKey(java.awt.event.KeyEvent.VK_HOME, "home", () -> flow.touch("nav.home"));
        keypad = org.madang.kiosk.shell.Keypad.attach(root);
        draw();
    }

    private void bindKey(int key, String name, Runnable action) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(javax.swing.KeyStroke.getKeyStroke(key, 0), name);
        root.getActionMap().put(name, new javax.swing.AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                action.run();
            }
        });
    }

    @Override
    public void stop() {
        keypad.detach();
    }

    public ScenarioFlow flow() {
        return flow;
    }

    public Pack pack() {
        return pack;
    }

    /** {@code finisher} is told the order's facts when a receipt is shown. */
    public void onDone(Consumer<Map<String, String>> finisher) {
        finishers.add(finisher);
    }

    public void setLanguage(String lang) {
        language = lang;
        words = Messages.forLanguage(lang);
        draw();
    }

    @Override
    public JComponent root() {
        return root;
    }

    @Override
    public String currentScreen() {
        return flow.screen();
    }

    @Override
    public void onScreenShown(Consumer<String> watcher) {
        watchers.add(watcher);
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public void wake() {
        // a scenario machine has no idle screen
    }

    @Override
    public void changed(String screen) {
        draw();
        watchers.forEach(w -> w.accept(screen));
    }

    @Override
    public void done(Map<String, String> facts) {
        finishers.forEach(f -> f.accept(facts));
    }

    private void draw() {
        name.setText(pack.look().name().in(language));
        mark.setText(words.get("practice.mark"));
        back.setText(words.get("scenario.back"));
        back.getAccessibleContext().setAccessibleName(back.getText());
        home.setText(words.get("scenario.home"));
        home.getAccessibleContext().setAccessibleName(home.getText());
        back.setVisible(flow.canGoBack());
        home.setVisible(!flow.atStart() && !(flow.widget() instanceof ScenarioScreen.Receipt));
        content.removeAll();
        content.setLayout(new MigLayout("fill, wrap 1, insets " + scale.mm(6) + " " + scale.mm(8) + ", gap " + scale.mm(4), "[grow, fill]"));
        ScenarioScreen w = flow.widget();
        content.add(text("scenario.title", w.title().in(language), "title"), "wmin 0");
        if (w instanceof ScenarioScreen.Choice c) {
            choice(c);
        } else if (w instanceof ScenarioScreen.Menu m) {
            if (flow.screen().equals(m.itemScreen())) {
                item(flow.pending().orElseThrow());
            } else {
                menu(m);
            }
        } else if (w instanceof ScenarioScreen.Cart) {
            cart();
        } else if (w instanceof ScenarioScreen.Quantity q) {
            quantity(q);
        } else if (w instanceof ScenarioScreen.Digits d) {
            digits(d);
        } else if (w instanceof ScenarioScreen.Pay p) {
            pay(p);
        } else if (w instanceof ScenarioScreen.Confirm) {
            confirm();
        } else if (w instanceof ScenarioScreen.Receipt r) {
            receipt(r);
        }
        content.revalidate();
        content.repaint();
        bottom.revalidate();
        keypad.focusFirst(content);
    }

    private void choice(ScenarioScreen.Choice c) {
        int cols = landscape ? Math.min(4, c.picks().size()) : 2;
        JPanel grid = grid(cols);
        for (Pick p : c.picks()) {
            grid.add(tile("choice." + p.id(), p.label().in(language), p.price(), p.picture(), 48), "hmin " + scale.mm(95));
        }
        content.add(scroller(grid), "grow, push, wmin 0");
    }

    private void menu(ScenarioScreen.Menu m) {
        Category shown = flow.category(m);
        if (m.categories().size() > 1) {
            JPanel tabs = new JPanel(new MigLayout("insets 0, gap " + scale.mm(3), ""));
            tabs.setOpaque(false);
            for (Category c : m.categories()) {
                tabs.add(button("category." + c.id(), c.label().in(language), c.equals(shown)), "hmin " + scale.mm(24) + ", wmin " + scale.mm(50));
            }
            content.add(tabs, "wmin 0");
        }
        JPanel grid = grid(landscape ? 4 : 3);
        for (Item i : shown.items()) {
            grid.add(tile("item." + i.id(), i.label().in(language), i.price(), i.picture(), 36), "hmin " + scale.mm(80));
        }
        content.add(scroller(grid), "grow, push, wmin 0");
        JPanel bar = card(new MigLayout("fillx, insets " + scale.mm(4), "[grow, fill][][]"));
        bar.setName("scenario.cart");
        int count = flow.cart().stream().mapToInt(Line::quantity).sum();
        if (count == 0) {
            bar.add(text("scenario.cartSummary", words.get("scenario.cartEmpty"), "body"), "wmin 0, hmin " + scale.mm(28));
        } else {
            bar.add(text("scenario.cartSummary", words.get("scenario.cartSummary", count, Money.format(flow.total(), language)), "heading"),
                    "wmin 0");
            bar.add(button("cart.clear", words.get("scenario.clear"), false), "hmin " + scale.mm(28));
            bar.add(button("cart.order", words.get("scenario.order"), true), "hmin " + scale.mm(28) + ", wmin " + scale.mm(70));
        }
        content.add(bar, "wmin 0");
    }

    private void item(Line pending) {
        Item i = pending.item();
        JPanel top = new JPanel(new MigLayout("insets 0, gap " + scale.mm(6), "[][grow, fill]"));
        top.setOpaque(false);
        top.add(new JLabel(picture(i.picture().flatMap(pack::picture), scale.mm(50))), "spany 2");
        top.add(text("scenario.item", i.label().in(language), "heading"), "wmin 0");
        top.add(text("scenario.price", Money.format(pending.unitPrice(), language), "body"), "wmin 0");
        content.add(top, "wmin 0");
        for (String g : i.options()) {
            OptionGroup group = pack.options().get(g);
            content.add(text("scenario.option." + g, group.title().in(language), "body"), "wmin 0");
            JPanel row = grid(landscape ? 4 : 2);
            for (Pick p : group.picks()) {
                List<String> lines = p.price() > 0 ? List.of(p.label().in(language), "+" + Money.format(p.price(), language)) : List.of(p.label().in(language));
                TouchButton b = TouchButton.ofLines("option." + g + "." + p.id(), lines, true, "tile", scale);
                colour(b, p.equals(pending.options().get(g)));
                b.addActionListener(e -> flow.touch(b.getName()));
                row.add(b, "hmin " + scale.mm(30));
            }
            content.add(row, "wmin 0");
        }
        content.add(text("scenario.quantityLabel", words.get("scenario.quantity"), "body"), "wmin 0");
        content.add(counter(pending.quantity(), i.label().in(language), false), "wmin 0");
        JPanel actions = new JPanel(new MigLayout("fillx, insets 0, gap " + scale.mm(5), "[grow, fill][grow, fill]"));
        actions.setOpaque(false);
        actions.add(button("item.cancel", words.get("scenario.cancel"), false), "hmin " + scale.mm(28));
        actions.add(button("item.add", words.get("scenario.add") + " · " + Money.format(pending.price(), language), true), "hmin " + scale.mm(28));
        content.add(actions, "pushy, bottom, wmin 0");
    }

    /** − n + for how many; the buttons' names are the quantity widget's. */
    private JPanel counter(int n, String what, boolean centred) {
        JPanel row = new JPanel(new MigLayout("insets 0, gap " + scale.mm(6) + (centred ? ", al center" : ""), "[][][]"));
        row.setOpaque(false);
        TouchButton minus = step("quantity.minus", "minus", words.get("scenario.lessen", what));
        TouchButton plus = step("quantity.plus", "plus", words.get("scenario.more", what));
        JLabel count = new JLabel(String.valueOf(n), SwingConstants.CENTER);
        count.setName("scenario.count");
        count.putClientProperty(FlatClientProperties.STYLE, "font: bold 170%; foreground: " + hex(pack.look().text()));
        row.add(minus, "w " + scale.mm(32) + "!, h " + scale.mm(26) + "!");
        row.add(count, "wmin " + scale.mm(24));
        row.add(plus, "w " + scale.mm(32) + "!, h " + scale.mm(26) + "!");
        return row;
    }

    private void cart() {
        JPanel list = new ViewportPanel(new MigLayout("fillx, wrap 3, insets 0, gap " + scale.mm(4), "[grow, fill][][]"), scale.mm(20));
        list.setOpaque(false);
        int n = 1;
        for (Line l : flow.cart()) {
            String label = l.item().label().in(language);
            list.add(text("scenario.line." + n, label + "\n" + ScenarioFlow.lineWords(l, language), "body"), "wmin 0");
            TouchButton less = step("cart.less." + n, "minus", words.get("scenario.lessen", label));
            TouchButton more = step("cart.more." + n, "plus", words.get("scenario.more", label));
            list.add(less, "w " + scale.mm(32) + "!, h " + scale.mm(26) + "!");
            list.add(more, "w " + scale.mm(32) + "!, h " + scale.mm(26) + "!");
            n++;
        }
        content.add(scroller(list), "grow, push, wmin 0");
        content.add(text("scenario.total", words.get("scenario.total", Money.format(flow.total(), language)), "heading"), "wmin 0");
        content.add(button("cart.pay", words.get("scenario.pay"), true), "hmin " + scale.mm(28));
    }

    private void quantity(ScenarioScreen.Quantity q) {
        content.add(counter(flow.quantity(q), q.label().in(language), true), "growx, gaptop " + scale.mm(10));
        content.add(button("quantity.ok", words.get("scenario.ok"), true), "pushy, bottom, hmin " + scale.mm(28));
    }

    private void digits(ScenarioScreen.Digits d) {
        StringBuilder shown = new StringBuilder();
        for (int k = 0; k < d.length(); k++) {
            shown.append(k < flow.typed().length() ? (d.secret() ? "●" : String.valueOf(flow.typed().charAt(k))) : "_").append(' ');
        }
        JLabel typed = new JLabel(shown.toString().strip(), SwingConstants.CENTER);
        typed.setName("scenario.typed");
        typed.putClientProperty(FlatClientProperties.STYLE, "font: bold 200%; foreground: " + hex(pack.look().text()));
        content.add(typed, "growx");
        JPanel pad = grid(3);
        for (String k : List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "ok")) {
            String label = switch (k) {
                case "erase" -> words.get("scenario.erase");
                case "ok" -> words.get("scenario.ok");
                default -> k;
            };
            pad.add(button("key." + k, label, "ok".equals(k)), "hmin " + scale.mm(landscape ? 22 : 34));
        }
        content.add(pad, "center, wmax " + scale.mm(landscape ? 220 : 300) + ", growx");
        content.add(new JLabel(), "push");
    }

    private void pay(ScenarioScreen.Pay p) {
        String due = Money.format(flow.total(), language);
        if (flow.screen().equals(p.id())) {
            content.add(text("scenario.total", words.get("scenario.total", due), "heading"), "wmin 0");
            JPanel grid = grid(landscape ? 3 : Math.min(3, p.methods().size()));
            for (PayMethod m : p.methods()) {
                grid.add(tile("pay." + m.id(), methodWords(m), 0, Optional.of(methodPicture(m)), 40), "hmin " + scale.mm(85));
            }
            content.add(grid, "growx, wmin 0");
            content.add(new JLabel(), "push");
            return;
        }
        PayMethod m = p.methods().stream().filter(x -> p.methodScreen(x).equals(flow.screen())).findFirst().orElseThrow();
        switch (m) {
            case CARD -> {
                content.add(text("scenario.insert", words.get("scenario.insert.card", due), "heading"), "wmin 0");
                content.add(tile("pay.insert", words.get("scenario.practiceCard"), 0, Optional.of(methodPicture(m)), 60),
                        "center, wmin " + scale.mm(160) + ", hmin " + scale.mm(100));
            }
            case QR -> {
                content.add(text("scenario.insert", words.get("scenario.insert.qr", due), "heading"), "wmin 0");
                content.add(tile("pay.insert", words.get("scenario.practicePhone"), 0, Optional.of(methodPicture(m)), 60),
                        "center, wmin " + scale.mm(160) + ", hmin " + scale.mm(100));
            }
            case CASH -> {
                content.add(text("scenario.insert", words.get("scenario.insert.cash", due, Money.format(flow.cashIn(), language)), "heading"),
                        "wmin 0");
                JPanel notes = grid(2);
                for (int note : PayMethod.NOTES) {
                    notes.add(tile("cash." + note, Money.format(note, language), 0, Optional.of(methodPicture(m)), 36), "hmin " + scale.mm(70));
                }
                content.add(notes, "growx, wmin 0");
            }
            default -> throw new IllegalStateException(m.name());
        }
        content.add(new JLabel(), "push");
    }

    private String methodWords(PayMethod m) {
        return switch (m) {
            case CARD -> words.get("scenario.method.card");
            case QR -> words.get("scenario.method.qr");
            case CASH -> words.get("scenario.method.cash");
        };
    }

    private String methodPicture(PayMethod m) {
        return PAY_PICTURES + switch (m) {
            case CARD -> "card.svg";
            case QR -> "phone.svg";
            case CASH -> "cash.svg";
        };
    }

    private void confirm() {
        content.add(summary(false), "growx, wmin 0");
        JPanel actions = new JPanel(new MigLayout("fillx, insets 0, gap " + scale.mm(5), "[grow, fill][grow, fill]"));
        actions.setOpaque(false);
        actions.add(button("confirm.no", words.get("scenario.no"), false), "hmin " + scale.mm(28));
        actions.add(button("confirm.yes", words.get("scenario.yes"), true), "hmin " + scale.mm(28));
        content.add(actions, "pushy, bottom, wmin 0");
    }

    private void receipt(ScenarioScreen.Receipt r) {
        r.number().ifPresent(label -> {
            JLabel named = new JLabel(label.in(language), SwingConstants.CENTER);
            named.setName("scenario.numberLabel");
            named.putClientProperty(FlatClientProperties.STYLE, "font: bold 125%; foreground: " + hex(pack.look().text()));
            content.add(named, "growx, wmin 0");
            JLabel number = new JLabel(String.valueOf(flow.number()), SwingConstants.CENTER);
            number.setName("scenario.number");
            number.putClientProperty(FlatClientProperties.STYLE, "font: bold 400%; foreground: " + hex(pack.look().text()));
            content.add(number, "growx, wmin 0");
        });
        content.add(summary(true), "growx, wmin 0");
        content.add(text("scenario.nothingCharged", words.get("scenario.nothingCharged"), "body"), "wmin 0");
        content.add(button("receipt.finish", words.get("scenario.home"), true), "pushy, bottom, hmin " + scale.mm(28));
    }

    /** What was chosen, the total and (on the receipt) how it was paid, on a card of the pack's panel colour. */
    private JPanel summary(boolean paid) {
        JPanel card = card(new MigLayout("fillx, wrap 2, insets " + scale.mm(5) + ", gap " + scale.mm(6) + " " + scale.mm(3), "[][grow, fill]"));
        card.setName("scenario.summary");
        if (paid) {
            card.add(label("scenario.receiptTitle", words.get("scenario.receipt"), true), "span 2");
        }
        int n = 0;
        for (ScenarioFlow.Row row : flow.summary(language)) {
            card.add(label("scenario.rowLabel." + n, row.label().in(language), false), "top");
            card.add(text("scenario.rowValue." + n, row.value(), "heading"), "wmin 0");
            n++;
        }
        if (flow.total() > 0) {
            card.add(label("scenario.totalLabel", words.get("scenario.totalLabel"), false), "top");
            card.add(text("scenario.total", Money.format(flow.total(), language), "heading"), "wmin 0");
        }
        flow.paidWith().ifPresent(m -> {
            card.add(label("scenario.paidWithLabel", words.get("scenario.paidWith"), false), "top");
            card.add(text("scenario.paidWith", methodWords(m), "heading"), "wmin 0");
            if (flow.change() > 0) {
                card.add(label("scenario.changeLabel", words.get("scenario.change"), false), "top");
                card.add(text("scenario.change", Money.format(flow.change(), language), "heading"), "wmin 0");
            }
        });
        return card;
    }

    /** A short label that keeps its width (a row's name on the receipt). */
    private JLabel label(String control, String words, boolean bold) {
        JLabel l = new JLabel(words.strip());
        l.setName(control);
        l.putClientProperty(FlatClientProperties.STYLE, (bold ? "font: bold 125%; " : "") + "foreground: " + hex(pack.look().text()));
        return l;
    }

    private JPanel grid(int cols) {
        StringBuilder columns = new StringBuilder();
        for (int k = 0; k < cols; k++) {
            columns.append("[grow, fill, sg col]");
        }
        // each row's buttons as tall as its tallest: they line up, and the keypad meets them left to right
        JPanel grid = new ViewportPanel(new MigLayout("fillx, wrap " + cols + ", insets 0, gap " + scale.mm(5), columns.toString(), "[fill]"),
                scale.mm(20));
        grid.setOpaque(false);
        return grid;
    }

    private JPanel card(MigLayout layout) {
        JPanel card = new JPanel(layout);
        card.setBackground(new Color(pack.look().panel()));
        return card;
    }

    private JScrollPane scroller(JComponent inner) {
        JScrollPane pane = new JScrollPane(inner, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED, ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        pane.setBorder(null);
        pane.getVerticalScrollBar().setUnitIncrement(scale.mm(20));
        pane.getVerticalScrollBar().setPreferredSize(new Dimension(scale.mm(12), 0));
        pane.setOpaque(false);
        pane.getViewport().setOpaque(false);
        return pane;
    }

    /** A button in the pack's colours: its main colour for the way on (and a chosen tab or option), its cards' otherwise. */
    private TouchButton button(String control, String label, boolean main) {
        TouchButton b = new TouchButton(control, label, main ? "primary" : "tile", scale);
        colour(b, main);
        if (!control.startsWith("nav.")) {
            b.addActionListener(e -> flow.touch(control));
        }
        return b;
    }

    /** A − or + button: a pictogram, named for assistive technology by what it does. */
    private TouchButton step(String control, String pictogram, String said) {
        TouchButton b = button(control, "", false);
        b.setIcon(org.madang.ui.widget.Pictograms.of(pictogram, b, scale.mm(10)));
        b.getAccessibleContext().setAccessibleName(said);
        return b;
    }

    /** A big button with a picture ({@code pictureMm} square) above its words (and its price). */
    private TouchButton tile(String control, String label, int price, Optional<String> picture, int pictureMm) {
        // a pack's label may have several lines ("12가 3456\n오전 9:12 들어옴")
        List<String> lines = new java.util.ArrayList<>(List.of(label.split("\n")));
        if (price > 0) {
            lines.add(Money.format(price, language));
        }
        TouchButton b = TouchButton.ofLines(control, lines, true, "tile", scale);
        Optional<URL> url = picture.flatMap(p -> p.startsWith("/") ? Optional.ofNullable(ScenarioKiosk.class.getResource(p)) : pack.picture(p));
        b.setLines(lines, true, scale, url.isPresent() ? picture(url, scale.mm(pictureMm)) : null);
        colour(b, false);
        b.addActionListener(e -> flow.touch(control));
        return b;
    }

    private void colour(TouchButton b, boolean main) {
        Look look = pack.look();
        b.putClientProperty(FlatClientProperties.STYLE, main
                ? "background: " + hex(look.accent()) + "; foreground: " + hex(look.onAccent())
                : "background: " + hex(look.panel()) + "; foreground: " + hex(look.text()) + "; borderColor: " + hex(look.accent()));
    }

    private WrappingText text(String control, String words, String styleClass) {
        WrappingText t = new WrappingText(control, styleClass);
        t.putClientProperty(FlatClientProperties.STYLE, "foreground: " + hex(pack.look().text()));
        t.say(words);
        return t;
    }

    private static Icon picture(Optional<URL> url, int size) {
        return url.<Icon>map(u -> new FlatSVGIcon(u).derive(size, size)).orElse(null);
    }

    private static String hex(int rgb) {
        return String.format("#%06X", rgb & 0xFFFFFF);
    }
}
