package org.madang.practice.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/** A line of the cart: an item, the pick of each of its option groups, how many. */
public record Line(Item item, Map<String, Pick> options, int quantity) {
    public Line {
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** One of it, options included. */
    public int unitPrice() {
        return item.price() + options.values().stream().mapToInt(Pick::price).sum();
    }

    public int price() {
        return unitPrice() * quantity;
    }

    public Line withQuantity(int n) {
        return new Line(item, options, n);
    }

    public Line withOption(String group, Pick pick) {
        Map<String, Pick> changed = new LinkedHashMap<>(options);
        changed.put(group, pick);
        return new Line(item, changed, quantity);
    }
}
