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
            parse(line).ifPresent(all::add);
        }
        return all;
    }

    private static java.util.Optional<ChainCheckpoint> parse(String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length == 3 && parts[1].matches("\\d{1,18}") && parts[2].matches("[0-9a-f]{64}")) {
            try {
                return java.util.Optional.of(new ChainCheckpoint(Instant.parse(parts[0]), Long.parseLong(parts[1]), parts[2]));
            } catch (DateTimeParseException e) {
                // a damaged line: the others still count
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The newest checkpoint kept, read from the file's end (a terminal keeps one every ten
     * minutes for years: the whole file is read only to check a database against it).
     */
    static java.util.Optional<ChainCheckpoint> newest(Path logs) throws IOException {
        return newest(logs, tail(logs.resolve(FILE)));
    }

    private static java.util.Optional<ChainCheckpoint> newest(Path logs, String tail) throws IOException {
        List<String> lines = tail.lines().toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            java.util.Optional<ChainCheckpoint> last = parse(lines.get(i));
            if (last.isPresent()) {
                return last;
            }
        }
        // the tail all damaged (or no file): the whole file then
        List<ChainCheckpoint> all = read(logs);
        return all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(all.size() - 1));
    }

    /** The file's last 4 KB as text (empty for no file): its newest lines, the first perhaps cut. */
    private static String tail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        try (java.nio.channels.SeekableByteChannel in = Files.newByteChannel(file)) {
            java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate((int) Math.min(in.size(), 4096));
            in.position(in.size() - tail.capacity());
            while (tail.hasRemaining() && in.read(tail) >= 0) {
                // read to the end
            }
            return new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8);
        }
    }

    /** Adds this checkpoint to {@code logs} unless the newest one kept is the same head; true when written. */
    public boolean keep(Path logs) throws IOException {
        String tail = tail(logs.resolve(FILE));
        if (lastId == 0 || newest(logs, tail).filter(k -> k.lastId() == lastId && k.lastHash().equals(lastHash)).isPresent()) {
            return false;
        }
        Files.createDirectories(logs);
        // after a line cut short (a power cut mid-write), on a line of its own
        String start = tail.isEmpty() || tail.endsWith("\n") ? "" : System.lineSeparator();
        Files.writeString(logs.resolve(FILE), start + line() + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return true;
    }
}
