package org.madang.counter.settings;

import java.util.List;
import org.madang.core.event.Event;
import org.madang.core.event.EventType;
import org.madang.core.facility.FacilityCatalogue;
import org.madang.ui.Tasks;

/** Settings → facilities: add one, change one; every field checked, and another administrator's save shows here too. */
public final class FacilitiesPresenter {
    private final FacilitiesView view;
    private final FacilityCatalogue catalogue;
    private final Tasks tasks;
    private final String admin;

    public FacilitiesPresenter(FacilitiesView view, FacilityCatalogue catalogue, Tasks tasks, String admin) {
        this.view = view;
        this.catalogue = catalogue;
        this.tasks = tasks;
        this.admin = admin;
    }

    public void reload() {
        tasks.run(catalogue::all, view::showFacilities, e -> view.showFailure());
    }

    public void save(FacilityCatalogue.Draft draft) {
        tasks.run(() -> catalogue.save(draft, admin), outcome -> {
            if (outcome instanceof FacilityCatalogue.Outcome.Saved saved) {
                view.showSaved(saved.facility());
                reload();
            } else if (outcome instanceof FacilityCatalogue.Outcome.Invalid invalid) {
                view.showInvalid(invalid.fields());
            }
        }, e -> view.showFailure());
    }

    /** From the follower's thread. */
    public void eventsArrived(List<Event> events) {
        if (events.stream().anyMatch(e -> e.type().equals(EventType.FACILITY_SAVED.wireName()))) {
            tasks.onUiThread(this::reload);
        }
    }
}
