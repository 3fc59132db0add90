package org.madang.core.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The chain's head as it was at a moment, kept outside the database (a line of
 * {@code logs/chain-checkpoints.log}): a database later found without that event, or with
 * another one in its place, was rolled back, restored from an older copy or rewritten.
 */
public record ChainCheckpoint(Instant at, long lastId, String lastHash) {
    /** The file the checkpoints are kept in, in a site's {@code logs/}. */
    public static final String FILE = "chain-checkpoints.log";

    /** As a line of the file: when, the event's id, its hash. */
    public String line() {
        return at + " " + lastId + " " + lastHash;
    }

    /** Every checkpoint kept in {@code logs}; a line that cannot be read is passed over (the file is a log, not a ledger). */
    public static List<ChainCheckpoint> read(Path logs) throws IOException {
        Path file = logs.resolve(FILE);
        List<ChainCheckpoint> all = new ArrayList<>();
        if (!Files.exists(file)) {
            return all;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.strip().split(" ");
            if (parts.length == 3 && parts[1].matches("\\d{1,18}") && parts[2].matches("[0-9a-f]{64}")) {
                try {
                    all.add(new ChainCheckpoint(Instant.parse(parts[0]), Long.parseLong(parts[1]), parts[2]));
                } catch (DateTimeParseException e) {
                    // a damaged line: the others still count
                }
            }
        }
        return all;
    }

    /** Adds this checkpoint to {@code logs} unless the newest one kept is the same head; true when written. */
    public boolean keep(Path logs) throws IOException {
        List<ChainCheckpoint> kept = read(logs);
        if (lastId == 0 || !kept.isEmpty() && kept.get(kept.size() - 1).lastId() == lastId && kept.get(kept.size() - 1).lastHash().equals(lastHash)) {
            return false;
        }
        Files.createDirectories(logs);
        Files.writeString(logs.resolve(FILE), line() + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return true;
    }
}
