package org.madang.practice.instructor;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.DefaultComboBoxModel;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.WindowConstants;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.madang.core.Refusal;
import org.madang.core.practice.AttemptRecord;
import org.madang.core.practice.Learner;
import org.madang.core.practice.PracticeClass;
import org.madang.practice.lesson.Lesson;
import org.madang.practice.lesson.Level;
import org.madang.practice.progress.LearnerSummary;
import org.madang.practice.progress.StepFigure;
import org.madang.practice.ui.HeatMap;
import org.madang.practice.ui.StepShots;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/**
 * The instructor's window ({@code madang practice --instructor}): a class at a glance, one
 * learner's attempts over time (a chart and the list), and the steps of a lesson where the class
 * stumbles, drawn over the screens as a heat map; add a learner, export the class as CSV.
 */
public final class InstructorWindow implements InstructorView {
    private static final int SHOT_WIDTH = 1080;
    private static final int SHOT_HEIGHT = 1920;

    private final String title;
    private final Runnable onClose;
    private final JPanel content = new JPanel(new BorderLayout());
    private JFrame frame;
    private final Messages words;
    private final Formats formats;
    private final String language;
    private final String fontFamily;
    private final Function<Lesson, StepShots.Stage> stages;
    private final JComboBox<PracticeClass> classes = new JComboBox<>();
    private final JLabel status = new JLabel(" ");
    private final JTabbedPane tabs = new JTabbedPane();
    private final DefaultTableModel glance;
    private final JTable glanceTable;
    private final JPanel learnerPanel = new JPanel(new BorderLayout());
    private final JComboBox<Lesson> lessonChoice = new JComboBox<>();
    private final JPanel heat = new JPanel(new MigLayout("wrap 3, gap 12"));
    private final JTextField nickname = new JTextField(14);
    private transient InstructorPresenter presenter;
    private transient List<LearnerSummary> shownLearners = List.of();
    private boolean filling;

    /** @param stages a machine to take a lesson through offscreen, for its heat map (on the event thread) */
    public InstructorWindow(String site, String language, String fontFamily, Function<Lesson, StepShots.Stage> stages, Runnable onClose) {
        this.language = language;
        this.words = Messages.forLanguage(language);
        this.formats = new Formats(words);
        this.fontFamily = fontFamily;
        this.stages = stages;
        this.title = words.get("instructor.title", site);
        this.onClose = onClose;
        classes.setName("instructor.class");
        classes.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index, boolean selected,
                                                                   boolean focus) {
                String text = value instanceof PracticeClass c ? c.name() + " (" + c.instructor() + ")" : "";
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        });
        classes.addActionListener(e -> {
            if (!filling && classes.getSelectedItem() instanceof PracticeClass c) {
                presenter.chooseClass(c.id());
            }
        });
        JButton refresh = new JButton(words.get("instructor.refresh"));
        refresh.setName("instructor.refresh");
        refresh.addActionListener(e -> presenter.refresh());
        JButton export = new JButton(words.get("instructor.export"));
        export.setName("instructor.export");
        export.addActionListener(e -> exportCsv());
        nickname.setName("instructor.nickname");
        nickname.putClientProperty("JTextField.placeholderText", words.get("instructor.nickname"));
        JButton add = new JButton(words.get("instructor.addLearner"));
        add.setName("instructor.addLearner");
        add.addActionListener(e -> presenter.addLearner(nickname.getText(), ((PracticeClass) classes.getSelectedItem()).instructor()));
        JPanel top = new JPanel(new MigLayout("fillx, insets 8", "[][grow][][]16[][]"));
        top.add(new JLabel(words.get("instructor.class")));
        top.add(classes, "growx");
        top.add(refresh);
        top.add(export);
        top.add(nickname);
        top.add(add);

        glance = new DefaultTableModel(new Object[] {words.get("instructor.col.name"), words.get("instructor.col.digits"),
            words.get("instructor.col.attempts"), words.get("instructor.col.own"), words.get("instructor.col.last"),
            words.get("instructor.col.before"), words.get("instructor.col.after"), words.get("instructor.col.change")}, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        glanceTable = new JTable(glance);
        glanceTable.setName("instructor.glance");
        glanceTable.setRowHeight(28);
        glanceTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        glanceTable.getSelectionModel().addListSelectionListener(e -> {
            int row = glanceTable.getSelectedRow();
            if (!e.getValueIsAdjusting() && !filling && row >= 0 && row < shownLearners.size()) {
                presenter.chooseLearner(shownLearners.get(row).learner().id());
                tabs.setSelectedIndex(1);
            }
        });
        lessonChoice.setName("instructor.lesson");
        lessonChoice.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index, boolean selected,
                                                                   boolean focus) {
                String text = value instanceof Lesson l ? l.title().in(language) + " (" + l.id() + ")" : "";
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        });
        lessonChoice.addActionListener(e -> {
            if (!filling && lessonChoice.getSelectedItem() instanceof Lesson l) {
                presenter.chooseLesson(l.id());
            }
        });
        JPanel stumbles = new JPanel(new BorderLayout());
        JPanel pick = new JPanel(new MigLayout("insets 8"));
        pick.add(new JLabel(words.get("instructor.lesson")));
        pick.add(lessonChoice);
        stumbles.add(pick, BorderLayout.NORTH);
        heat.setName("instructor.heat");
        stumbles.add(new JScrollPane(heat), BorderLayout.CENTER);

        tabs.setName("instructor.tabs");
        tabs.addTab(words.get("instructor.tab.glance"), scrolled(glanceTable));
        tabs.addTab(words.get("instructor.tab.learner"), learnerPanel);
        tabs.addTab(words.get("instructor.tab.stumbles"), stumbles);
        tabs.addChangeListener(e -> {
            if (tabs.getSelectedIndex() == 2 && !filling) {
                fillLessons();
            }
        });
        status.setName("instructor.status");
        content.setName("instructor");
        content.add(top, BorderLayout.NORTH);
        content.add(tabs, BorderLayout.CENTER);
        content.add(status, BorderLayout.SOUTH);
        content.setPreferredSize(new java.awt.Dimension(1366, 768));
    }

    /** The window's content (drawn offscreen for a screenshot without a window). */
    public JPanel content() {
        return content;
    }

    /** The window, made at the first call. */
    public JFrame frame() {
        if (frame == null) {
            frame = new JFrame(title);
            frame.setName("instructorWindow");
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            frame.addWindowListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowClosed(java.awt.event.WindowEvent e) {
                    onClose.run();
                }
            });
            frame.setContentPane(content);
            frame.pack();
            frame.setLocationRelativeTo(null);
        }
        return frame;
    }

    public void attach(InstructorPresenter instructor) {
        this.presenter = instructor;
    }

    public void show() {
        presenter.start();
        frame().setVisible(true);
    }

    /** The tabs, for choosing one in tests and screenshots. */
    public JTabbedPane tabs() {
        return tabs;
    }

    private void fillLessons() {
        filling = true;
        try {
            Object chosen = lessonChoice.getSelectedItem();
            lessonChoice.setModel(new DefaultComboBoxModel<>(presenter.triedLessons().toArray(new Lesson[0])));
            if (chosen != null) {
                lessonChoice.setSelectedItem(chosen);
            }
        } finally {
            filling = false;
        }
        if (lessonChoice.getSelectedItem() instanceof Lesson l) {
            presenter.chooseLesson(l.id());
        } else {
            heat.removeAll();
            heat.add(new JLabel(words.get("instructor.noAttempts")));
            heat.revalidate();
        }
    }

    @Override
    public void showClasses(List<PracticeClass> all, PracticeClass chosen) {
        filling = true;
        try {
            classes.setModel(new DefaultComboBoxModel<>(all.toArray(new PracticeClass[0])));
            all.stream().filter(c -> c.id() == chosen.id()).findFirst().ifPresent(classes::setSelectedItem);
        } finally {
            filling = false;
        }
    }

    @Override
    public void showClass(PracticeClass practiceClass, List<LearnerSummary> learners) {
        filling = true;
        try {
            shownLearners = List.copyOf(learners);
            glance.setRowCount(0);
            for (LearnerSummary s : learners) {
                glance.addRow(new Object[] {s.learner().nickname(), s.learner().digits(), s.attempts(), s.doneOnOwn().size() + " / " + s.courseSize(),
                    s.lastPractice().map(formats::stamp).orElse("-"), skill(s.before()), skill(s.after()),
                    s.timeChangePercent().map(p -> (p > 0 ? "+" : "") + p + "%").orElse("-")});
            }
        } finally {
            filling = false;
        }
        if (tabs.getSelectedIndex() == 2) {
            fillLessons();
        }
    }

    private String skill(Optional<LearnerSummary.SkillFigure> f) {
        return f.map(x -> words.get("instructor.skill", Math.round(x.time().toMillis() / 1000.0), x.wrongTouches())).orElse("-");
    }

    @Override
    public void showLearner(LearnerSummary learner, List<AttemptRecord> attempts, List<Lesson> lessons) {
        learnerPanel.removeAll();
        JLabel who = new JLabel(learner.learner().nickname() + " (" + learner.learner().digits() + ")");
        who.setName("instructor.learnerName");
        who.putClientProperty("FlatLaf.style", "font: bold +4");
        // one series a level: the learner moving from following to doing it alone shows as the colours change
        XYSeriesCollection series = new XYSeriesCollection();
        java.util.Map<Level, XYSeries> byLevel = new java.util.EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            byLevel.put(level, new XYSeries(levelWords(level.name())));
        }
        int n = 1;
        for (AttemptRecord a : attempts) {
            byLevel.get(Level.valueOf(a.level())).add(n++, a.took().toMillis() / 1000.0);
        }
        byLevel.values().forEach(series::addSeries);
        JFreeChart chart = org.jfree.chart.ChartFactory.createXYLineChart(null, words.get("instructor.chart.attempt"),
                words.get("instructor.chart.seconds"), series);
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(fontFamily, Font.BOLD, 20));
        theme.setLargeFont(new Font(fontFamily, Font.BOLD, 15));
        theme.setRegularFont(new Font(fontFamily, Font.PLAIN, 13));
        theme.setSmallFont(new Font(fontFamily, Font.PLAIN, 11));
        theme.apply(chart);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(false, true);
        line.setSeriesPaint(0, new Color(0x0B4F99));
        line.setSeriesPaint(1, new Color(0xE08A00));
        line.setSeriesPaint(2, new Color(0x1E7B34));
        plot.setRenderer(line);
        ChartPanel chartPanel = new ChartPanel(chart);
        chartPanel.setName("instructor.chart");
        chartPanel.setPreferredSize(new java.awt.Dimension(600, 260));
        DefaultTableModel model = new DefaultTableModel(new Object[] {words.get("instructor.col.when"), words.get("instructor.col.lesson"),
            words.get("instructor.col.level"), words.get("instructor.col.seconds"), words.get("instructor.col.wrong"),
            words.get("instructor.col.hints"), words.get("instructor.col.met")}, 0);
        for (AttemptRecord a : attempts) {
            String title = lessons.stream().filter(l -> l.id().equals(a.lesson())).findFirst().map(l -> l.title().in(language)).orElse(a.lesson());
            model.addRow(new Object[] {formats.stamp(a.startedAt()), title, levelWords(a.level()), Math.round(a.took().toMillis() / 100.0) / 10.0,
                a.wrongTouches(), a.hints(), a.goalMet() ? words.get("instructor.yes") : words.get("instructor.no")});
        }
        JTable table = new JTable(model);
        table.setName("instructor.attempts");
        table.setRowHeight(26);
        JPanel body = new JPanel(new MigLayout("fill, wrap 1, insets 8", "[grow, fill]", "[][260!][grow, fill]"));
        JPanel head = new JPanel(new MigLayout("insets 0, fillx", "[grow][]"));
        head.add(who);
        if (presenter.certifies()) {
            JButton certificate = new JButton(words.get("instructor.certificate"));
            certificate.setName("instructor.certificate");
            certificate.setEnabled(learner.courseComplete());
            certificate.setToolTipText(learner.courseComplete() ? null
                    : words.get("practice.certificate.notYet", learner.courseSize() - learner.doneOnOwn().size()));
            certificate.addActionListener(e -> saveCertificate(learner));
            head.add(certificate);
        }
        body.add(head, "growx");
        body.add(chartPanel, "grow");
        body.add(scrolled(table), "grow");
        learnerPanel.add(body, BorderLayout.CENTER);
        learnerPanel.revalidate();
        learnerPanel.repaint();
    }

    /** A table in a scroll pane with its column names above it (also when drawn offscreen). */
    private static JScrollPane scrolled(JTable table) {
        JScrollPane pane = new JScrollPane(table);
        pane.setColumnHeaderView(table.getTableHeader());
        return pane;
    }

    private String levelWords(String level) {
        return switch (Level.valueOf(level)) {
            case GUIDED -> words.get("practice.level.name.guided");
            case HINT -> words.get("practice.level.name.hint");
            case ON_MY_OWN -> words.get("practice.level.name.own");
        };
    }

    @Override
    public void showStumbles(Lesson lesson, List<StepFigure> steps) {
        heat.removeAll();
        List<StepShots.Shot> shots;
        try (StepShots.Stage stage = stages.apply(lesson)) {
            shots = StepShots.take(lesson, stage, SHOT_WIDTH, SHOT_HEIGHT);
        }
        List<BufferedImage> painted = new ArrayList<>();
        for (StepShots.Shot shot : shots) {
            StepFigure figure = steps.get(shot.index());
            painted.add(HeatMap.paint(shot, figure, HeatMap.heat(figure, steps), language, 44f));
        }
        int k = 0;
        for (BufferedImage image : painted) {
            JLabel picture = new JLabel(new ImageIcon(image.getScaledInstance(360, 640, Image.SCALE_SMOOTH)));
            picture.setName("instructor.heat." + k++);
            heat.add(picture);
        }
        heatImages = List.copyOf(painted);
        heat.revalidate();
        heat.repaint();
    }

    private transient List<BufferedImage> heatImages = List.of();

    /** The heat map pictures shown (full size), for README screenshots. */
    public List<BufferedImage> heatImages() {
        return heatImages;
    }

    @Override
    public void showAdded(Learner learner) {
        nickname.setText("");
        status.setText(words.get("instructor.added", learner.nickname(), learner.digits()));
    }

    @Override
    public void showSaved(Path file) {
        status.setText(words.get("instructor.saved", file));
    }

    @Override
    public void showRefusal(Refusal refusal) {
        status.setText(words.get(refusal.messageKey(), refusal.args().toArray()));
    }

    @Override
    public void showNoClass() {
        status.setText(words.get("instructor.noClass"));
    }

    private void saveCertificate(LearnerSummary learner) {
        JFileChooser chooser = new JFileChooser();
        chooser.setSelectedFile(new java.io.File("수료증-" + learner.learner().nickname() + ".pdf"));
        if (chooser.showSaveDialog(content) == JFileChooser.APPROVE_OPTION) {
            presenter.certificate(learner.learner().id(), chooser.getSelectedFile().toPath(),
                    ((PracticeClass) classes.getSelectedItem()).instructor());
        }
    }

    private void exportCsv() {
        JFileChooser chooser = new JFileChooser();
        chooser.setSelectedFile(new java.io.File("practice-" + ((PracticeClass) classes.getSelectedItem()).name() + ".csv"));
        if (chooser.showSaveDialog(content) == JFileChooser.APPROVE_OPTION) {
            presenter.export(chooser.getSelectedFile().toPath());
        }
    }
}
