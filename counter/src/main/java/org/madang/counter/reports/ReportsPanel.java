package org.madang.counter.reports;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Dimension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.madang.core.report.ReportTable;
import org.madang.core.report.SiteReport;
import org.madang.counter.reports.ReportsPresenter.Span;
import org.madang.counter.shell.Tables;

/**
 * "센터 보고서": the centre's figures for a day, a month or any range — a tab per subject with
 * its charts above its table — made off the UI thread with progress and Cancel, and saved as
 * CSV (a spreadsheet) or PDF (the county's monthly mail).
 */
public final class ReportsPanel extends JPanel implements ReportsView {
    private static final long serialVersionUID = 1L;

    private final transient ReportText text;
    /** Read from the font file when the first report is shown, not at sign-in. */
    private final transient java.util.function.Supplier<String> chartFamily;
    private transient String family;
    private final JComboBox<Span> span = new JComboBox<>(Span.values());
    /** This centre's or the whole county's: offered to the county's staff at a terminal of a county. */
    private final JComboBox<String> scope = new JComboBox<>();
    private final JTextField period = new JTextField(18);
    private final JButton make;
    private final JButton cancel;
    private final JButton csv;
    private final JButton pdf;
    private final JProgressBar progress = new JProgressBar();
    private final JLabel status = new JLabel(" ");
    private final JTabbedPane sections = new JTabbedPane();
    private transient ReportsPresenter presenter;
    /** Where to save: asks the clerk (a file chooser) with a suggested name; empty when they change their mind. */
    private transient BiFunction<String, String, Optional<Path>> saveAs = this::chooseFile;

    /** @param chartFamily a font family that shows the clerk's language, for the charts (asked once, when first needed) */
    public ReportsPanel(ReportText text, java.util.function.Supplier<String> chartFamily) {
        super(new MigLayout("fill, wrap 1, insets 16", "[grow, fill]", "[][][grow, fill]"));
        this.text = text;
        this.chartFamily = chartFamily;
        setName("reports.site");
        JLabel title = new JLabel(text.heading("counter.report.workspace"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        span.setName("report.span");
        span.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, value instanceof Span s ? spanName(s) : value, index, selected, focus);
            }
        });
        span.setSelectedItem(Span.MONTH);
        scope.setName("report.scope");
        scope.addItem(text.heading("counter.report.scope.centre"));
        scope.addItem(text.heading("counter.report.scope.county"));
        scope.setVisible(false);
        period.setName("report.period");
        make = button("report.make", "counter.report.make");
        cancel = button("report.cancel", "counter.report.cancel");
        csv = button("report.csv", "counter.report.csv");
        pdf = button("report.pdf", "counter.report.pdf");
        progress.setName("report.progress");
        progress.setStringPainted(true);
        progress.setVisible(false);
        cancel.setVisible(false);
        csv.setEnabled(false);
        pdf.setEnabled(false);
        JPanel head = new JPanel(new MigLayout("insets 0, fillx, hidemode 3", "[][grow][][][][][][][][]"));
        head.add(title);
        head.add(new JLabel());
        head.add(scope);
        head.add(span);
        head.add(period);
        head.add(make);
        head.add(progress, "w 140!, hidemode 3");
        head.add(cancel, "hidemode 3");
        head.add(csv);
        head.add(pdf);
        add(head);
        status.setName("report.status");
        add(status);
        sections.setName("report.sections");
        add(sections);
    }

    private JButton button(String name, String key) {
        JButton b = new JButton(text.heading(key));
        b.setName(name);
        return b;
    }

    public void attach(ReportsPresenter attached) {
        this.presenter = attached;
        period.setText(attached.defaultText(Span.MONTH));
        span.addActionListener(e -> period.setText(attached.defaultText((Span) span.getSelectedItem())));
        scope.setVisible(attached.offersCounty());
        make.addActionListener(e -> attached.make((Span) span.getSelectedItem(), period.getText(), wholeCounty()));
        period.addActionListener(e -> attached.make((Span) span.getSelectedItem(), period.getText(), wholeCounty()));
        cancel.addActionListener(e -> attached.cancel());
        csv.addActionListener(e -> attached.suggestedName("csv").flatMap(n -> saveAs.apply(n, "csv")).ifPresent(attached::exportCsv));
        pdf.addActionListener(e -> attached.suggestedName("pdf").flatMap(n -> saveAs.apply(n, "pdf")).ifPresent(attached::exportPdf));
    }

    private boolean wholeCounty() {
        return scope.isVisible() && scope.getSelectedIndex() == 1;
    }

    /** Saves without asking (tests; a scripted desk). */
    public void saveTo(BiFunction<String, String, Optional<Path>> chooser) {
        this.saveAs = chooser;
    }

    @Override
    public void showPeriodRefused(String key) {
        status.setText(text.heading(key));
        status.putClientProperty(FlatClientProperties.STYLE_CLASS, "refusal");
    }

    @Override
    public void showWorking(int sectionCount) {
        progress.setMaximum(sectionCount);
        progress.setValue(0);
        progress.setString(text.words().get("counter.report.working", 0, sectionCount));
        progress.setVisible(true);
        cancel.setVisible(true);
        make.setEnabled(false);
        csv.setEnabled(false);
        pdf.setEnabled(false);
        status.setText(text.heading("counter.report.makingHint"));
        status.putClientProperty(FlatClientProperties.STYLE_CLASS, null);
        revalidate();
    }

    @Override
    public void showProgress(int done) {
        progress.setValue(done);
        progress.setString(text.words().get("counter.report.working", done, progress.getMaximum()));
    }

    @Override
    public void showReport(SiteReport report) {
        idle();
        int at = Math.max(0, sections.getSelectedIndex());
        sections.removeAll();
        if (family == null) {
            family = chartFamily.get();
        }
        Map<String, List<JFreeChart>> charts = new ReportCharts(text, family).all(report);
        for (ReportTable table : report.tables()) {
            sections.addTab(text.heading(table.titleKey()), section(table, charts.getOrDefault(table.titleKey(), List.of())));
        }
        sections.setSelectedIndex(Math.min(at, sections.getTabCount() - 1));
        status.setText(text.title(report) + " · " + text.madeAt(report));
        status.putClientProperty(FlatClientProperties.STYLE_CLASS, null);
        csv.setEnabled(true);
        pdf.setEnabled(true);
        revalidate();
        repaint();
    }

    private JPanel section(ReportTable table, List<JFreeChart> charts) {
        JPanel panel = new JPanel(new MigLayout("fill, insets 8, wrap " + Math.max(1, charts.size()),
                "[grow, fill, sg c]".repeat(Math.max(1, charts.size())), charts.isEmpty() ? "[grow, fill]" : "[grow 60, fill][grow 40, fill]"));
        panel.setName("report.section." + table.titleKey());
        for (JFreeChart chart : charts) {
            ChartPanel view = new ChartPanel(chart, false, true, false, false, true);
            view.setMinimumDrawWidth(200);
            view.setMinimumDrawHeight(150);
            view.setPreferredSize(new Dimension(400, 260));
            panel.add(view, "wmin 0, hmin 230");
        }
        DefaultTableModel model = Tables.readOnly(table.columnKeys().stream().map(text::heading).toArray());
        for (List<Object> row : table.rows()) {
            model.addRow(row.stream().map(text::cell).toArray());
        }
        JTable grid = new JTable(model);
        grid.setName("report.table." + table.titleKey());
        grid.setFillsViewportHeight(true);
        // counts, shares and minutes line up on the right
        javax.swing.table.DefaultTableCellRenderer right = new javax.swing.table.DefaultTableCellRenderer();
        right.setHorizontalAlignment(javax.swing.SwingConstants.RIGHT);
        for (int c = 1; c < table.columnKeys().size(); c++) {
            grid.getColumnModel().getColumn(c).setCellRenderer(right);
        }
        if (table.columnKeys().size() > 1) {
            grid.getColumnModel().getColumn(0).setPreferredWidth(260);
        }
        panel.add(Tables.scroll(grid), "span, hmin 120, h 120:200:n");
        return panel;
    }

    @Override
    public void showCancelled() {
        idle();
        status.setText(text.heading("counter.report.cancelled"));
        status.putClientProperty(FlatClientProperties.STYLE_CLASS, null);
        csv.setEnabled(presenter != null && presenter.shown().isPresent());
        pdf.setEnabled(csv.isEnabled());
    }

    @Override
    public void showFailure() {
        idle();
        status.setText(text.heading("counter.failure"));
        status.putClientProperty(FlatClientProperties.STYLE_CLASS, "refusal");
        csv.setEnabled(presenter != null && presenter.shown().isPresent());
        pdf.setEnabled(csv.isEnabled());
    }

    @Override
    public void showExported(Path file) {
        status.setText(text.words().get("counter.report.saved", file.toAbsolutePath().toString()));
        status.putClientProperty(FlatClientProperties.STYLE_CLASS, "good");
    }

    private void idle() {
        progress.setVisible(false);
        cancel.setVisible(false);
        make.setEnabled(true);
        revalidate();
    }

    private Optional<Path> chooseFile(String suggested, String extension) {
        javax.swing.JFileChooser chooser = new javax.swing.JFileChooser();
        chooser.setSelectedFile(new java.io.File(suggested));
        chooser.setFileFilter(new javax.swing.filechooser.FileNameExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT), extension));
        if (chooser.showSaveDialog(this) != javax.swing.JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        Path chosen = chooser.getSelectedFile().toPath();
        return Optional.of(chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? chosen
                : chosen.resolveSibling(chosen.getFileName() + "." + extension));
    }

    private String spanName(Span s) {
        return text.heading(switch (s) {
            case DAY -> "counter.report.span.day";
            case MONTH -> "counter.report.span.month";
            case RANGE -> "counter.report.span.range";
        });
    }
}
