package org.madang.app;

import java.time.Duration;
import org.madang.core.event.EventFollower;
import org.madang.core.event.EventLog;
import org.madang.counter.CounterServices;

/** Wires the counter from an open site. */
final class CounterAssembly {
    /** How often the counter looks for other terminals' events: well inside the one-second promise. */
    static final Duration FOLLOW_INTERVAL = Duration.ofMillis(250);

    private CounterAssembly() {
    }

    static CounterServices services(SiteRuntime site, boolean demoHint) {
        EventLog events = site.events();
        return new CounterServices(site.config, site.clock, site.clerks(events), site.bookingStore(), events,
                new EventFollower(events, FOLLOW_INTERVAL), site.staffCalls(events), demoHint, site.courses(events),
                site.courseWishes(events), site.residents(), site.pins(events));
    }
}
