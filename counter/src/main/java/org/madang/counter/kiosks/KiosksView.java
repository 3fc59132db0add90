package org.madang.counter.kiosks;

import java.time.LocalDateTime;
import java.util.List;
import org.madang.core.Refusal;
import org.madang.core.terminal.FleetAlert;
import org.madang.core.terminal.TerminalStatus;

/** The Kiosks workspace: every terminal's last beat, what needs a person, and the lock. */
public interface KiosksView {

    /** The terminals as read at {@code now}, and the alerts among them. */
    void showFleet(List<TerminalStatus> terminals, List<FleetAlert> alerts, LocalDateTime now);

    /** A lock, unlock or removal was refused; nothing changed. */
    void showRefusal(Refusal refusal);

    /** The fleet could not be read or changed; what was shown stays. */
    void showFailure();

    /** A lock was ordered: the message field is emptied for the next one. */
    void lockOrdered(String terminalId);
}
