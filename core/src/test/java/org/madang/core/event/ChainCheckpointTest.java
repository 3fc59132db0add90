package org.madang.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A terminal keeps a checkpoint every ten minutes for years: the newest is read from the file's end. */
class ChainCheckpointTest {

    private static ChainCheckpoint at(long id) {
        return new ChainCheckpoint(Instant.parse("2026-12-01T09:00:00Z").plusSeconds(600 * id), id, String.format("%064x", id));
    }

    @Test
    void theNewestIsTheLastGoodLineAndTheSameHeadIsNotKeptTwice(@TempDir Path logs) throws Exception {
        assertThat(ChainCheckpoint.newest(logs)).isEmpty();
        assertThat(at(0).keep(logs)).as("an empty chain is not kept").isFalse();
        for (long id = 1; id <= 500; id++) {
            assertThat(at(id).keep(logs)).isTrue();
        }
        assertThat(Files.size(logs.resolve(ChainCheckpoint.FILE))).as("longer than the tail read").isGreaterThan(4096 * 4);
        assertThat(ChainCheckpoint.newest(logs)).contains(at(500));
        assertThat(at(500).keep(logs)).isFalse();

        // a line cut short by a power cut is passed over
        Files.writeString(logs.resolve(ChainCheckpoint.FILE), "2026-12-05T10:00:00Z 501 abc", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertThat(ChainCheckpoint.newest(logs)).contains(at(500));
        assertThat(at(500).keep(logs)).isFalse();
        assertThat(ChainCheckpoint.read(logs)).hasSize(500).last().isEqualTo(at(500));
        // the next one is kept on a line of its own, not glued to the cut one
        assertThat(at(501).keep(logs)).isTrue();
        assertThat(ChainCheckpoint.newest(logs)).contains(at(501));
        assertThat(ChainCheckpoint.read(logs)).hasSize(501).last().isEqualTo(at(501));
    }

    @Test
    void aTailOfNothingButDamageFallsBackToTheWholeFile(@TempDir Path logs) throws Exception {
        assertThat(at(7).keep(logs)).isTrue();
        Files.writeString(logs.resolve(ChainCheckpoint.FILE), "x".repeat(5000) + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        assertThat(ChainCheckpoint.newest(logs)).contains(at(7));
    }
}
