package org.madang.practice.scenario;

import java.util.List;
import org.madang.core.facility.Localized;

/** A tab of a menu (burgers, drinks) with its items. */
public record Category(String id, Localized label, List<Item> items) {
    public Category {
        items = List.copyOf(items);
    }
}
