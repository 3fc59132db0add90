package org.madang.counter.login;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.madang.core.clerk.Clerk;
import org.madang.ui.Messages;

/** The counter's sign-in form. */
public final class LoginPanel extends JPanel implements LoginView {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final JTextField login = new JTextField(16);
    private final JPasswordField password = new JPasswordField(16);
    private final JButton submit;
    private final JLabel problem = new JLabel(" ");
    private final Consumer<Clerk> signedIn;
    private LoginPresenter presenter;

    public LoginPanel(Messages words, String demoHint, Consumer<Clerk> signedIn) {
        super(new MigLayout("wrap 2, align center center, gap 12", "[right][300!]"));
        this.words = words;
        this.signedIn = signedIn;
        setName("screen.login");
        JLabel title = new JLabel(words.get("counter.login.title"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        login.setName("login.user");
        password.setName("login.password");
        submit = new JButton(words.get("counter.login.submit"));
        submit.setName("login.submit");
        problem.setName("login.problem");
        problem.putClientProperty(FlatClientProperties.STYLE_CLASS, "refusal");
        JLabel userLabel = new JLabel(words.get("counter.login.user"));
        userLabel.setLabelFor(login);
        JLabel passwordLabel = new JLabel(words.get("counter.login.password"));
        passwordLabel.setLabelFor(password);
        add(title, "span 2, center, gapbottom 16");
        add(userLabel);
        add(login, "growx");
        add(passwordLabel);
        add(password, "growx");
        add(submit, "skip, growx");
        add(problem, "span 2, center");
        if (!demoHint.isEmpty()) {
            JLabel hint = new JLabel(demoHint);
            hint.setName("login.demoHint");
            add(hint, "span 2, center, gaptop 24");
        }
        submit.addActionListener(e -> presenter.signIn(login.getText(), password.getPassword()));
        password.addActionListener(e -> submit.doClick());
        login.addActionListener(e -> password.requestFocusInWindow());
    }

    public void attach(LoginPresenter loginPresenter) {
        this.presenter = loginPresenter;
    }

    @Override
    public void showSignedIn(Clerk clerk) {
        password.setText("");
        problem.setText(" ");
        signedIn.accept(clerk);
    }

    @Override
    public void showRejected() {
        password.setText("");
        problem.setText(words.get("counter.login.failed"));
        password.requestFocusInWindow();
    }

    @Override
    public void showFailure() {
        problem.setText(words.get("counter.failure"));
    }

    @Override
    public void setBusy(boolean busy) {
        submit.setEnabled(!busy);
    }
}
