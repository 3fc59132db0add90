package org.madang.counter.login;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.CardLayout;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.clerk.Clerk;
import org.madang.core.clerk.ClerkService;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/** The counter's sign-in form, and the form that replaces a temporary password with the clerk's own. */
public final class LoginPanel extends JPanel implements LoginView {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "form";
    private static final String CHANGE = "change";

    private final Messages words;
    private final Formats formats;
    private final CardLayout cards = new CardLayout();
    private final JTextField login = new JTextField(16);
    private final JPasswordField password = new JPasswordField(16);
    private final JButton submit;
    private final javax.swing.JCheckBox changeFirst = new javax.swing.JCheckBox();
    private final JLabel problem = new JLabel(" ");
    private final JLabel changeTitle = new JLabel();
    private final JPasswordField newPassword = new JPasswordField(16);
    private final JPasswordField repeatPassword = new JPasswordField(16);
    private final JButton change;
    private final JLabel changeProblem = new JLabel(" ");
    private final JLabel changeWhy = new JLabel(" ");
    private final Consumer<Clerk> signedIn;
    private LoginPresenter presenter;

    public LoginPanel(Messages words, String demoHint, Consumer<Clerk> signedIn) {
        this.words = words;
        this.formats = new Formats(words);
        this.signedIn = signedIn;
        setLayout(cards);
        setName("screen.login");
        JPanel form = new JPanel(new MigLayout("wrap 2, align center center, gap 12", "[right][300!]"));
        JLabel title = new JLabel(words.get("counter.login.title"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        login.setName("login.user");
        password.setName("login.password");
        submit = new JButton(words.get("counter.login.submit"));
        submit.setName("login.submit");
        problem.setName("login.problem");
        problem.putClientProperty(FlatClientProperties.STYLE_CLASS, "refusal");
        form.add(title, "span 2, center, gapbottom 16");
        form.add(labelFor("counter.login.user", login));
        form.add(login, "growx");
        form.add(labelFor("counter.login.password", password));
        form.add(password, "growx");
        changeFirst.setName("login.changeFirst");
        changeFirst.setText(words.get("counter.login.changeFirst"));
        form.add(changeFirst, "skip");
        form.add(submit, "skip, growx");
        form.add(problem, "span 2, center");
        if (!demoHint.isEmpty()) {
            JLabel hint = new JLabel(demoHint);
            hint.setName("login.demoHint");
            form.add(hint, "span 2, center, gaptop 24");
        }
        submit.addActionListener(e -> presenter.signIn(login.getText(), password.getPassword(), changeFirst.isSelected()));
        password.addActionListener(e -> submit.doClick());
        login.addActionListener(e -> password.requestFocusInWindow());

        JPanel changing = new JPanel(new MigLayout("wrap 2, align center center, gap 12", "[right][300!]"));
        changeTitle.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        changeTitle.setName("login.changeTitle");
        newPassword.setName("login.newPassword");
        repeatPassword.setName("login.repeatPassword");
        change = new JButton(words.get("counter.login.change"));
        change.setName("login.change");
        JButton back = new JButton(words.get("counter.login.changeCancel"));
        back.setName("login.changeCancel");
        changeProblem.setName("login.changeProblem");
        changeProblem.putClientProperty(FlatClientProperties.STYLE_CLASS, "refusal");
        changing.add(changeTitle, "span 2, center");
        changeWhy.setName("login.changeWhy");
        changing.add(changeWhy, "span 2, center, gapbottom 16");
        changing.add(labelFor("counter.login.newPassword", newPassword));
        changing.add(newPassword, "growx");
        changing.add(labelFor("counter.login.repeatPassword", repeatPassword));
        changing.add(repeatPassword, "growx");
        changing.add(change, "skip, split 2, growx");
        changing.add(back);
        changing.add(changeProblem, "span 2, center");
        change.addActionListener(e -> presenter.changePassword(newPassword.getPassword(), repeatPassword.getPassword()));
        newPassword.addActionListener(e -> repeatPassword.requestFocusInWindow());
        repeatPassword.addActionListener(e -> change.doClick());
        back.addActionListener(e -> presenter.cancelChange());

        add(form, FORM);
        add(changing, CHANGE);
    }

    private JLabel labelFor(String key, java.awt.Component field) {
        JLabel label = new JLabel(words.get(key));
        label.setLabelFor(field);
        return label;
    }

    public void attach(LoginPresenter loginPresenter) {
        this.presenter = loginPresenter;
    }

    @Override
    public void showSignedIn(Clerk clerk) {
        password.setText("");
        changeFirst.setSelected(false);
        newPassword.setText("");
        repeatPassword.setText("");
        problem.setText(" ");
        changeProblem.setText(" ");
        cards.show(this, FORM);
        signedIn.accept(clerk);
    }

    @Override
    public void showRejected() {
        password.setText("");
        problem.setText(words.get("counter.login.failed"));
        password.requestFocusInWindow();
    }

    @Override
    public void showLocked(LocalDateTime until) {
        password.setText("");
        problem.setText(lockedWords(words, until));
    }

    @Override
    public void showOtherCentre(String centre) {
        password.setText("");
        problem.setText(words.get("counter.login.otherCentre", centre));
    }

    /** "Wrong password 5 times: locked until 10:15", for the sign-in and the locked counter alike. */
    static String lockedWords(Messages words, LocalDateTime until) {
        return words.get("counter.login.locked", ClerkService.MAX_FAILURES, new Formats(words).time(until));
    }

    @Override
    public void showMustChange(Clerk clerk, boolean required) {
        changeWhy.setText(words.get(required ? "counter.login.changeWhy" : "counter.login.changeRule", ClerkService.MIN_PASSWORD));
        password.setText("");
        problem.setText(" ");
        changeProblem.setText(" ");
        changeTitle.setText(words.get("counter.login.changeTitle", clerk.name()));
        cards.show(this, CHANGE);
        newPassword.requestFocusInWindow();
    }

    @Override
    public void showPasswordRefused(Refusal why) {
        newPassword.setText("");
        repeatPassword.setText("");
        changeProblem.setText(words.get(why.messageKey(), why.args().toArray()));
        newPassword.requestFocusInWindow();
    }

    @Override
    public void showSignInForm() {
        login.setText("");
        password.setText("");
        problem.setText(" ");
        cards.show(this, FORM);
        login.requestFocusInWindow();
    }

    @Override
    public void showFailure() {
        problem.setText(words.get("counter.failure"));
        changeProblem.setText(words.get("counter.failure"));
    }

    @Override
    public void setBusy(boolean busy) {
        submit.setEnabled(!busy);
        change.setEnabled(!busy);
    }
}
