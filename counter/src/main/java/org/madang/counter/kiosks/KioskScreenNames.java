package org.madang.counter.kiosks;

import java.util.Map;
import java.util.Set;
import org.madang.ui.Messages;

/** What the counter calls each kiosk screen, so a staff call says where the resident is stuck in words, not an id. */
public final class KioskScreenNames {
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("idle", "counter.screen.idle"),
            Map.entry("home", "counter.screen.home"),
            Map.entry("booking.categories", "counter.screen.booking.categories"),
            Map.entry("booking.facilities", "counter.screen.booking.facilities"),
            Map.entry("booking.facility", "counter.screen.booking.facility"),
            Map.entry("booking.days", "counter.screen.booking.days"),
            Map.entry("booking.slots", "counter.screen.booking.slots"),
            Map.entry("booking.identify", "counter.screen.booking.identify"),
            Map.entry("booking.confirm", "counter.screen.booking.confirm"),
            Map.entry("booking.done", "counter.screen.booking.done"),
            Map.entry("booking.result", "counter.screen.booking.result"),
            Map.entry("identify.news", "counter.screen.identify.news"),
            Map.entry("mine.identify", "counter.screen.mine.identify"),
            Map.entry("mine.list", "counter.screen.mine.list"),
            Map.entry("mine.cancel", "counter.screen.mine.cancel"),
            Map.entry("mine.cancelled", "counter.screen.mine.cancelled"),
            Map.entry("courses.list", "counter.screen.courses.list"),
            Map.entry("courses.filter", "counter.screen.courses.filter"),
            Map.entry("courses.course", "counter.screen.courses.course"),
            Map.entry("courses.identify", "counter.screen.courses.identify"),
            Map.entry("courses.confirm", "counter.screen.courses.confirm"),
            Map.entry("courses.done", "counter.screen.courses.done"),
            Map.entry("courses.mine", "counter.screen.courses.mine"),
            Map.entry("courses.history", "counter.screen.courses.history"),
            Map.entry("courses.cancel", "counter.screen.courses.cancel"),
            Map.entry("courses.cancelled", "counter.screen.courses.cancelled"),
            Map.entry("courses.wish", "counter.screen.courses.wish"),
            Map.entry("courses.wished", "counter.screen.courses.wished"),
            Map.entry("documents.identify", "counter.screen.documents.identify"),
            Map.entry("documents.pin", "counter.screen.documents.pin"),
            Map.entry("documents.types", "counter.screen.documents.types"),
            Map.entry("documents.subject", "counter.screen.documents.subject"),
            Map.entry("documents.options", "counter.screen.documents.options"),
            Map.entry("documents.preview", "counter.screen.documents.preview"),
            Map.entry("documents.issued", "counter.screen.documents.issued"),
            Map.entry("verifying.code", "counter.screen.verifying.code"),
            Map.entry("verifying.result", "counter.screen.verifying.result"),
            Map.entry("checkin", "counter.screen.checkin"),
            Map.entry("queue.lines", "counter.screen.queue.lines"),
            Map.entry("queue.priority", "counter.screen.queue.priority"),
            Map.entry("queue.ticket", "counter.screen.queue.ticket"),
            Map.entry("welfare.identify", "counter.screen.welfare.identify"),
            Map.entry("welfare.topic", "counter.screen.welfare.topic"),
            Map.entry("welfare.when", "counter.screen.welfare.when"),
            Map.entry("welfare.done", "counter.screen.welfare.done"),
            Map.entry("notices", "counter.screen.notices"),
            Map.entry("locked", "counter.screen.locked"));

    private KioskScreenNames() {
    }

    /** The screen's name in the clerk's language; a screen this counter does not know by its id. */
    public static String of(String screenId, Messages words) {
        String key = KEYS.get(screenId);
        return key == null ? screenId : words.get(key);
    }

    /** The kiosk screens named. */
    public static Set<String> known() {
        return KEYS.keySet();
    }
}
