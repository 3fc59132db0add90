package org.madang.practice.scenario;

import java.util.Optional;
import org.madang.core.facility.Localized;

/**
 * One thing to pick on a screen of choices or among an item's options: eat here, a film, a
 * large size. It may carry a price (added to what is paid), a picture, and the screen it leads
 * to when that is not the screen's own next.
 */
public record Pick(String id, Localized label, Optional<String> picture, int price, Optional<String> next) {
}
