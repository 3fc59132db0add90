package org.madang.practice.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Brings a pack's machine to any of its screens (for screenshots and the walk tests), the way a
 * customer would: from the first screen, trying each pick and each way to pay, and on every
 * other screen the plain way on (the first item with its first options; the biggest note; 1s
 * on a digit pad). The flow is small, so a breadth-first search finds the shortest way.
 */
public final class ScenarioStager {
    private static final int MAX_MOVES = 40;

    private ScenarioStager() {
    }

    /** Leaves {@code flow} on {@code screen}, having started over from the first screen. */
    public static void stage(ScenarioFlow flow, String screen) {
        Deque<List<List<String>>> todo = new ArrayDeque<>();
        todo.add(List.of());
        while (!todo.isEmpty()) {
            List<List<String>> path = todo.poll();
            replay(flow, path);
            if (flow.screen().equals(screen)) {
                return;
            }
            if (path.size() >= MAX_MOVES) {
                continue;
            }
            for (List<String> move : moves(flow)) {
                List<List<String>> longer = new ArrayList<>(path);
                longer.add(move);
                todo.add(longer);
            }
        }
        throw new IllegalArgumentException("pack " + flow.pack().id() + ": no way to screen '" + screen + "'");
    }

    private static void replay(ScenarioFlow flow, List<List<String>> path) {
        flow.touch("nav.home");
        path.forEach(move -> move.forEach(flow::touch));
    }

    /** The ways on from the shown screen, each a few touches. */
    private static List<List<String>> moves(ScenarioFlow flow) {
        ScenarioScreen w = flow.widget();
        String shown = flow.screen();
        if (w instanceof ScenarioScreen.Choice c) {
            return c.picks().stream().map(p -> List.of("choice." + p.id())).toList();
        }
        if (w instanceof ScenarioScreen.Menu m) {
            if (shown.equals(m.itemScreen())) {
                return List.of(List.of("item.add"));
            }
            return flow.cart().isEmpty() ? List.of(List.of("item." + m.categories().get(0).items().get(0).id())) : List.of(List.of("cart.order"));
        }
        if (w instanceof ScenarioScreen.Cart) {
            return List.of(List.of("cart.pay"));
        }
        if (w instanceof ScenarioScreen.Quantity) {
            return List.of(List.of("quantity.ok"));
        }
        if (w instanceof ScenarioScreen.Digits d) {
            List<String> keys = new ArrayList<>();
            for (int k = 0; k < d.length(); k++) {
                keys.add("key.1");
            }
            keys.add("key.ok");
            return List.of(keys);
        }
        if (w instanceof ScenarioScreen.Pay p) {
            if (shown.equals(p.id())) {
                return p.methods().stream().map(m -> List.of("pay." + m.id())).toList();
            }
            return List.of(List.of(shown.endsWith(".cash") ? "cash.50000" : "pay.insert"));
        }
        if (w instanceof ScenarioScreen.Confirm) {
            return List.of(List.of("confirm.yes"));
        }
        return List.of();
    }
}
