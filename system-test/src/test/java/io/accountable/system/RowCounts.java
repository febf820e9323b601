package io.accountable.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The number of rows in each table of a service's own schema. */
final class RowCounts {

    private static final Duration SETTLE_WITHIN = Duration.ofSeconds(60);
    private static final Duration QUIET = Duration.ofSeconds(1);

    private RowCounts() {
    }

    static Map<String, Long> of(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        try (Statement count = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = count.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /**
     * The counts once the service is quiet: its outbox drained and nothing changed for a second. Earlier
     * tests' events may still be arriving (a read model filling, a notification fanned out); waiting
     * for them keeps their rows out of what a test compares.
     */
    static Map<String, Long> settled(RunningSystem system, String service) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(SETTLE_WITHIN);
        try (Connection connection = system.database(service)) {
            Map<String, Long> previous = of(connection);
            while (true) {
                Thread.sleep(QUIET.toMillis());
                Map<String, Long> current = of(connection);
                if (current.equals(previous) && current.getOrDefault("outbox_event", 0L) == 0) {
                    return current;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(service + "'s tables kept changing for " + SETTLE_WITHIN + ": " + previous + " then " + current);
                }
                previous = current;
            }
        }
    }
}
