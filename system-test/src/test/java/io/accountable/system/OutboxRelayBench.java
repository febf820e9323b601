package io.accountable.system;

import static io.accountable.system.RunningSystem.CLIENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.OutboxRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay draining a backlog, as after a long broker outage: 100,000 rows are committed to
 * client-service's outbox in one transaction, and the time until the relay has published and
 * deleted them all is measured. They go to a topic of their own, so no consumer does work meanwhile.
 */
class OutboxRelayBench {

    static final int BACKLOG = 100_000;
    static final String TOPIC = "accountable.bench.events";

    final RunningSystem system = RunningSystem.get();

    @Test
    void drainsABacklog() throws Exception {
        String payload = "{\"clientId\":\"%s\",\"legalName\":\"Backlog Holdings %d\",\"clientType\":\"CORPORATE\","
                + "\"tier\":\"STANDARD\",\"segment\":\"Mid-market\",\"region\":\"Northeast\",\"country\":\"US\",\"status\":\"PROSPECT\"}";
        long committed;
        try (Connection connection = system.database(CLIENT)) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(OutboxRows.INSERT)) {
                for (int i = 0; i < BACKLOG; i++) {
                    String key = UUID.randomUUID().toString();
                    OutboxRows.bind(insert, TOPIC, key, "accountable.bench.backlog-filled.v1", "/accountable/client-service",
                            String.format(payload, key, i));
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
            }
            connection.commit();
            committed = System.nanoTime();
        }
        long drained;
        try (Connection connection = system.database(CLIENT)) {
            while (remaining(connection) > 0) {
                Thread.sleep(50);
            }
            drained = System.nanoTime();
        }
        double seconds = (drained - committed) / 1e9;
        assertEquals(BACKLOG, recordsIn(TOPIC), "every outbox row reached Kafka once");
        BenchResults.write(RunningSystem.root(), "Outbox relay, draining a backlog", List.of(
                "| backlog | drained in | rate | target |",
                "|---|---|---|---|",
                String.format("| %,d events | %.1f s | %,.0f events/s | ≥ 5,000 events/s |", BACKLOG, seconds, BACKLOG / seconds)),
                "one relay transaction per batch of 500: read, send with acks=all and an idempotent producer, wait for every ack, delete;"
                        + " the broker and MariaDB share the 2 cores with it");
    }

    private static long remaining(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM outbox_event WHERE topic = ?")) {
            count.setString(1, TOPIC);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long recordsIn(String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.stack.kafkaBootstrap());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
