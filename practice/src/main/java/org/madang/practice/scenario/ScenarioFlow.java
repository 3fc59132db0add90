package org.madang.practice.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.madang.core.facility.Localized;

/**
 * One customer at a pack's machine: which screen is shown, what has been picked, the cart, what
 * is typed and paid. Every touch arrives as the touched control's name — the same names the
 * screen's buttons carry and a lesson's steps ask for — so the flow runs, and is tested, without
 * a screen. At the receipt it reports the order's facts, which a lesson's goal checks. Plain Java.
 */
public final class ScenarioFlow {
    /** The event type a pack lesson's goal ({@code done:}) waits for. */
    public static final String DONE = "ScenarioDone";

    /** What the screen is told. */
    public interface Listener {
        /** Another screen, or a change on this one (a tab, a quantity, a digit). */
        void changed(String screen);

        /** The receipt: the order's facts. */
        void done(Map<String, String> facts);
    }

    /** A line of the summary on the confirmation and the receipt. */
    public record Row(Localized label, String value) {
    }

    private final Pack pack;
    private final Listener listener;
    private final Deque<String> history = new ArrayDeque<>();
    private final Map<String, Pick> picks = new LinkedHashMap<>();
    private final Map<String, Integer> quantities = new LinkedHashMap<>();
    private final Map<String, String> digits = new LinkedHashMap<>();
    private final Map<String, String> categories = new HashMap<>();
    private final List<Line> cart = new ArrayList<>();
    private String shown;
    private Line pending;
    private String typed = "";
    private PayMethod paid;
    private int cashIn;
    private int number;

    /** @param firstNumber the first order or waiting number this machine gives */
    public ScenarioFlow(Pack pack, int firstNumber, Listener listener) {
        this.pack = pack;
        this.listener = listener;
        this.number = firstNumber - 1;
        this.shown = pack.start();
    }

    public Pack pack() {
        return pack;
    }

    /** The screen shown: a pack screen's id, or one of a widget's own ({@code menu.item}, {@code pay.card}). */
    public String screen() {
        return shown;
    }

    /** The pack screen the shown screen belongs to. */
    public ScenarioScreen widget() {
        return owner(shown);
    }

    /** Whether Back and 처음으로 are offered (not on the first screen, nor Back on the receipt). */
    public boolean canGoBack() {
        return !history.isEmpty() && !(widget() instanceof ScenarioScreen.Receipt);
    }

    public boolean atStart() {
        return shown.equals(pack.start());
    }

    public Optional<Pick> picked(String key) {
        return Optional.ofNullable(picks.get(key));
    }

    public int quantity(ScenarioScreen.Quantity q) {
        return quantities.getOrDefault(q.key(), q.min());
    }

    public String typed() {
        return typed;
    }

    public List<Line> cart() {
        return List.copyOf(cart);
    }

    /** The item being chosen on a menu's item screen. */
    public Optional<Line> pending() {
        return Optional.ofNullable(pending);
    }

    /** The tab a menu shows (its first, until another is touched). */
    public Category category(ScenarioScreen.Menu menu) {
        String id = categories.get(menu.id());
        return menu.categories().stream().filter(c -> c.id().equals(id)).findFirst().orElse(menu.categories().get(0));
    }

    public int cashIn() {
        return cashIn;
    }

    public Optional<PayMethod> paidWith() {
        return Optional.ofNullable(paid);
    }

    /** The order or waiting number of the receipt shown. */
    public int number() {
        return number;
    }

    /** What is to pay: the cart, and each picked price times the quantities asked. */
    public int total() {
        int times = quantities.values().stream().reduce(1, (a, b) -> a * b);
        return cart.stream().mapToInt(Line::price).sum() + picks.values().stream().mapToInt(Pick::price).sum() * times;
    }

    /** Everything chosen, in the order it was asked, for the confirmation and the receipt. */
    public List<Row> summary(String language) {
        List<Row> rows = new ArrayList<>();
        for (ScenarioScreen s : pack.screens().values()) {
            if (s instanceof ScenarioScreen.Choice c && picks.containsKey(c.key())) {
                Pick p = picks.get(c.key());
                rows.add(new Row(c.label(), p.label().in(language) + (p.price() > 0 ? " (" + Money.format(p.price(), language) + ")" : "")));
            } else if (s instanceof ScenarioScreen.Quantity q && quantities.containsKey(q.key())) {
                rows.add(new Row(q.label(), String.valueOf(quantities.get(q.key()))));
            } else if (s instanceof ScenarioScreen.Digits d && digits.containsKey(d.key()) && !d.secret()) {
                // a PIN is never shown again, nor printed
                rows.add(new Row(d.label(), digits.get(d.key())));
            }
        }
        for (Line l : cart) {
            rows.add(new Row(l.item().label(), lineWords(l, language)));
        }
        return rows;
    }

    /** An order line in words: its options, how many, what it costs. */
    public static String lineWords(Line l, String language) {
        StringBuilder b = new StringBuilder();
        for (Pick p : l.options().values()) {
            b.append(p.label().in(language)).append(", ");
        }
        return b.append(l.quantity()).append(" × ").append(Money.format(l.unitPrice(), language)).toString();
    }

    /**
     * The learner touched {@code control} on the shown screen.
     *
     * @return whether it did anything (a name the screen does not have, or a button that is not
     *         ready — pay with an empty cart — does nothing)
     */
    public boolean touch(String control) {
        if ("nav.home".equals(control) && !atStart()) {
            restart();
            return true;
        }
        if ("nav.back".equals(control)) {
            if (!canGoBack()) {
                return false;
            }
            if (pending != null && widget() instanceof ScenarioScreen.Menu) {
                pending = null;
            }
            arrive(history.pop());
            return true;
        }
        ScenarioScreen w = widget();
        if (w instanceof ScenarioScreen.Choice c) {
            return choose(c, after(control, "choice."));
        } else if (w instanceof ScenarioScreen.Menu m) {
            return shown.equals(m.itemScreen()) ? onItem(m, control) : onMenu(m, control);
        } else if (w instanceof ScenarioScreen.Cart c) {
            return onCart(c, control);
        } else if (w instanceof ScenarioScreen.Quantity q) {
            return onQuantity(q, control);
        } else if (w instanceof ScenarioScreen.Digits d) {
            return onDigits(d, control);
        } else if (w instanceof ScenarioScreen.Pay p) {
            return onPay(p, control);
        } else if (w instanceof ScenarioScreen.Confirm c) {
            if ("confirm.yes".equals(control)) {
                go(c.next());
                return true;
            }
            return "confirm.no".equals(control) && touch("nav.back");
        } else if (w instanceof ScenarioScreen.Receipt) {
            if ("receipt.finish".equals(control)) {
                restart();
                return true;
            }
        }
        return false;
    }

    private boolean choose(ScenarioScreen.Choice c, String pickId) {
        Optional<Pick> pick = c.picks().stream().filter(p -> p.id().equals(pickId)).findFirst();
        if (pick.isEmpty()) {
            return false;
        }
        picks.put(c.key(), pick.get());
        go(pick.get().next().or(c::next).orElseThrow());
        return true;
    }

    private boolean onMenu(ScenarioScreen.Menu m, String control) {
        String tab = after(control, "category.");
        if (tab != null && m.categories().stream().anyMatch(c -> c.id().equals(tab))) {
            categories.put(m.id(), tab);
            listener.changed(shown);
            return true;
        }
        String itemId = after(control, "item.");
        Optional<Item> item = m.categories().stream().flatMap(c -> c.items().stream()).filter(i -> i.id().equals(itemId)).findFirst();
        if (item.isPresent()) {
            Map<String, Pick> first = new LinkedHashMap<>();
            item.get().options().forEach(g -> first.put(g, pack.options().get(g).picks().get(0)));
            pending = new Line(item.get(), first, 1);
            go(m.itemScreen());
            return true;
        }
        if ("cart.clear".equals(control) && !cart.isEmpty()) {
            cart.clear();
            listener.changed(shown);
            return true;
        }
        if ("cart.order".equals(control) && !cart.isEmpty()) {
            go(m.next());
            return true;
        }
        return false;
    }

    private boolean onItem(ScenarioScreen.Menu m, String control) {
        String option = after(control, "option.");
        if (option != null) {
            for (String g : pending.item().options()) {
                String pickId = after(option, g + ".");
                Optional<Pick> pick = pickId == null ? Optional.empty()
                        : pack.options().get(g).picks().stream().filter(p -> p.id().equals(pickId)).findFirst();
                if (pick.isPresent()) {
                    pending = pending.withOption(g, pick.get());
                    listener.changed(shown);
                    return true;
                }
            }
            return false;
        }
        switch (control) {
            case "quantity.minus", "quantity.plus" -> {
                int n = pending.quantity() + ("quantity.plus".equals(control) ? 1 : -1);
                if (n < 1 || n > 9) {
                    return false;
                }
                pending = pending.withQuantity(n);
                listener.changed(shown);
                return true;
            }
            case "item.add" -> {
                addToCart(pending);
                pending = null;
                arrive(history.pop());
                return true;
            }
            case "item.cancel" -> {
                pending = null;
                arrive(history.pop());
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void addToCart(Line line) {
        for (int k = 0; k < cart.size(); k++) {
            Line l = cart.get(k);
            if (l.item().equals(line.item()) && l.options().equals(line.options())) {
                cart.set(k, l.withQuantity(l.quantity() + line.quantity()));
                return;
            }
        }
        cart.add(line);
    }

    private boolean onCart(ScenarioScreen.Cart c, String control) {
        if ("cart.pay".equals(control) && !cart.isEmpty()) {
            go(c.next());
            return true;
        }
        for (String way : List.of("cart.less.", "cart.more.")) {
            String n = after(control, way);
            if (n != null && n.matches("[1-9][0-9]?") && Integer.parseInt(n) <= cart.size()) {
                int k = Integer.parseInt(n) - 1;
                int q = cart.get(k).quantity() + (way.equals("cart.more.") ? 1 : -1);
                if (q > 9) {
                    return false;
                }
                if (q == 0) {
                    cart.remove(k);
                } else {
                    cart.set(k, cart.get(k).withQuantity(q));
                }
                listener.changed(shown);
                return true;
            }
        }
        return false;
    }

    private boolean onQuantity(ScenarioScreen.Quantity q, String control) {
        int now = quantity(q);
        switch (control) {
            case "quantity.minus", "quantity.plus" -> {
                int n = now + ("quantity.plus".equals(control) ? 1 : -1);
                if (n < q.min() || n > q.max()) {
                    return false;
                }
                quantities.put(q.key(), n);
                listener.changed(shown);
                return true;
            }
            case "quantity.ok" -> {
                quantities.put(q.key(), now);
                go(q.next());
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private boolean onDigits(ScenarioScreen.Digits d, String control) {
        String key = after(control, "key.");
        if (key == null) {
            return false;
        }
        if (key.matches("[0-9]") && typed.length() < d.length()) {
            typed += key;
        } else if ("erase".equals(key) && !typed.isEmpty()) {
            typed = typed.substring(0, typed.length() - 1);
        } else if ("ok".equals(key) && typed.length() == d.length()) {
            digits.put(d.key(), typed);
            go(d.next());
            return true;
        } else {
            return false;
        }
        listener.changed(shown);
        return true;
    }

    private boolean onPay(ScenarioScreen.Pay p, String control) {
        if (shown.equals(p.id())) {
            Optional<PayMethod> m = PayMethod.of(after(control, "pay."));
            if (m.isEmpty() || !p.methods().contains(m.get())) {
                return false;
            }
            cashIn = 0;
            go(p.methodScreen(m.get()));
            return true;
        }
        PayMethod method = p.methods().stream().filter(m -> p.methodScreen(m).equals(shown)).findFirst().orElseThrow();
        if (method != PayMethod.CASH) {
            if (!"pay.insert".equals(control)) {
                return false;
            }
            paid = method;
            go(p.next());
            return true;
        }
        String note = after(control, "cash.");
        if (note == null || !PayMethod.NOTES.contains(parse(note))) {
            return false;
        }
        cashIn += parse(note);
        if (cashIn >= total()) {
            paid = PayMethod.CASH;
            go(p.next());
        } else {
            listener.changed(shown);
        }
        return true;
    }

    /** The change the cash slot gives back. */
    public int change() {
        return paid == PayMethod.CASH ? cashIn - total() : 0;
    }

    private static int parse(String n) {
        try {
            return Integer.parseInt(n);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void go(String to) {
        history.push(shown);
        arrive(to);
    }

    private void arrive(String to) {
        shown = to;
        ScenarioScreen w = widget();
        if (w instanceof ScenarioScreen.Digits) {
            typed = "";
        }
        if (w instanceof ScenarioScreen.Receipt) {
            number++;
        }
        listener.changed(shown);
        if (w instanceof ScenarioScreen.Receipt) {
            listener.done(facts());
        }
    }

    private void restart() {
        history.clear();
        picks.clear();
        quantities.clear();
        digits.clear();
        categories.clear();
        cart.clear();
        pending = null;
        paid = null;
        cashIn = 0;
        arrive(pack.start());
    }

    /** The order's facts, by the keys {@link Pack#factKeys()} names. */
    public Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        picks.forEach((k, p) -> facts.put(k, p.id()));
        quantities.forEach((k, n) -> facts.put(k, String.valueOf(n)));
        for (ScenarioScreen s : pack.screens().values()) {
            if (s instanceof ScenarioScreen.Digits d && digits.containsKey(d.key())) {
                facts.put(d.key(), d.secret() ? "*".repeat(digits.get(d.key()).length()) : digits.get(d.key()));
            }
        }
        for (Line l : cart) {
            facts.merge("item." + l.item().id(), String.valueOf(l.quantity()), (a, b) -> String.valueOf(Integer.parseInt(a) + Integer.parseInt(b)));
            l.options().forEach((g, p) -> facts.put("item." + l.item().id() + "." + g, p.id()));
        }
        if (paid != null) {
            facts.put("payment", paid.id());
        }
        facts.put("total", String.valueOf(total()));
        return facts;
    }

    private ScenarioScreen owner(String screenId) {
        ScenarioScreen s = pack.screens().get(screenId);
        if (s != null) {
            return s;
        }
        int dot = screenId.lastIndexOf('.');
        return pack.screen(screenId.substring(0, dot));
    }

    private static String after(String control, String prefix) {
        return control != null && control.startsWith(prefix) ? control.substring(prefix.length()) : null;
    }
}
