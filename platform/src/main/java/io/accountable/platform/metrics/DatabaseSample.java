package io.accountable.platform.metrics;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * A query whose answer several gauges read: it runs at most once a second, however many gauges or
 * scrapes ask, and answers {@code unavailable} (NaN values, so Prometheus shows a gap rather than a
 * reassuring 0) while the database cannot be asked.
 */
public final class DatabaseSample<T> {

    private static final Logger LOG = Logger.getLogger(DatabaseSample.class);
    private static final Duration REUSE = Duration.ofSeconds(1);

    /** Reads the sample over a connection of its own. */
    @FunctionalInterface
    public interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final Query<T> query;
    private final T unavailable;
    private Instant takenAt = Instant.MIN;
    private T value;

    public DatabaseSample(DataSource dataSource, Query<T> query, T unavailable) {
        this.dataSource = dataSource;
        this.query = query;
        this.unavailable = unavailable;
    }

    public synchronized T get() {
        Instant now = Instant.now();
        if (takenAt.plus(REUSE).isBefore(now)) {
            value = read();
            takenAt = now;
        }
        return value;
    }

    private T read() {
        try (Connection connection = dataSource.getConnection()) {
            return query.run(connection);
        } catch (SQLException e) {
            LOG.debugf("Metric not sampled: %s", e.getMessage());
            return unavailable;
        }
    }
}
