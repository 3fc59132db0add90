package org.madang.counter;

import java.awt.CardLayout;
import javax.swing.JComponent;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import org.madang.counter.learning.CoursesPanel;
import org.madang.counter.learning.CoursesPresenter;
import org.madang.counter.residents.PinPanel;
import org.madang.counter.residents.PinPresenter;
import org.madang.core.clerk.Clerk;
import org.madang.core.demo.DemoSeeder;
import org.madang.counter.login.LoginPanel;
import org.madang.counter.login.LoginPresenter;
import org.madang.counter.today.TodayPanel;
import org.madang.counter.today.TodayPresenter;
import org.madang.ui.Messages;
import org.madang.ui.Tasks;

/** The clerk's window content: sign-in, then the screens of the integrated counter. */
public final class CounterApp {
    public static final String LOGIN = "login";
    public static final String TODAY = "today";
    public static final String COURSES = "courses";
    public static final String PIN = "pin";

    private final CounterServices services;
    private final Tasks tasks;
    private final Messages words;
    private final CardLayout cards = new CardLayout();
    private final JPanel root = new JPanel(cards);
    private TodayPresenter today;
    private CoursesPresenter courses;
    private JTabbedPane tabs;

    public CounterApp(CounterServices services, Tasks tasks, Messages words) {
        this.services = services;
        this.tasks = tasks;
        this.words = words;
        root.setName("counter.root");
        String hint = services.demoHint()
                ? words.get("counter.login.demo", DemoSeeder.DEMO_CLERK_LOGIN, DemoSeeder.DEMO_CLERK_PASSWORD) : "";
        LoginPanel login = new LoginPanel(words, hint, this::signedIn);
        login.attach(new LoginPresenter(login, services.clerks(), tasks));
        root.add(login, LOGIN);
        cards.show(root, LOGIN);
    }

    /** Every screen id of the counter. */
    public static java.util.List<String> screenIds() {
        return java.util.List.of(LOGIN, TODAY, COURSES, PIN);
    }

    /** Opens the clerk's screens (after a sign-in, or directly for screenshots). */
    public void signedIn(Clerk clerk) {
        TodayPanel panel = new TodayPanel(words, clerk.name());
        today = new TodayPresenter(panel, services, tasks);
        panel.onRefresh(today::reload);
        panel.onAnswer(id -> today.answer(id, clerk.login()));
        CoursesPanel coursesPanel = new CoursesPanel(words);
        courses = new CoursesPresenter(coursesPanel, services, tasks);
        coursesPanel.onRefresh(courses::reload);
        coursesPanel.onTopic(courses::chooseTopic);
        PinPanel pinPanel = new PinPanel(words);
        pinPanel.attach(new PinPresenter(pinPanel, services, tasks, clerk.login()));
        tabs = new JTabbedPane();
        tabs.setName("counter.tabs");
        tabs.addTab(words.get("counter.tab.today"), panel);
        tabs.addTab(words.get("counter.tab.courses"), coursesPanel);
        tabs.addTab(words.get("counter.tab.pin"), pinPanel);
        root.add(tabs, TODAY);
        cards.show(root, TODAY);
        today.start(courses::eventsArrived);
        courses.reload();
    }

    /** Shows one of the signed-in screens (for screenshots): {@link #TODAY}, {@link #COURSES} or {@link #PIN}. */
    public void showTab(String id) {
        tabs.setSelectedIndex(List.of(TODAY, COURSES, PIN).indexOf(id));
    }

    public JComponent root() {
        return root;
    }

    public void stop() {
        services.follower().close();
    }
}
