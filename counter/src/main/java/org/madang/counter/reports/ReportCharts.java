package org.madang.counter.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.madang.core.report.ReportTable;
import org.madang.core.report.SiteReport;

/**
 * The report's charts (JFreeChart): how full each facility was, the heat map of weekday by hour,
 * money by method, documents by channel and queue waits. The same charts show on the screen and
 * are drawn into the PDF as vector graphics.
 */
public final class ReportCharts {
    /** The most facilities one bar chart names (the fullest); the table lists them all. */
    static final int MOST_BARS = 15;
    private static final Color INK = new Color(0x1F, 0x29, 0x37);
    private static final Color[] SERIES = {new Color(0x0B, 0x4F, 0x99), new Color(0xE0, 0x8A, 0x1E), new Color(0x2E, 0x7D, 0x32)};

    private final ReportText text;
    private final String family;

    /** @param family a font family that shows the report's language (Hangul for Korean) */
    public ReportCharts(ReportText text, String family) {
        this.text = text;
        this.family = family;
    }

    /** Every chart of the report, keyed by the table it goes with. */
    public java.util.Map<String, List<JFreeChart>> all(SiteReport report) {
        java.util.Map<String, List<JFreeChart>> charts = new java.util.LinkedHashMap<>();
        charts.put("counter.report.facilities", List.of(heat(report), utilisation(report)));
        charts.put("counter.report.money", List.of(money(report)));
        charts.put("counter.report.documents", List.of(documents(report)));
        charts.put("counter.report.queue", List.of(queue(report)));
        charts.put("counter.report.queueHours", List.of(queueHours(report)));
        return charts;
    }

    /** The fullest facilities, per cent of what was offered. */
    public JFreeChart utilisation(SiteReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = text.heading("counter.report.col.utilisation");
        rows(report, "counter.report.facilities").stream().filter(r -> share(r.get(6)) >= 0)
                .sorted(Comparator.comparingInt((List<Object> r) -> -share(r.get(6)))).limit(MOST_BARS)
                .forEach(r -> data.addValue(share(r.get(6)), series, String.valueOf(r.get(0))));
        JFreeChart chart = org.jfree.chart.ChartFactory.createBarChart(text.heading("counter.report.chart.utilisation"), null, "%", data,
                PlotOrientation.HORIZONTAL, false, true, false);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setRange(0, 100);
        return styled(chart);
    }

    /** Weekday (rows, Monday on top) by hour (columns): how full, per cent. */
    public JFreeChart heat(SiteReport report) {
        SiteReport.HeatMap heat = report.heat();
        int hours = Math.max(0, heat.lastHour() - heat.firstHour() + 1);
        double[][] xyz = new double[3][7 * hours];
        int i = 0;
        for (int day = 1; day <= 7; day++) {
            for (int hour = heat.firstHour(); hour <= heat.lastHour(); hour++) {
                xyz[0][i] = hour;
                xyz[1][i] = 7 - day;
                xyz[2][i] = heat.at(day, hour);
                i++;
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("heat", xyz);
        NumberAxis hourAxis = new NumberAxis(text.heading("counter.report.col.hour"));
        hourAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        hourAxis.setLowerMargin(0);
        hourAxis.setUpperMargin(0);
        if (hours > 0) {
            hourAxis.setRange(heat.firstHour() - 0.5, heat.lastHour() + 0.5);
        }
        String[] days = new String[7];
        for (int day = 1; day <= 7; day++) {
            days[7 - day] = text.weekday(day);
        }
        SymbolAxis dayAxis = new SymbolAxis(null, days);
        LookupPaintScale scale = new LookupPaintScale(-1, 101, new Color(0xEE, 0xEE, 0xEE));
        for (int p = 0; p <= 100; p += 10) {
            float f = p / 100f;
            scale.add(p, new Color(1 - 0.95f * f, 1 - 0.68f * f, 1 - 0.4f * f));
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, hourAxis, dayAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(text.heading("counter.report.chart.heat"), plot);
        chart.removeLegend();
        NumberAxis legendAxis = new NumberAxis("%");
        legendAxis.setRange(0, 100);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 8, 4, 4);
        chart.addSubtitle(legend);
        return styled(chart);
    }

    /** Money taken and refunded by method. */
    public JFreeChart money(SiteReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String taken = text.heading("counter.report.col.amount");
        String refunded = text.heading("counter.report.col.refunded");
        for (List<Object> r : rows(report, "counter.report.money")) {
            data.addValue((Long) r.get(2), taken, text.cell(r.get(0)));
            data.addValue((Long) r.get(4), refunded, text.cell(r.get(0)));
        }
        return counted(styled(org.jfree.chart.ChartFactory.createBarChart(text.heading("counter.report.chart.money"), null,
                text.heading("counter.report.won"), data, PlotOrientation.VERTICAL, true, true, false)));
    }

    /** Documents by type, issued at a kiosk or at the counter. */
    public JFreeChart documents(SiteReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String kiosk = text.heading("counter.report.col.kiosk");
        String counter = text.heading("counter.report.col.counter");
        for (List<Object> r : rows(report, "counter.report.documents")) {
            data.addValue((Long) r.get(1), kiosk, String.valueOf(r.get(0)));
            data.addValue((Long) r.get(2), counter, String.valueOf(r.get(0)));
        }
        return counted(styled(org.jfree.chart.ChartFactory.createStackedBarChart(text.heading("counter.report.chart.documents"), null, null,
                data, PlotOrientation.HORIZONTAL, true, true, false)));
    }

    /** Minutes waited by service: half waited less than p50, nine in ten less than p90. */
    public JFreeChart queue(SiteReport report) {
        return waits(report, "counter.report.queue", "counter.report.chart.queue", 3);
    }

    /** Minutes waited by the hour the ticket was taken. */
    public JFreeChart queueHours(SiteReport report) {
        return waits(report, "counter.report.queueHours", "counter.report.chart.queueHours", 2);
    }

    /** p50 and p90 bars for each row of {@code table}, named by its first column, the p50 in column {@code p50}, p90 after it. */
    private JFreeChart waits(SiteReport report, String table, String title, int p50Column) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String p50 = text.heading("counter.report.col.p50");
        String p90 = text.heading("counter.report.col.p90");
        for (List<Object> r : rows(report, table)) {
            data.addValue(((ReportTable.Minutes) r.get(p50Column)).value(), p50, String.valueOf(r.get(0)));
            data.addValue(((ReportTable.Minutes) r.get(p50Column + 1)).value(), p90, String.valueOf(r.get(0)));
        }
        return styled(org.jfree.chart.ChartFactory.createBarChart(text.heading(title), null, text.heading("counter.report.minutes"), data,
                PlotOrientation.VERTICAL, true, true, false));
    }

    /** Whole numbers on the value axis, and a scale from 0 to at least 1 when every value is 0. */
    private static JFreeChart counted(JFreeChart chart) {
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setAutoRangeMinimumSize(1);
        return chart;
    }

    private static List<List<Object>> rows(SiteReport report, String table) {
        return report.table(table).map(ReportTable::rows).orElse(List.of());
    }

    private static int share(Object value) {
        return value instanceof ReportTable.Share s ? s.percent() : -1;
    }

    /** One look for every chart: the report's font, plain bars, no shadows. */
    private JFreeChart styled(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(family, Font.BOLD, 16));
        theme.setLargeFont(new Font(family, Font.BOLD, 13));
        theme.setRegularFont(new Font(family, Font.PLAIN, 12));
        theme.setSmallFont(new Font(family, Font.PLAIN, 10));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        theme.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        theme.setAxisLabelPaint(INK);
        theme.setTickLabelPaint(INK);
        theme.setTitlePaint(INK);
        theme.apply(chart);
        if (chart.getPlot() instanceof CategoryPlot plot && plot.getRenderer() instanceof BarRenderer bars) {
            for (int s = 0; s < SERIES.length; s++) {
                bars.setSeriesPaint(s, SERIES[s]);
            }
            bars.setDrawBarOutline(false);
            bars.setMaximumBarWidth(0.08);
            plot.setOutlineStroke(new BasicStroke(0));
            // nothing to show is a flat 0 to 1, not an axis of 4E-9
            ((NumberAxis) plot.getRangeAxis()).setAutoRangeMinimumSize(1);
        }
        return chart;
    }
}
