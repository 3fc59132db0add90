package org.madang.counter.reports;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.madang.core.report.ReportTable;
import org.madang.core.report.SiteReport;

/**
 * A report as one CSV file for a spreadsheet: UTF-8 with a byte-order mark (so Excel opens
 * Korean right), the title and period first, then each table under its title with its
 * headings, a blank line between tables, and the heat map as a weekday-by-hour table.
 */
public final class ReportCsv {
    private final ReportText text;

    public ReportCsv(ReportText text) {
        this.text = text;
    }

    public void write(SiteReport report, Writer out) throws IOException {
        out.write('\uFEFF');
        // the printer is flushed, not closed: the writer is the caller's
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        {
            csv.printRecord(text.title(report));
            csv.printRecord(text.madeAt(report));
            for (ReportTable table : report.tables()) {
                csv.println();
                csv.printRecord(text.heading(table.titleKey()));
                csv.printRecord(table.columnKeys().stream().map(text::heading).toList());
                for (List<Object> row : table.rows()) {
                    csv.printRecord(row.stream().map(text::csvCell).toList());
                }
            }
            SiteReport.HeatMap heat = report.heat();
            csv.println();
            csv.printRecord(text.heading("counter.report.chart.heat"));
            List<String> head = new ArrayList<>(List.of(""));
            for (int hour = heat.firstHour(); hour <= heat.lastHour(); hour++) {
                head.add(String.format("%02d:00", hour));
            }
            csv.printRecord(head);
            for (int day = 1; day <= 7; day++) {
                List<String> row = new ArrayList<>(List.of(text.weekday(day)));
                for (int hour = heat.firstHour(); hour <= heat.lastHour(); hour++) {
                    int p = heat.at(day, hour);
                    row.add(p < 0 ? "" : p + "%");
                }
                csv.printRecord(row);
            }
        }
        csv.flush();
    }
}
