package org.madang.counter;

import java.awt.CardLayout;
import javax.swing.JComponent;
import javax.swing.JPanel;
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

    private final CounterServices services;
    private final Tasks tasks;
    private final Messages words;
    private final CardLayout cards = new CardLayout();
    private final JPanel root = new JPanel(cards);
    private TodayPresenter today;

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
        return java.util.List.of(LOGIN, TODAY);
    }

    /** Opens the clerk's screens (after a sign-in, or directly for screenshots). */
    public void signedIn(Clerk clerk) {
        TodayPanel panel = new TodayPanel(words, clerk.name());
        today = new TodayPresenter(panel, services, tasks);
        panel.onRefresh(today::reload);
        panel.onAnswer(id -> today.answer(id, clerk.login()));
        root.add(panel, TODAY);
        cards.show(root, TODAY);
        today.start();
    }

    public JComponent root() {
        return root;
    }

    public void stop() {
        services.follower().close();
    }
}
