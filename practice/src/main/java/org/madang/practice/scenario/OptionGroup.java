package org.madang.practice.scenario;

import java.util.List;
import org.madang.core.facility.Localized;

/** A question asked about a picked item (a meal or the burger alone; hot or iced), the first pick chosen until another is. */
public record OptionGroup(String id, Localized title, List<Pick> picks) {
    public OptionGroup {
        picks = List.copyOf(picks);
    }
}
