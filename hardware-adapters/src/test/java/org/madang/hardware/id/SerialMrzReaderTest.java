package org.madang.hardware.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.madang.hardware.emulator.MrzReaderEmulator;
import org.madang.hardware.emulator.MrzSpecimens;
import org.madang.hardware.testing.Poll;
import org.madang.hardware.testing.Socat;
import org.madang.hardware.transport.SerialSettings;
import org.madang.hardware.transport.SerialTransport;

/** MRZ readers in each framing, over a socat pseudo-terminal pair. */
class SerialMrzReaderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T01:00:00Z"), ZoneId.of("Asia/Seoul"));

    private static Function<List<String>, byte[]> frame(MrzFraming.Kind kind) {
        return switch (kind) {
            case DESKO -> MrzReaderEmulator::desko;
            case THREE_M -> MrzReaderEmulator::threeM;
            case LINES -> MrzReaderEmulator::lines;
        };
    }

    @ParameterizedTest
    @EnumSource(MrzFraming.Kind.class)
    void readsGoodZonesAndRefusesBadCheckDigits(MrzFraming.Kind kind, @TempDir Path dir) throws Exception {
        List<Identity> read = new CopyOnWriteArrayList<>();
        List<String> refused = new CopyOnWriteArrayList<>();
        try (Socat cable = Socat.pair(dir, "mrz");
             MrzReaderEmulator device = new MrzReaderEmulator(cable.devicePort());
             SerialMrzReader reader = new SerialMrzReader("idReader", "mrz+serial:" + cable.port(),
                     new SerialTransport(cable.port().toString(), SerialSettings.DEFAULT), kind, CLOCK)) {
            reader.addListener(new IdReaderListener() {
                @Override
                public void identified(Identity identity) {
                    read.add(identity);
                }

                @Override
                public void refused(String reason) {
                    refused.add(reason);
                }
            });
            reader.open();
            var send = frame(kind);

            device.send(send.apply(MrzSpecimens.koreanPassport()));
            Poll.until(() -> read.size() == 1, "the passport to be read");
            assertThat(read.get(0).birthDate()).hasToString("1969-08-06");

            device.send(send.apply(MrzSpecimens.spoil(MrzSpecimens.koreanPassport(), 1, 27)));
            Poll.until(() -> refused.size() == 1, "the spoiled passport to be refused");
            assertThat(refused.get(0)).contains("expiry date");

            // a zone split across writes, then a TD1 card and a TD2 document
            byte[] card = send.apply(MrzSpecimens.residenceCard());
            device.send(java.util.Arrays.copyOfRange(card, 0, 40));
            device.send(java.util.Arrays.copyOfRange(card, 40, card.length));
            device.send(send.apply(MrzSpecimens.td2()));
            Poll.until(() -> read.size() == 3, "the card and the TD2 document");
            assertThat(read).extracting(Identity::surname).containsExactly("KIM", "NGUYEN", "TANAKA");

            device.send(send.apply(MrzSpecimens.spoil(MrzSpecimens.residenceCard(), 1, 6)));
            Poll.until(() -> refused.size() == 2, "the spoiled card to be refused");
            assertThat(refused.get(1)).contains("birth date");
        }
    }
}
