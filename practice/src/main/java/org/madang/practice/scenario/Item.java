package org.madang.practice.scenario;

import java.util.List;
import java.util.Optional;
import org.madang.core.facility.Localized;

/** A thing on a menu (a burger, a latte): its price, picture and the option groups asked when it is picked. */
public record Item(String id, Localized label, Optional<String> picture, int price, List<String> options) {
    public Item {
        options = List.copyOf(options);
    }
}
