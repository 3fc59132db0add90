package org.madang.hardware.sim;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The folder simulators print into: each job a new file named by the time and a number. */
final class Outbox {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Outbox() {
    }

    /** Creates {@code prefix-yyyyMMdd-HHmmss-NNN.ext}, taking the next number when another terminal took one this second. */
    static Path newFile(Path outbox, String prefix, String extension, Clock clock) throws IOException {
        Files.createDirectories(outbox);
        String stamp = LocalDateTime.now(clock).format(STAMP);
        for (int n = 1; ; n++) {
            Path file = outbox.resolve(String.format("%s-%s-%03d.%s", prefix, stamp, n, extension));
            try {
                return Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                // taken: try the next number
            }
        }
    }
}
