package org.madang.hardware.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.madang.hardware.escpos.PrinterStatus;
import org.madang.hardware.id.Mrz;
import org.madang.hardware.id.MrzFraming;
import org.madang.hardware.qr.LineAssembler;
import org.madang.hardware.qr.ScanFilter;

/**
 * What devices send, fuzzed (FUZZING in README): machine-readable zones and their framings,
 * printer status bytes, serial noise between scans. Never an uncaught exception; always a
 * result or a plain refusal. A fixed seed keeps {@code ./madang test} repeatable; a longer run
 * is {@code mvn -pl hardware-adapters test -Dtest='*Properties' -Djqwik.tries.default=100000}.
 */
class DeviceInputProperties {
    static final String SEED = "20261202";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Provide
    Arbitrary<String> zoneLine() {
        // mostly the zone's own alphabet, now and then anything at all
        Arbitrary<String> zone = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<").ofMinLength(0).ofMaxLength(46);
        return Arbitraries.oneOf(zone, zone, zone, Arbitraries.strings().ofMaxLength(50));
    }

    @Property(seed = SEED)
    void anyZoneIsReadOrRefusedPlainly(@ForAll("zoneLine") String a, @ForAll("zoneLine") String b, @ForAll("zoneLine") String c) {
        for (List<String> lines : List.of(List.of(a, b), List.of(a, b, c), List.of(a))) {
            Mrz.Result r = Mrz.parse(lines, TODAY);
            if (r instanceof Mrz.Result.Refused refused) {
                assertThat(refused.reason()).isNotBlank().doesNotContain("Exception");
            } else {
                assertThat(r).isInstanceOf(Mrz.Result.Read.class);
            }
        }
    }

    @Property(seed = SEED)
    void anyBytesThroughEachFramingGiveWholeZonesOrNothing(@ForAll @Size(max = 400) byte[] noise, @ForAll("zoneLine") String line) {
        for (MrzFraming.Kind kind : MrzFraming.Kind.values()) {
            List<List<String>> zones = new ArrayList<>();
            MrzFraming framing = new MrzFraming(kind, zones::add);
            framing.accept(noise, noise.length);
            byte[] zone = (line + "\r\n" + line + "\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            framing.accept(zone, zone.length);
            framing.reset();
            for (List<String> z : zones) {
                assertThat(z).isNotNull();
                Mrz.parse(z, TODAY);
            }
        }
    }

    @Property(seed = SEED)
    void anyStatusBytesGiveAStatus(@ForAll int printer, @ForAll int offlineCause, @ForAll int paper, @ForAll @Size(max = 8) byte[] block) {
        PrinterStatus fromReplies = PrinterStatus.fromReplies(printer & 0xff, offlineCause & 0xff, paper & 0xff);
        assertThat(fromReplies).isNotNull();
        fromReplies.fault();
        PrinterStatus.isStatusReply(printer & 0xff);
        PrinterStatus.isStatusBackStart(printer & 0xff);
        PrinterStatus.isStatusBackFollower(printer & 0xff);
        if (block.length == 4) {
            assertThat(PrinterStatus.fromStatusBack(block)).isNotNull();
        }
    }

    @Property(seed = SEED)
    void serialNoiseBetweenScansNeverLosesTheScansAroundIt(@ForAll @Size(max = 300) byte[] noise) {
        for (LineAssembler.Suffix suffix : LineAssembler.Suffix.values()) {
            List<String> lines = new ArrayList<>();
            LineAssembler assembler = new LineAssembler(suffix, 512, lines::add);
            String end = switch (suffix) {
                case CR -> "\r";
                case LF -> "\n";
                case CRLF -> "\r\n";
            };
            byte[] before = ("MDG1BEFORE" + end).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            byte[] after = (end + "MDG1AFTER" + end).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            assembler.accept(before, before.length);
            assembler.accept(noise, noise.length);
            assembler.accept(after, after.length);
            assertThat(lines).first().isEqualTo("MDG1BEFORE");
            assertThat(lines).last().isEqualTo("MDG1AFTER");
            ScanFilter filter = new ScanFilter("qrScanner", ScanFilter.DEFAULT_MAX_LENGTH);
            lines.forEach(l -> assertThat(filter.accept(l)).isNotNull());
        }
    }
}
