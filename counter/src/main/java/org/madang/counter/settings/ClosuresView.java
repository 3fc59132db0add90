package org.madang.counter.settings;

import java.util.List;
import org.madang.core.booking.Closures;
import org.madang.core.facility.Facility;

/** Settings → closures (an administrator's). */
public interface ClosuresView {

    /** The facilities to choose from, and the closures in force. */
    void showClosures(List<Facility> facilities, List<Closures.Closure> current);

    /** What the closure would hit, or per field why it cannot be made (nothing was written). */
    void showPreview(Closures.Preview preview);

    void showClosed(Closures.Preview done);

    void showReopened();

    void showRefusal(org.madang.core.Refusal refusal);

    void showFailure();
}
