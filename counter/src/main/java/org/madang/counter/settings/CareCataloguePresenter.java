package org.madang.counter.settings;

import java.util.List;
import org.madang.core.care.CareCatalogue;
import org.madang.core.care.CaseOutcome;
import org.madang.core.care.CatalogueEntry;
import org.madang.core.event.Event;
import org.madang.core.event.EventType;
import org.madang.counter.shell.Failures;
import org.madang.ui.Tasks;

/**
 * Settings → the kinds of need and the welfare services (an administrator's): add one, rename it,
 * switch it off or on. The kiosk's topics and the counter's forms follow at once.
 */
public final class CareCataloguePresenter {
    private final CareCatalogueView view;
    private final CareCatalogue catalogue;
    private final Tasks tasks;
    private final String admin;

    public CareCataloguePresenter(CareCatalogueView view, CareCatalogue catalogue, Tasks tasks, String admin) {
        this.view = view;
        this.catalogue = catalogue;
        this.tasks = tasks;
        this.admin = admin;
    }

    private record Lists(List<CatalogueEntry> needs, List<CatalogueEntry> services) {
    }

    public void reload() {
        tasks.run(() -> new Lists(catalogue.needKinds(false), catalogue.services(false)), l -> view.showLists(l.needs(), l.services()),
                Failures.shown(view::showRefusal, view::showFailure));
    }

    public void save(CareCatalogue.Part part, CatalogueEntry entry) {
        tasks.run(() -> catalogue.save(part, entry, admin), outcome -> {
            if (outcome instanceof CaseOutcome.Done<CatalogueEntry> done) {
                view.showSaved(done.value());
                reload();
            } else if (outcome instanceof CaseOutcome.Invalid<CatalogueEntry> invalid) {
                view.showInvalid(invalid.fields());
            } else if (outcome instanceof CaseOutcome.Refused<CatalogueEntry> refused) {
                view.showRefusal(refused.refusal());
            }
        }, Failures.shown(view::showRefusal, view::showFailure));
    }

    /** Another administrator's change shows here too. */
    public void eventsArrived(List<Event> events) {
        if (events.stream().anyMatch(e -> e.is(EventType.CARE_CATALOGUE_CHANGED))) {
            tasks.onUiThread(this::reload);
        }
    }
}
