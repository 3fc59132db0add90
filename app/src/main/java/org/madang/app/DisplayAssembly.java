package org.madang.app;

import org.madang.core.event.EventFollower;
import org.madang.core.event.EventLog;
import org.madang.counter.board.BoardServices;
import org.madang.hardware.voice.Voice;

/** Wires the queue display board from an open site. */
final class DisplayAssembly {
    /** How often the board looks for calls: a wall screen does nothing else, so it looks often (a call shows within ~0.1 s). */
    static final java.time.Duration FOLLOW_INTERVAL = java.time.Duration.ofMillis(100);

    private DisplayAssembly() {
    }

    static BoardServices services(SiteRuntime site, Voice voice) {
        EventLog events = site.events();
        return new BoardServices(site.clock, site.queue(events), site.notices(events), events,
                new EventFollower(events, FOLLOW_INTERVAL), voice, site.config.display().speak());
    }
}
