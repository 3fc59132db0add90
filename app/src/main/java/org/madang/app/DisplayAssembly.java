package org.madang.app;

import org.madang.core.event.EventFollower;
import org.madang.core.event.EventLog;
import org.madang.counter.board.BoardServices;
import org.madang.hardware.voice.Voice;

/** Wires the queue display board from an open site. */
final class DisplayAssembly {
    private DisplayAssembly() {
    }

    static BoardServices services(SiteRuntime site, Voice voice) {
        EventLog events = site.events();
        return new BoardServices(site.clock, site.queue(events), site.notices(events), events,
                new EventFollower(events, CounterAssembly.FOLLOW_INTERVAL), voice, site.config.display().speak());
    }
}
