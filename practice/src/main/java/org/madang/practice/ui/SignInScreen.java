package org.madang.practice.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;
import org.madang.core.practice.Learner;
import org.madang.core.practice.PracticeClass;
import org.madang.ui.Messages;
import org.madang.ui.ScreenScale;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/** Who is practising: the class, the learner's name, four digits on a pad — or practice without saving. */
public final class SignInScreen extends JPanel implements SignInView {
    private static final long serialVersionUID = 1L;

    private final ScreenScale scale;
    private final boolean landscape;
    private final JPanel body = new JPanel();
    private final JLabel title = new JLabel();
    private final TouchButton back;
    private final TouchButton guest;
    private transient SignInPresenter presenter;
    private Messages words;

    public SignInScreen(ScreenScale scale, boolean landscape, String language) {
        super(new BorderLayout());
        this.scale = scale;
        this.landscape = landscape;
        this.words = Messages.forLanguage(language);
        setName("practice.signin");
        org.madang.kiosk.shell.Keypad.arrowsMoveFocus(this);
        JPanel top = new JPanel(new MigLayout("fillx, insets " + scale.mm(6) + " " + scale.mm(8), "[grow]"));
        top.putClientProperty(FlatClientProperties.STYLE_CLASS, "bar");
        title.setName("practice.signin.title");
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "bar");
        title.putClientProperty(FlatClientProperties.STYLE, "font: bold 150%");
        top.add(title, "wmin 0");
        body.setOpaque(false);
        back = new TouchButton("signin.back", "", "nav", scale);
        back.addActionListener(e -> presenter.back());
        guest = new TouchButton("signin.guest", "", "tile", scale);
        guest.addActionListener(e -> presenter.guest());
        JPanel bottom = new JPanel(new MigLayout("fillx, insets " + scale.mm(5) + " " + scale.mm(8), "[][grow][]"));
        bottom.add(back, "wmin " + scale.mm(60) + ", hmin " + scale.mm(24));
        bottom.add(guest, "skip, wmin " + scale.mm(80) + ", hmin " + scale.mm(24));
        add(top, BorderLayout.NORTH);
        add(body, BorderLayout.CENTER);
        add(bottom, BorderLayout.SOUTH);
    }

    public void attach(SignInPresenter signIn, String language) {
        this.presenter = signIn;
        this.words = Messages.forLanguage(language);
        title.setText(words.get("practice.signin.title"));
        back.setText(words.get("practice.signin.back"));
        back.getAccessibleContext().setAccessibleName(back.getText());
        guest.setText(words.get("practice.signin.guest"));
        guest.getAccessibleContext().setAccessibleName(guest.getText());
    }

    @Override
    public void showClasses(List<PracticeClass> classes) {
        JPanel grid = begin(words.get("practice.signin.classes"), landscape ? 3 : 2);
        for (PracticeClass c : classes) {
            TouchButton b = TouchButton.ofLines("signin.class." + c.id(), List.of(c.name(), c.instructor()), true, "tile", scale);
            b.addActionListener(e -> presenter.chooseClass(c.id()));
            grid.add(b, "hmin " + scale.mm(30) + ", wmin 0");
        }
        back.setVisible(false);
        end();
    }

    @Override
    public void showLearners(PracticeClass practiceClass, List<Learner> learners) {
        JPanel grid = begin(words.get("practice.signin.learners"), landscape ? 4 : 3);
        if (learners.isEmpty()) {
            grid.add(text("signin.none", words.get("practice.signin.none"), "hint"), "span, wmin 0");
        }
        for (Learner l : learners) {
            TouchButton b = new TouchButton("signin.learner." + l.id(), l.nickname(), "tile", scale);
            b.addActionListener(e -> presenter.chooseLearner(l.id()));
            grid.add(b, "hmin " + scale.mm(26) + ", wmin 0");
        }
        back.setVisible(true);
        end();
    }

    @Override
    public void showDigits(Learner learner, int typed, boolean wrong) {
        JPanel pad = begin(words.get("practice.signin.digits", learner.nickname()), 3);
        JLabel dots = new JLabel("●".repeat(typed) + "_".repeat(SignInPresenter.DIGITS - typed), SwingConstants.CENTER);
        dots.setName("signin.typed");
        dots.putClientProperty(FlatClientProperties.STYLE_CLASS, "digits");
        pad.add(dots, "span, growx");
        if (wrong) {
            pad.add(text("signin.wrong", words.get("practice.signin.wrong"), "refusal"), "span, wmin 0");
        }
        for (String k : List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "ok")) {
            TouchButton b = switch (k) {
                case "erase" -> new TouchButton("signin.erase", words.get("practice.signin.erase"), "nav", scale);
                case "ok" -> new TouchButton("signin.ok", words.get("practice.signin.ok"), "primary", scale);
                default -> new TouchButton("signin.digit." + k, k, "tile", scale);
            };
            b.addActionListener(e -> {
                switch (k) {
                    case "erase" -> presenter.erase();
                    case "ok" -> presenter.ok();
                    default -> presenter.digit(Integer.parseInt(k));
                }
            });
            pad.add(b, "hmin " + scale.mm(landscape ? 20 : 26) + ", wmin 0");
        }
        pad.add(text("signin.help", words.get("practice.signin.help"), "hint"), "span, wmin 0");
        back.setVisible(true);
        end();
    }

    /** A fresh body: its question, and a grid of {@code cols} below it. */
    private JPanel begin(String question, int cols) {
        body.removeAll();
        body.setLayout(new MigLayout("fillx, wrap 1, insets " + scale.mm(6) + " " + scale.mm(8) + ", gap " + scale.mm(4), "[grow, fill]"));
        body.add(text("signin.question", question, "title"), "wmin 0");
        StringBuilder columns = new StringBuilder();
        for (int k = 0; k < cols; k++) {
            columns.append("[grow, fill, sg c]");
        }
        JPanel grid = new JPanel(new MigLayout("fillx, wrap " + cols + ", insets 0, gap " + scale.mm(4), columns.toString()));
        grid.setOpaque(false);
        body.add(grid, "wmin 0");
        return grid;
    }

    private void end() {
        body.revalidate();
        body.repaint();
        // each new question starts a keypad user on its first answer
        Controls.refocus(body, null);
    }

    private static WrappingText text(String name, String words, String style) {
        WrappingText t = new WrappingText(name, style);
        t.say(words);
        return t;
    }
}
