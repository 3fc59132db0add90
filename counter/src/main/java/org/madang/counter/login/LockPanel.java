package org.madang.counter.login;

import com.formdev.flatlaf.FlatClientProperties;
import java.time.LocalDateTime;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import net.miginfocom.swing.MigLayout;
import org.madang.core.clerk.Clerk;
import org.madang.ui.Messages;

/**
 * What a counter shows when locked: nothing of the resident it was serving, only who locked it,
 * their password to go on, and a way for another clerk to sign in instead.
 */
public final class LockPanel extends JPanel implements LockView {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final JPasswordField password = new JPasswordField(16);
    private final JButton unlock;
    private final JLabel problem = new JLabel(" ");
    private final Runnable unlocked;
    private LockPresenter presenter;

    /**
     * @param unlocked shows the window again
     * @param signOut  lets another clerk sign in (the desk's ticket stays with the desk)
     */
    public LockPanel(Messages words, Clerk clerk, Runnable unlocked, Runnable signOut) {
        super(new MigLayout("wrap 2, align center center, gap 12", "[right][300!]"));
        this.words = words;
        this.unlocked = unlocked;
        setName("screen.locked");
        JLabel title = new JLabel(words.get("counter.lock.title"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        JLabel who = new JLabel(words.get("counter.lock.who", clerk.name(), clerk.login()));
        who.setName("lock.who");
        password.setName("lock.password");
        unlock = new JButton(words.get("counter.lock.unlock"));
        unlock.setName("lock.unlock");
        JButton other = new JButton(words.get("counter.lock.other"));
        other.setName("lock.other");
        problem.setName("lock.problem");
        problem.putClientProperty(FlatClientProperties.STYLE_CLASS, "refusal");
        JLabel label = new JLabel(words.get("counter.login.password"));
        label.setLabelFor(password);
        add(title, "span 2, center");
        add(who, "span 2, center, gapbottom 16");
        add(label);
        add(password, "growx");
        add(unlock, "skip, growx");
        add(problem, "span 2, center");
        add(other, "span 2, center, gaptop 24");
        unlock.addActionListener(e -> presenter.unlock(password.getPassword()));
        password.addActionListener(e -> unlock.doClick());
        other.addActionListener(e -> signOut.run());
    }

    public void attach(LockPresenter lockPresenter) {
        this.presenter = lockPresenter;
    }

    /** The keyboard on the password, ready for the clerk who comes back. */
    public void focusPassword() {
        password.setText("");
        problem.setText(" ");
        password.requestFocusInWindow();
    }

    @Override
    public void showUnlocked() {
        password.setText("");
        problem.setText(" ");
        unlocked.run();
    }

    @Override
    public void showRejected() {
        password.setText("");
        problem.setText(words.get("counter.lock.wrong"));
        password.requestFocusInWindow();
    }

    @Override
    public void showLocked(LocalDateTime until) {
        password.setText("");
        problem.setText(LoginPanel.lockedWords(words, until));
    }

    @Override
    public void showOtherCentre(String centre) {
        password.setText("");
        problem.setText(words.get("counter.login.otherCentre", centre));
    }

    @Override
    public void showFailure() {
        problem.setText(words.get("counter.failure"));
    }

    @Override
    public void setBusy(boolean busy) {
        unlock.setEnabled(!busy);
    }
}
