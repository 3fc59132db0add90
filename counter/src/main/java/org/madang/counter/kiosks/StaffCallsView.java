package org.madang.counter.kiosks;

import java.util.List;
import org.madang.core.terminal.StaffCall;

/** Kiosks where a resident pressed "call staff" and no clerk has answered yet. */
public interface StaffCallsView {
    /** The open calls; empty hides the alert. */
    void showStaffCalls(List<StaffCall> open);

    void showFailure();
}
