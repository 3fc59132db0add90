package org.madang.counter.settings;

import java.util.List;
import java.util.Map;
import org.madang.core.Refusal;
import org.madang.core.facility.Facility;

/** Settings → facilities (an administrator's). */
public interface FacilitiesView {

    void showFacilities(List<Facility> facilities);

    /** Saved: the facility as stored (kiosks show it from their next screen). */
    void showSaved(Facility facility);

    /** Each field that will not do; nothing was saved. */
    void showInvalid(Map<String, Refusal> fields);

    void showFailure();
}
