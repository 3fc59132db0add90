package org.madang.counter.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JTabbedPane;
import org.madang.core.event.Event;
import org.madang.counter.CounterServices;
import org.madang.ui.Messages;
import org.madang.ui.Tasks;

/**
 * The administrator's Settings workspace: staff accounts, the lists of needs and welfare
 * services, the policy figures, closures, facilities and notices — a tab each, each kept current
 * by the site's events.
 */
public final class SettingsWorkspace {
    private final JTabbedPane tabs = new JTabbedPane();
    private final Messages words;
    private final List<Consumer<List<Event>>> listeners = new ArrayList<>();
    private final List<Runnable> loads = new ArrayList<>();

    public SettingsWorkspace(CounterServices services, Tasks tasks, Messages words, String admin) {
        this.words = words;
        tabs.setName("settings.tabs");
        ClerksPanel clerksPanel = new ClerksPanel(words, services.clock());
        ClerksPresenter clerks = new ClerksPresenter(clerksPanel, services.accounts(), tasks, admin);
        clerksPanel.attach(clerks);
        tab("counter.settings.tab.clerks", clerksPanel, clerks::eventsArrived, clerks::reload);
        CareCataloguePanel carePanel = new CareCataloguePanel(words);
        CareCataloguePresenter care = new CareCataloguePresenter(carePanel, services.care().catalogue(), tasks, admin);
        carePanel.attach(care);
        tab("counter.settings.tab.care", carePanel, care::eventsArrived, care::reload);
        PolicyPanel policyPanel = new PolicyPanel(words);
        PolicyPresenter policy = new PolicyPresenter(policyPanel, services.catalogue().policy(), tasks, admin);
        policyPanel.attach(policy);
        tab("counter.settings.tab.policy", policyPanel, policy::eventsArrived, policy::reload);
        ClosuresPanel closuresPanel = new ClosuresPanel(words);
        ClosuresPresenter closures = new ClosuresPresenter(closuresPanel, services.catalogue().closures(), services.catalogue().facilities(),
                tasks, admin);
        closuresPanel.attach(closures);
        tab("counter.settings.tab.closures", closuresPanel, closures::eventsArrived, closures::reload);
        FacilitiesPanel facilitiesPanel = new FacilitiesPanel(words);
        FacilitiesPresenter facilities = new FacilitiesPresenter(facilitiesPanel, services.catalogue().facilityEditor(), tasks, admin);
        facilitiesPanel.attach(facilities);
        tab("counter.settings.tab.facilities", facilitiesPanel, facilities::eventsArrived, facilities::reload);
        NoticesPanel noticesPanel = new NoticesPanel(words, services.clock());
        NoticesPresenter notices = new NoticesPresenter(noticesPanel, services.catalogue().notices(), tasks, admin);
        noticesPanel.attach(notices);
        tab("counter.settings.tab.notices", noticesPanel, notices::eventsArrived, notices::reload);
    }

    private void tab(String titleKey, JComponent panel, Consumer<List<Event>> listener, Runnable load) {
        tabs.addTab(words.get(titleKey), panel);
        listeners.add(listener);
        loads.add(load);
    }

    public JComponent component() {
        return tabs;
    }

    /** Every tab's follower of the site's events. */
    public List<Consumer<List<Event>>> listeners() {
        return List.copyOf(listeners);
    }

    /** Every tab's first read. */
    public List<Runnable> loads() {
        return List.copyOf(loads);
    }
}
