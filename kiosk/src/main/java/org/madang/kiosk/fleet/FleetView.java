package org.madang.kiosk.fleet;

import java.util.Map;
import java.util.Optional;
import org.madang.core.terminal.LockOrder;
import org.madang.core.terminal.SessionState;

/** What the fleet asks of the kiosk's screens (the kiosk app). */
public interface FleetView {

    /** Where the kiosk is, for the heartbeat: read on the heartbeat's thread. */
    Whereabouts whereabouts();

    /** The lock ordered for this kiosk, or none (lifted). On the UI thread. */
    void showLock(Optional<LockOrder> order);

    /** The services paused for a failing device: tile name → device label; empty resumes all. On the UI thread. */
    void showPaused(Map<String, String> paused);

    /** The screen showing, the session's language and whether someone is using the kiosk. */
    record Whereabouts(String screen, String language, SessionState session) {
    }
}
