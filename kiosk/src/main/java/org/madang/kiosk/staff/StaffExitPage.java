package org.madang.kiosk.staff;

import java.util.function.Function;
import javax.swing.JLabel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.kiosk.shell.Navigator;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/**
 * The staff exit (a key sequence on a keyboard staff plug in): a clerk's login and password, and
 * "Close the kiosk". Not a resident's screen: no tile leads here, and it is not in the walk.
 */
public final class StaffExitPage extends KioskPage implements StaffExitView {
    private static final long serialVersionUID = 1L;
    public static final String ID = "staffExit";

    private final transient Navigator navigator;
    private final transient StaffExitPresenter presenter;
    private final JTextField login = new JTextField(16);
    private final JPasswordField password = new JPasswordField(16);
    private final WrappingText refused = new WrappingText("staffExit.refused", "refusal");

    public StaffExitPage(Look look, Navigator navigator, Function<StaffExitView, StaffExitPresenter> presenters) {
        super(look, ID);
        this.navigator = navigator;
        setTitle(look.words().get("clerk.kioskExit.title"));
        setHint(look.words().get("clerk.kioskExit.hint"));
        login.setName("staffExit.login");
        password.setName("staffExit.password");
        JLabel loginLabel = new JLabel(look.words().get("clerk.kioskExit.login"));
        loginLabel.setLabelFor(login);
        JLabel passwordLabel = new JLabel(look.words().get("clerk.kioskExit.password"));
        passwordLabel.setLabelFor(password);
        TouchButton close = new TouchButton("staffExit.close", look.words().get("clerk.kioskExit.close"), "primary", look.scale());
        TouchButton back = new TouchButton("staffExit.back", look.words().get("clerk.kioskExit.back"), "secondary", look.scale());
        content().setLayout(new MigLayout("wrap 2, insets 0, gap " + look.gap(), "[][grow, fill]"));
        content().add(loginLabel);
        content().add(login, "hmin " + look.bigButton());
        content().add(passwordLabel);
        content().add(password, "hmin " + look.bigButton());
        refused.setVisible(false);
        content().add(refused, "span 2, growx");
        content().add(back, "span 2, split 2, gaptop " + look.gap() + ", hmin " + look.bigButton());
        content().add(close, "hmin " + look.bigButton());
        presenter = presenters.apply(this);
        close.addActionListener(e -> presenter.close(login.getText(), password.getPassword()));
        password.addActionListener(e -> presenter.close(login.getText(), password.getPassword()));
        back.addActionListener(e -> navigator.back());
        navigator.register(ID, this);
    }

    public StaffExitPresenter presenter() {
        return presenter;
    }

    @Override
    public void showForm() {
        login.setText("");
        password.setText("");
        refused.setVisible(false);
        navigator.show(ID);
        login.requestFocusInWindow();
    }

    @Override
    public void showRefused(String reason) {
        password.setText("");
        refused.say(reason);
        refused.setVisible(true);
        refresh();
        password.requestFocusInWindow();
    }
}
