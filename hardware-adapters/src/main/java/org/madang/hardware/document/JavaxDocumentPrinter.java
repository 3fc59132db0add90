package org.madang.hardware.document;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import javax.print.attribute.standard.PrinterState;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.madang.hardware.device.AbstractDevice;
import org.madang.hardware.device.DeviceState;
import org.madang.hardware.device.Health;
import org.madang.hardware.receipt.PrintResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A document printer through {@code javax.print} (CUPS on Linux), each PDF sent with PDFBox's pageable. */
public final class JavaxDocumentPrinter extends AbstractDevice implements DocumentPrinter {
    private static final Logger log = LoggerFactory.getLogger(JavaxDocumentPrinter.class);

    private final PrintService service;

    public JavaxDocumentPrinter(String label, String uri, PrintService service) {
        super(label, uri);
        this.service = service;
    }

    /**
     * The print service a URI target names: empty for the default printer, else a printer's name
     * (case does not matter). Throws with the names of the printers there are when none matches.
     */
    public static PrintService find(String name) {
        if (name.isBlank()) {
            PrintService s = PrintServiceLookup.lookupDefaultPrintService();
            if (s == null) {
                throw new IllegalArgumentException("no default printer (is CUPS running, and a printer set as default?)");
            }
            return s;
        }
        List<PrintService> all = Arrays.asList(PrintServiceLookup.lookupPrintServices(null, null));
        return all.stream().filter(s -> s.getName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no printer named '" + name + "' (printers here: "
                        + (all.isEmpty() ? "none" : String.join(", ", all.stream().map(PrintService::getName).toList())) + ")"));
    }

    @Override
    public void open() {
        setState(DeviceState.IDLE);
    }

    @Override
    public synchronized PrintResult print(String title, byte[] pdf) {
        setState(DeviceState.BUSY);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(title);
            job.setPageable(new PDFPageable(document));
            job.print();
            log.info("sent '{}' ({} pages) to {}", title, document.getNumberOfPages(), service.getName());
            return new PrintResult.Printed();
        } catch (IOException e) {
            return new PrintResult.Failed(PrintResult.Fault.OTHER, "the document is not a readable PDF: " + e.getMessage());
        } catch (PrinterException e) {
            events.error("printing '" + title + "' failed: " + e.getMessage());
            return new PrintResult.Failed(PrintResult.Fault.NOT_CONNECTED, "the printer did not take the job: " + e.getMessage());
        } finally {
            setState(DeviceState.IDLE);
        }
    }

    @Override
    public Health health() {
        PrinterIsAcceptingJobs accepting = service.getAttribute(PrinterIsAcceptingJobs.class);
        if (accepting == PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS) {
            return Health.failing(state(), service.getName() + " is not accepting jobs");
        }
        PrinterState ps = service.getAttribute(PrinterState.class);
        if (ps == PrinterState.STOPPED) {
            return Health.failing(state(), service.getName() + " is stopped");
        }
        return Health.ok(state());
    }


}
