package io.accountable.devstack;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Events written straight into a service's transactional outbox (platform's {@code outbox_event}),
 * for tests and benchmarks of the relay: prepare {@link #INSERT}, then {@link #bind} one event per
 * execution or batch entry.
 */
public final class OutboxRows {

    public static final String INSERT = "INSERT INTO outbox_event "
            + "(event_id, topic, message_key, type, source, occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private OutboxRows() {
    }

    /** Sets the insert's parameters for one event with a new id, occurring now. */
    public static void bind(PreparedStatement insert, String topic, String key, String type, String source, String payload)
            throws SQLException {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, topic);
        insert.setString(3, key);
        insert.setString(4, type);
        insert.setString(5, source);
        insert.setTimestamp(6, Timestamp.from(Instant.now()));
        insert.setString(7, payload);
    }
}
