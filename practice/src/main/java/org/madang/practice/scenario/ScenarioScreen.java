package org.madang.practice.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.madang.core.facility.Localized;

/**
 * A screen of a scenario pack, one of a small set of widgets the generic renderer draws: picks
 * with pictures, a menu with a cart, the cart, a quantity, a digit pad, payment (card, QR or
 * cash, all simulated), a confirmation, and the receipt at the end. Some widgets have a second
 * screen of their own ({@code menu.item}: an item's options; {@code pay.card}: insert the card).
 */
public sealed interface ScenarioScreen {
    String id();

    Localized title();

    /** The screens this one may lead to. */
    List<String> leadsTo();

    /**
     * The names of the controls a learner may touch here, by screen id (this one and its own
     * second screens): what a lesson's step may ask for. The back and first-screen buttons are
     * added by the pack.
     */
    Map<String, List<String>> controls(Map<String, OptionGroup> options);

    /** Big buttons with pictures; the pick is remembered under {@code key} and shown on the receipt as {@code label}. */
    record Choice(String id, Localized title, String key, Localized label, List<Pick> picks, Optional<String> next) implements ScenarioScreen {
        public Choice {
            picks = List.copyOf(picks);
        }

        @Override
        public List<String> leadsTo() {
            List<String> to = new ArrayList<>();
            next.ifPresent(to::add);
            picks.forEach(p -> p.next().ifPresent(to::add));
            return to;
        }

        @Override
        public Map<String, List<String>> controls(Map<String, OptionGroup> options) {
            return Map.of(id, picks.stream().map(p -> "choice." + p.id()).toList());
        }
    }

    /** Tabs of items with pictures; an item opens its options and quantity ({@code id.item}); the cart bar orders. */
    record Menu(String id, Localized title, List<Category> categories, String next) implements ScenarioScreen {
        public Menu {
            categories = List.copyOf(categories);
        }

        public String itemScreen() {
            return id + ".item";
        }

        @Override
        public List<String> leadsTo() {
            return List.of(next);
        }

        @Override
        public Map<String, List<String>> controls(Map<String, OptionGroup> options) {
            List<String> here = new ArrayList<>(List.of("cart.order", "cart.clear"));
            List<String> item = new ArrayList<>(List.of("quantity.minus", "quantity.plus", "item.add", "item.cancel"));
            for (Category c : categories) {
                here.add("category." + c.id());
                for (Item i : c.items()) {
                    here.add("item." + i.id());
                    for (String g : i.options()) {
                        OptionGroup group = options.get(g);
                        if (group != null) {
                            group.picks().forEach(p -> item.add("option." + g + "." + p.id()));
                        }
                    }
                }
            }
            Map<String, List<String>> out = new LinkedHashMap<>();
            out.put(id, here);
            out.put(itemScreen(), item.stream().distinct().toList());
            return out;
        }
    }

    /** What was ordered, each line with fewer / more, the total, and pay. */
    record Cart(String id, Localized title, String next) implements ScenarioScreen {
        @Override
        public List<String> leadsTo() {
            return List.of(next);
        }

        @Override
        public Map<String, List<String>> controls(Map<String, OptionGroup> options) {
            return Map.of(id, List.of("cart.pay", "cart.less.*", "cart.more.*"));
        }
    }

    /** How many (people, tickets, copies), remembered under {@code key}; prices of earlier picks count this many times. */
    record Quantity(String id, Localized title, String key, Localized label, int min, int max, String next) implements ScenarioScreen {
        @Override
        public List<String> leadsTo() {
            return List.of(next);
        }

        @Override
        public Map<String, List<String>> controls(Map<String, OptionGroup> options) {
            return Map.of(id, List.of("quantity.minus", "quantity.plus", "quantity.ok"));
        }
    }

    /** A digit pad for {@code length} digits (a car number, a birth date, a PIN shown as dots when {@code secret}). */
    record Digits(String id, Localized title, String key, Localized label, int length, boolean secret, String next) implements ScenarioScreen {
        @Override
        public List<String> leadsTo() {
            return List.of(next);
        }

        @Override
        public Map<String, List<String>> controls(Map<String, OptionGroup> options) {
            List<String> keys = new ArrayList<>();
            for (int d = 0; d <= 9; d++) {
                keys.add("key." + d);
            }
            keys.add("key.erase");
            keys.add("key.ok");
            return Map.of(id, keys);
        }
    }

    /** How to pay; each way has a screen of its own ({@code id.card}) where the simulated card, phone or notes go in. */
    record Pay(String id, Localized title, List<PayMethod> methods, String next) implements ScenarioScreen {
        public Pay {
            methods = List.copyOf(methods);
        }

        public String methodScreen(PayMethod method) {
            return id + "." + method.id();
        }

        @Override
        public List<String> leadsTo() {
            return List.of(next);
        }

        @Override
        public Map<String, List<String>> controls(Map<String, OptionGroup> options) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            out.put(id, methods.stream().map(m -> "pay." + m.id()).toList());
            for (PayMethod m : methods) {
                out.put(methodScreen(m), m == PayMethod.CASH ? PayMethod.NOTES.stream().map(n -> "cash." + n).toList() : List.of("pay.insert"));
            }
            return out;
        }
    }

    /** Everything chosen so far and the total, with yes and "no, change it". */
    record Confirm(String id, Localized title, String next) implements ScenarioScreen {
        @Override
        public List<String> leadsTo() {
            return List.of(next);
        }

        @Override
        public Map<String, List<String>> controls(Map<String, OptionGroup> options) {
            return Map.of(id, List.of("confirm.yes", "confirm.no"));
        }
    }

    /** The end: the receipt (and a number, when {@code number} names it: 주문번호, 대기번호), and back to the start. */
    record Receipt(String id, Localized title, Optional<Localized> number) implements ScenarioScreen {
        @Override
        public List<String> leadsTo() {
            return List.of();
        }

        @Override
        public Map<String, List<String>> controls(Map<String, OptionGroup> options) {
            return Map.of(id, List.of("receipt.finish"));
        }
    }
}
