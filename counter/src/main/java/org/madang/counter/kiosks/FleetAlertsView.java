package org.madang.counter.kiosks;

import java.util.List;
import org.madang.core.terminal.FleetAlert;

/** The alerts that need action, at the top of every workspace. */
public interface FleetAlertsView {

    void showAlerts(List<FleetAlert> alerts);
}
