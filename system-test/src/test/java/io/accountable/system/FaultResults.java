package io.accountable.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Where the fault tests report their figures and timings (printed, and appended to
 * {@code system-test/target/fault-results.md}); none of it is asserted.
 */
final class FaultResults {

    private FaultResults() {
    }

    static void report(String fault, String figures) {
        String line = "| " + fault + " | " + figures + " |";
        System.out.println("fault result: " + line);
        Path file = RunningSystem.root().resolve("system-test/target/fault-results.md");
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.writeString(file, "# Fault tests, " + Instant.now() + " (" + RunningSystem.BROKERS + " brokers, "
                        + RunningSystem.REPLICAS + " replicas of each service)\n\n| fault | result |\n|---|---|\n");
            }
            Files.writeString(file, line + "\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
