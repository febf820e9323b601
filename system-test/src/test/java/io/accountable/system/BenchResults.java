package io.accountable.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;

/** Appends a benchmark's table to {@code bench/results/<date>-system.md}, with the machine it ran on. */
final class BenchResults {

    private BenchResults() {
    }

    static void write(Path root, String title, List<String> tableRows, String limitedBy) {
        Path file = root.resolve("bench/results/" + LocalDate.now() + "-system.md");
        StringBuilder out = new StringBuilder();
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                out.append("# System benchmarks, ").append(LocalDate.now()).append("\n\n")
                        .append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                        .append(totalMemoryGiB()).append(" GiB, JDK ").append(System.getProperty("java.version"))
                        .append(". The four services, Kafka, MariaDB and the load generator share the machine.\n");
            }
            out.append("\n## ").append(title).append("\n\n");
            tableRows.forEach(row -> out.append(row).append('\n'));
            out.append("\nLimited by: ").append(limitedBy).append('\n');
            Files.writeString(file, out, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(out);
    }

    static long percentile(List<Long> sorted, double percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static long totalMemoryGiB() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024));
    }
}
