package org.madang.practice.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.extras.FlatSVGIcon;
import java.awt.BorderLayout;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import net.miginfocom.swing.MigLayout;
import org.madang.practice.lesson.Lesson;
import org.madang.practice.lesson.Level;
import org.madang.ui.Messages;
import org.madang.ui.ScreenScale;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.ViewportPanel;
import org.madang.ui.widget.WrappingText;

/**
 * The first screen of practice: how much help to have, then every machine with its lessons as
 * big buttons — Madang's own kiosk first, then each scenario pack under its logo.
 */
public final class LessonChooser extends JPanel implements ChooserView {
    private static final long serialVersionUID = 1L;

    private final ScreenScale scale;
    private final boolean landscape;
    private final JLabel title = new JLabel();
    private final TouchButton language;
    private final ViewportPanel list;
    private transient ChooserPresenter presenter;
    private transient Runnable switchLearner;
    private transient Consumer<org.madang.core.practice.Purpose> skillCheck;
    private java.util.Optional<String> learner = java.util.Optional.empty();
    private String lang;

    /** @param switchLanguage told the other language when the learner touches it */
    public LessonChooser(ScreenScale scale, boolean landscape, String language, Consumer<String> switchLanguage) {
        super(new BorderLayout());
        this.scale = scale;
        this.landscape = landscape;
        this.lang = language;
        setName("practice.chooser");
        org.madang.kiosk.shell.Keypad.arrowsMoveFocus(this);
        JPanel top = new JPanel(new MigLayout("fillx, insets " + scale.mm(6) + " " + scale.mm(8), "[grow][]"));
        top.putClientProperty(FlatClientProperties.STYLE_CLASS, "bar");
        title.setName("practice.chooser.title");
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "bar");
        title.putClientProperty(FlatClientProperties.STYLE, "font: bold 150%");
        this.language = new TouchButton("practice.language", "", "barNav", scale);
        this.language.addActionListener(e -> switchLanguage.accept("ko".equals(lang) ? "en" : "ko"));
        top.add(title, "wmin 0");
        top.add(this.language, "wmin " + scale.mm(45) + ", hmin " + scale.mm(20));
        list = new ViewportPanel(new MigLayout("fillx, wrap 1, insets " + scale.mm(6) + " " + scale.mm(8) + ", gap " + scale.mm(4),
                "[grow, fill]"), scale.mm(20));
        list.setName("practice.lessons");
        JScrollPane scroller = new JScrollPane(list, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED, ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroller.setBorder(null);
        scroller.getVerticalScrollBar().setUnitIncrement(scale.mm(20));
        scroller.getVerticalScrollBar().setPreferredSize(new java.awt.Dimension(scale.mm(12), 0));
        add(top, BorderLayout.NORTH);
        add(scroller, BorderLayout.CENTER);
    }

    public void attach(ChooserPresenter chooser) {
        this.presenter = chooser;
    }

    public void setLanguage(String language) {
        this.lang = language;
    }

    /**
     * Who is practising (their attempts are kept), with "someone else" and the skill check; or
     * nobody (practice without saving, or no records on this PC).
     */
    public void showLearner(java.util.Optional<String> nickname, Runnable someoneElse, Consumer<org.madang.core.practice.Purpose> check) {
        this.learner = nickname;
        this.switchLearner = someoneElse;
        this.skillCheck = check;
    }

    @Override
    public void showLessons(List<Group> groups, Level level) {
        Messages words = Messages.forLanguage(lang);
        String hadFocus = Controls.focusedIn(this);
        title.setText(words.get("practice.chooser.title"));
        language.setText(words.get("practice.chooser.language"));
        language.getAccessibleContext().setAccessibleName(language.getText());
        list.removeAll();
        list.add(text("practice.chooser.intro", words.get("practice.chooser.intro"), "body"), "wmin 0");
        if (switchLearner != null) {
            JPanel who = new JPanel(new MigLayout("fillx, insets 0, gap " + scale.mm(4), "[grow, fill][]"));
            who.setOpaque(false);
            who.add(text("practice.learner", learner.map(n -> words.get("practice.learner", n)).orElse(words.get("practice.signin.guest")),
                    "heading"), "wmin 0");
            TouchButton other = new TouchButton("practice.signout", words.get("practice.signout"), "nav", scale);
            other.addActionListener(e -> switchLearner.run());
            who.add(other, "hmin " + scale.mm(20) + ", wmin " + scale.mm(40));
            list.add(who, "wmin 0");
        }
        if (learner.isPresent() && skillCheck != null) {
            list.add(text("practice.skill.intro", words.get("practice.skill.intro"), "body"), "wmin 0");
            JPanel checks = new JPanel(new MigLayout("fillx, insets 0, gap " + scale.mm(4), "[grow, fill, sg s][grow, fill, sg s]"));
            checks.setOpaque(false);
            TouchButton before = new TouchButton("skill.before", words.get("practice.skill.before"), "tile", scale);
            before.addActionListener(e -> skillCheck.accept(org.madang.core.practice.Purpose.BEFORE));
            TouchButton after = new TouchButton("skill.after", words.get("practice.skill.after"), "tile", scale);
            after.addActionListener(e -> skillCheck.accept(org.madang.core.practice.Purpose.AFTER));
            checks.add(before, "hmin " + scale.mm(24) + ", wmin 0");
            checks.add(after, "hmin " + scale.mm(24) + ", wmin 0");
            list.add(checks, "wmin 0");
        }
        list.add(text("practice.chooser.level", words.get("practice.chooser.level"), "heading"), "wmin 0");
        JPanel levels = new JPanel(new MigLayout("fillx, insets 0, gap " + scale.mm(4), "[grow, fill, sg l][grow, fill, sg l][grow, fill, sg l]"));
        levels.setOpaque(false);
        for (Level l : Level.values()) {
            String key = switch (l) {
                case GUIDED -> "practice.level.name.guided";
                case HINT -> "practice.level.name.hint";
                case ON_MY_OWN -> "practice.level.name.own";
            };
            TouchButton b = new TouchButton("level." + l.name().toLowerCase(java.util.Locale.ROOT), words.get(key),
                    l == level ? "primary" : "tile", scale);
            b.addActionListener(e -> presenter.chooseLevel(l));
            levels.add(b, "hmin " + scale.mm(24) + ", wmin 0");
        }
        list.add(levels, "wmin 0");
        if (level == Level.ON_MY_OWN) {
            TouchButton hurry = new TouchButton("practice.pressure", words.get(presenter.pressure() ? "practice.pressure.on" : "practice.pressure.off"),
                    presenter.pressure() ? "primary" : "tile", scale);
            hurry.addActionListener(e -> presenter.togglePressure());
            list.add(hurry, "hmin " + scale.mm(20) + ", wmin 0");
        }
        int cols = landscape ? 2 : 1;
        for (Group g : groups) {
            JLabel heading = new JLabel(g.pack().map(p -> p.title().in(lang)).orElse(words.get("practice.chooser.madang")));
            heading.setName("practice.group." + g.id());
            heading.putClientProperty(FlatClientProperties.STYLE_CLASS, "title");
            g.pack().flatMap(p -> p.picture(p.look().logo())).ifPresent(u -> heading.setIcon(new FlatSVGIcon(u).derive(scale.mm(14), scale.mm(14))));
            heading.setIconTextGap(scale.mm(3));
            list.add(heading, "gaptop " + scale.mm(4) + ", wmin 0");
            StringBuilder columns = new StringBuilder();
            for (int k = 0; k < cols; k++) {
                columns.append("[grow, fill, sg c]");
            }
            JPanel grid = new JPanel(new MigLayout("fillx, wrap " + cols + ", insets 0, gap " + scale.mm(4), columns.toString()));
            grid.setOpaque(false);
            for (Lesson lesson : g.lessons()) {
                TouchButton b = TouchButton.ofLines("lesson." + lesson.id(), List.of(lesson.title().in(lang)), true, "tile", scale);
                b.addActionListener(e -> presenter.choose(lesson.id()));
                grid.add(b, "hmin " + scale.mm(28) + ", wmin 0");
            }
            list.add(grid, "wmin 0");
        }
        list.revalidate();
        list.repaint();
        if (hadFocus != null) {
            Controls.refocus(this, hadFocus);
        }
    }

    private static WrappingText text(String name, String words, String style) {
        WrappingText t = new WrappingText(name, style);
        t.say(words);
        return t;
    }
}
