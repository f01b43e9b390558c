package io.github.cnbenforcer.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report file atomically: a reader sees the previous report or the whole new one, never half
 * of one. The file gets the permissions of any file the build writes (the umask decides), so that
 * whatever uploads it in CI can read it.
 */
final class ReportFiles {
    /** Writes the content of a report to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ReportFiles() {}

    static void write(Path file, Content content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // One writer per process and thread: Files.createTempFile would make the file readable by its owner only.
        Path temporary = parent.resolve(file.getFileName() + "."
                + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                content.writeTo(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
