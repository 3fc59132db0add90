package org.madang.counter.settings;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JTabbedPane;
import org.madang.core.course.Course;
import org.madang.core.course.CourseDesk;
import org.madang.core.course.InstructorDesk;
import org.madang.core.course.TermDesk;
import org.madang.core.document.DocumentType;
import org.madang.core.document.DocumentTypeDesk;
import org.madang.core.event.Event;
import org.madang.core.event.EventType;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCatalogue;
import org.madang.core.queue.QueueServiceDesk;
import org.madang.counter.CounterServices;
import org.madang.ui.Messages;
import org.madang.ui.Tasks;

/**
 * The administrator's Settings workspace: staff accounts, the lists of needs and welfare
 * services, the policy figures, closures, facilities, notices, courses, terms, instructors,
 * document types and queue services — a tab each, each kept current by the site's events.
 */
public final class SettingsWorkspace {
    private final JTabbedPane tabs = new JTabbedPane();
    private final Messages words;
    private final List<Consumer<List<Event>>> listeners = new ArrayList<>();
    private final List<Runnable> loads = new ArrayList<>();

    public SettingsWorkspace(CounterServices services, Tasks tasks, Messages words, String admin) {
        this.words = words;
        tabs.setName("settings.tabs");
        tabs.setTabLayoutPolicy(JTabbedPane.SCROLL_TAB_LAYOUT);
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
        CounterServices.Catalogue catalogue = services.catalogue();
        FacilitiesPanel facilitiesPanel = new FacilitiesPanel(words);
        EditPresenter<Facility, FacilityCatalogue.Draft> facilities = new EditPresenter<>(facilitiesPanel, catalogue.facilityEditor()::all,
                (draft, who) -> FacilitiesPanel.save(catalogue.facilityEditor(), draft, who), EnumSet.of(EventType.FACILITY_SAVED), tasks, admin);
        facilitiesPanel.attach(facilities);
        facilitiesPanel.picture().attach(new PicturePresenter(facilitiesPanel.picture(), catalogue.pictures(), tasks, admin));
        tab("counter.settings.tab.facilities", facilitiesPanel, facilities::eventsArrived, facilities::reload);
        CourseCataloguePanel coursesPanel = new CourseCataloguePanel(words);
        EditPresenter<Course, CourseDesk.Draft> courses = new EditPresenter<Course, CourseDesk.Draft>(coursesPanel, catalogue.courses()::all,
                catalogue.courses()::save, EnumSet.of(EventType.COURSE_SAVED, EventType.TERM_SAVED, EventType.INSTRUCTOR_SAVED,
                EventType.COURSE_CLOSED), tasks, admin)
                .alsoReading(() -> new CourseCataloguePanel.Choices(catalogue.terms().all(), catalogue.instructors().all().stream()
                        .map(InstructorDesk.Entry::name).toList()), coursesPanel::showChoices);
        coursesPanel.attach(courses);
        tab("counter.settings.tab.courses", coursesPanel, courses::eventsArrived, courses::reload);
        TermsPanel termsPanel = new TermsPanel(words);
        EditPresenter<TermDesk.Term, TermDesk.Term> terms = new EditPresenter<>(termsPanel, catalogue.terms()::all, catalogue.terms()::save,
                EnumSet.of(EventType.TERM_SAVED), tasks, admin);
        termsPanel.attach(terms);
        tab("counter.settings.tab.terms", termsPanel, terms::eventsArrived, terms::reload);
        InstructorsPanel instructorsPanel = new InstructorsPanel(words);
        EditPresenter<InstructorDesk.Entry, InstructorDesk.Draft> instructors = new EditPresenter<>(instructorsPanel,
                catalogue.instructors()::all, catalogue.instructors()::save, EnumSet.of(EventType.INSTRUCTOR_SAVED, EventType.COURSE_SAVED), tasks,
                admin);
        instructorsPanel.attach(instructors);
        instructorsPanel.picture().attach(new PicturePresenter(instructorsPanel.picture(), catalogue.pictures(), tasks, admin));
        tab("counter.settings.tab.instructors", instructorsPanel, instructors::eventsArrived, instructors::reload);
        DocumentTypesPanel typesPanel = new DocumentTypesPanel(words);
        EditPresenter<DocumentType, DocumentTypeDesk.Draft> types = new EditPresenter<>(typesPanel, catalogue.documentTypes()::all,
                catalogue.documentTypeEditor()::save, EnumSet.of(EventType.DOCUMENT_TYPE_SAVED), tasks, admin);
        typesPanel.attach(types);
        tab("counter.settings.tab.documentTypes", typesPanel, types::eventsArrived, types::reload);
        QueueServicesPanel queuePanel = new QueueServicesPanel(words);
        EditPresenter<QueueServiceDesk.Entry, QueueServiceDesk.Entry> queueServices = new EditPresenter<>(queuePanel,
                catalogue.queueServices()::all, catalogue.queueServices()::save, EnumSet.of(EventType.QUEUE_SERVICE_SAVED), tasks, admin);
        queuePanel.attach(queueServices);
        QueueDesksPresenter desks = new QueueDesksPresenter(queuePanel, catalogue.queueServices(), tasks, admin);
        queuePanel.attachDesks(desks);
        tab("counter.settings.tab.queueServices", queuePanel, queueServices::eventsArrived, queueServices::reload);
        listeners.add(desks::eventsArrived);
        loads.add(desks::reload);
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
