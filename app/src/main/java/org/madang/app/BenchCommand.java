package org.madang.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.madang.core.receipt.ReceiptWords;
import java.util.concurrent.Callable;
import org.madang.core.demo.DemoScale;
import javax.crypto.spec.SecretKeySpec;
import org.madang.core.booking.Booking;
import org.madang.core.booking.BookingStatus;
import org.madang.core.booking.FeeBasis;
import org.madang.core.booking.Channel;
import org.madang.core.booking.CheckInToken;
import org.madang.core.booking.PaymentState;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.Localized;
import org.madang.core.receipt.Receipts;
import org.madang.hardware.escpos.EscPosEncoder;
import org.madang.hardware.escpos.PrinterProfile;
import org.madang.hardware.escpos.PrinterProfiles;
import org.madang.hardware.receipt.Receipt;
import org.madang.hardware.transport.SerialSettings;
import org.madang.ui.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code madang bench receipt}: the figures issue 3 asks for. Bytes on the wire and time at
 * 9600 8N1 for the booking receipt with a native QR against a raster one, and the encoder's time
 * per receipt (median of several timed rounds after a warm-up). A benchmark, not a test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = {
    "Measure: 'receipt' = ESC/POS bytes, wire time and encode time of the booking receipt;",
    "'kiosk' = on a fresh county-scale demo site in a temporary directory: month availability, day view of all",
    "facilities, booking commit, and touch to painted screen (needs a display);",
    "'document' = certificate PDF generation time and size, issue, and verification of a PDF (small demo site);",
    "'counter' = on a fresh county-scale demo site: global search over 30,000 residents, call-next commit, and with a",
    "display the search from Enter to results painted and the board from a call to the number painted;",
    "'practice' = a practice exercise's sandbox reset (template copied in and opened);",
    "'report' = on a fresh county-scale demo site: this month's report, time to the figures, to the PDF and to the CSV;",
    "'race' = --terminals processes on a small demo site going for the same last seats, courses and queue for --seconds,",
    "then overbookings, duplicates, lost and partial records and the event chain (exit 1 on any);",
    "'county' = the demo county (--county centres, --scale) on a PostgreSQL of this machine, --terminals processes booking any",
    "centre's free times for --seconds: bookings/s, commit p95, overbookings (exit 1 on any); then a centre's H2 cache:",
    "loaded whole, the day view read from it, and its catch-up after an outage of 5,000 events;",
    "'crash' = terminals killed with SIGKILL (--crashes times) while booking, enrolling, issuing and paying, restarted,",
    "then lost acknowledged records, partial records, duplicates and the chain (exit 1 on any);",
    "'startup' = fresh processes timed to the first frame painted and the first touch (kiosk, counter, display board)",
    "and to the exit (--help, verify), beside a bare Swing window and java -version; --rounds cold starts (needs a display)."})
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "WHAT", description = "What to measure: receipt, kiosk, document, counter, practice, report, race, county, crash or startup.")
    String what;

    @Option(names = "--rounds", description = "Timed rounds (default: ${DEFAULT-VALUE}).")
    int rounds = 7;

    @Option(names = "--iterations", description = "Receipts encoded per round (default: ${DEFAULT-VALUE}).")
    int iterations = 2000;

    @Option(names = "--samples", description = "kiosk: timed queries and bookings (default: ${DEFAULT-VALUE}).")
    int samples = 1000;

    @Option(names = "--terminals", description = "race: terminal processes (default: ${DEFAULT-VALUE}).")
    int terminals = 8;

    @Option(names = "--seconds", description = "race: how long they race (default: ${DEFAULT-VALUE}).")
    double seconds = 30;

    @Option(names = "--crashes", description = "crash: how many terminals are killed (default: ${DEFAULT-VALUE}).")
    int crashes = 200;

    @Option(names = "--seed", description = "crash: the seed of the moments and victims (default: ${DEFAULT-VALUE}).")
    long seed = 20261202L;

    @Option(names = "--json", description = "race, crash, startup: the figures as one JSON line.")
    boolean json;

    @Option(names = "--cold", description = {"kiosk: fresh processes time the first --samples operations of each kind,",
            "right after the first frame and after the kiosk's warm-up."})
    boolean cold;

    /** The cold kiosk bench's measuring process: the site its parent seeded. */
    @Option(names = "--measure-site", hidden = true)
    java.nio.file.Path measureSite;

    /** The cold kiosk bench's measuring process: runs the kiosk's warm-up first. */
    @Option(names = "--after-warm-up", hidden = true)
    boolean afterWarmUp;

    @Option(names = "--java-option", paramLabel = "OPTION", description = "startup: a JVM option for every Madang process started (repeat for more).")
    List<String> javaOptions = new java.util.ArrayList<>();

    @Option(names = "--county", paramLabel = "CENTRES", description = {"race: a county of this many centres (2 to 5) on a PostgreSQL of",
            "this machine (Debian's postgresql), each terminal another centre's in turn; 0 (default): a site's own H2 file."})
    int county;

    @Option(names = "--scale", paramLabel = "small|county", description = "county: the demo county's size (default: ${DEFAULT-VALUE}).")
    String scale = "county";

    @Option(names = "--keep", description = "race, crash: keep the site and the terminals' lines afterwards, for a look.")
    boolean keep;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if ("kiosk".equals(what)) {
            KioskBench bench = new KioskBench(spec.commandLine().getOut(), spec.commandLine().getErr(), samples);
            if (measureSite != null) {
                bench.measureCold(measureSite, afterWarmUp);
            } else if (cold) {
                bench.runCold();
            } else {
                bench.run();
            }
            return 0;
        }
        if ("counter".equals(what)) {
            new CounterBench(spec.commandLine().getOut(), spec.commandLine().getErr(), samples).run();
            return 0;
        }
        if ("practice".equals(what)) {
            new PracticeBench(spec.commandLine().getOut(), Math.max(5, samples / 20)).run();
            return 0;
        }
        if ("report".equals(what)) {
            new ReportBench(spec.commandLine().getOut(), rounds).run();
            return 0;
        }
        if ("race".equals(what)) {
            if (terminals < 2 || seconds <= 0) {
                throw new UsageException("bench race: --terminals is at least 2 and --seconds more than 0");
            }
            if (county != 0 && (county < 2 || county > DemoSite.NEIGHBOURS.size() + 1)) {
                throw new UsageException("bench race --county: from 2 to " + (DemoSite.NEIGHBOURS.size() + 1) + " centres, not " + county);
            }
            return new RaceBench(spec.commandLine().getOut(), terminals, seconds, json, keep, county).run();
        }
        if ("county".equals(what)) {
            int centres = county == 0 ? 3 : county;
            if (terminals < 1 || seconds <= 0 || centres < 2 || centres > DemoSite.NEIGHBOURS.size() + 1) {
                throw new UsageException("bench county: --terminals is at least 1, --seconds more than 0, --county from 2 to "
                        + (DemoSite.NEIGHBOURS.size() + 1));
            }
            DemoScale size = switch (scale) {
                case "small" -> DemoScale.SMALL;
                case "county" -> DemoScale.COUNTY;
                default -> throw new UsageException("bench county --scale: small or county, not '" + scale + "'");
            };
            return new CountyBench(spec.commandLine().getOut(), terminals, seconds, centres, size).run();
        }
        if ("crash".equals(what)) {
            if (crashes < 1) {
                throw new UsageException("bench crash: --crashes is at least 1");
            }
            return new CrashBench(spec.commandLine().getOut(), crashes, json, seed, keep).run();
        }
        if ("startup".equals(what)) {
            if (rounds < 1) {
                throw new UsageException("bench startup: --rounds is at least 1");
            }
            return new StartupBench(spec.commandLine().getOut(), rounds, json, javaOptions).run();
        }
        if ("document".equals(what)) {
            new DocumentBench(spec.commandLine().getOut(), Math.max(10, samples / 5)).run();
            return 0;
        }
        if (!"receipt".equals(what)) {
            throw new UsageException("bench: unknown benchmark '" + what + "' (known: receipt, kiosk, document, counter, practice, report, race, county, crash, startup)");
        }
        PrintWriter out = spec.commandLine().getOut();
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T01:00:00Z"), ZoneId.of("Asia/Seoul"));
        Receipts receipts = new Receipts("마당 행정복지센터", new CheckInToken(new SecretKeySpec(new byte[32], "HmacSHA256")), clock);
        Facility court = new Facility(7, "SP-07", FacilityCategory.SPORTS, new Localized("실내 배드민턴장 2번 코트", "Indoor badminton court 2"),
                new Localized("", ""), new Localized("", ""), 1, false, 4000, LocalTime.of(6, 0), LocalTime.of(22, 0), 60, true,
                new Localized("", ""), org.madang.core.county.Centre.own("마당 행정복지센터"));
        LocalDateTime start = LocalDate.of(2026, 11, 24).atTime(10, 0);
        Booking booking = new Booking(42, 1, 7, 1, start, start.plusHours(1), 2, 2000, FeeBasis.RESIDENT, PaymentState.UNPAID,
                BookingStatus.BOOKED, Channel.KIOSK, "kiosk-1", LocalDateTime.now(clock), LocalDateTime.now(clock).plusDays(2), null);
        SerialSettings line = SerialSettings.DEFAULT;
        out.printf("Booking receipt, ESC/POS, at %s (%d bytes/s)%n", line, (int) Math.round(1 / line.secondsFor(1)));
        out.printf("%-4s %-22s %8s %9s %6s %13s  %s%n", "lang", "profile", "bytes", "wire s", "QR", "encode µs", "replaced");
        for (String language : List.of("ko", "en", "zh", "vi")) {
            // as the kiosk composes it: Korean, with the resident's language beside it
            Receipt receipt = receipts.booking(booking, court, "ko".equals(language) ? ReceiptWords.in(Messages.forLanguage("ko"))
                    : ReceiptWords.koreanWith(Messages.forLanguage("ko"), Messages.forLanguage(language)));
            for (PrinterProfile profile : List.of(PrinterProfiles.EPSON_TM_T88, PrinterProfiles.EPSON_TM_T88.withRasterQr())) {
                EscPosEncoder encoder = new EscPosEncoder(profile);
                EscPosEncoder.Encoded encoded = encoder.encode(receipt);
                out.printf("%-4s %-22s %,8d %9.2f %6s %,13.1f  %s%n", language, profile.id(), encoded.bytes().length,
                        line.secondsFor(encoded.bytes().length), encoded.nativeQrCodes() > 0 ? "native" : "raster",
                        microsPerReceipt(encoder, receipt), encoded.replaced().isEmpty() ? "none" : String.join(" ", encoded.replaced()));
                out.flush();
            }
        }
        out.printf("QR payload: %d bytes; encode time is the median of %d rounds of %,d receipts after a warm-up.%n",
                receipts.booking(booking, court, ReceiptWords.in(Messages.forLanguage("ko"))).qrPayloads().get(0).length(), rounds, iterations);
        out.flush();
        return 0;
    }

    private double microsPerReceipt(EscPosEncoder encoder, Receipt receipt) {
        long sink = 0;
        for (int i = 0; i < 5 * iterations; i++) {
            sink += encoder.encode(receipt).bytes().length;
        }
        double[] perReceipt = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                sink += encoder.encode(receipt).bytes().length;
            }
            perReceipt[r] = (System.nanoTime() - t0) / 1000.0 / iterations;
        }
        if (sink == 42) {
            spec.commandLine().getErr().println();
        }
        Arrays.sort(perReceipt);
        return perReceipt[rounds / 2];
    }
}
