package io.accountable.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.OutboxRows;
import io.accountable.platform.events.OutboxRelay;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The outbox relay (platform) against the real database: what it must not wait for. */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class OutboxRelayTest {

    static final String TOPIC = "accountable.test.relay";

    @Inject
    DataSource dataSource;

    @Inject
    OutboxRelay relay;

    /**
     * A writer's transaction that has inserted its event but not yet committed (a sale queued on an
     * executive's lock, say) must not hold up the events committed around it. The relay deleted a
     * published batch with one {@code IN} list, which MariaDB ran as a scan of the small outbox
     * table; the scan waited on every uncommitted row it met, so publishing stalled until that
     * writer committed, and a long wait ended in a lock timeout and the whole batch sent again.
     */
    @Test
    void aBatchIsDeletedWhileAnotherTransactionHoldsAnUncommittedEvent() throws Exception {
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            insertEvent(writer, "uncommitted");
            String batch = UUID.randomUUID().toString();
            try (Connection committed = dataSource.getConnection()) {
                for (int i = 0; i < 150; i++) {
                    insertEvent(committed, batch);
                }
            }
            relay.signal();

            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (eventsLeft(batch) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertEquals(0, eventsLeft(batch), "the committed events are published and deleted while the writer is still open");
            writer.rollback();
        }
    }

    private static void insertEvent(Connection connection, String key) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(OutboxRows.INSERT)) {
            OutboxRows.bind(insert, TOPIC, key, "accountable.test.relay-probe.v1", "/accountable/client-service", "{}");
            insert.executeUpdate();
        }
    }

    private long eventsLeft(String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM outbox_event WHERE message_key = ?")) {
            count.setString(1, key);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
