package io.accountable.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevStackTest {

    @TempDir
    static Path home;

    static DevStack stack;

    @BeforeAll
    static void start() {
        stack = DevStack.start(home, 0, 0, Map.of());
    }

    @AfterAll
    static void stop() {
        stack.stop();
    }

    @Test
    void databaseServerAcceptsConnectionsAndCreatesDatabases() throws Exception {
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl("devstack_check"), stack.mysqlUser(), stack.mysqlPassword());
                ResultSet rs = connection.createStatement().executeQuery("SELECT DATABASE()")) {
            assertTrue(rs.next());
            assertEquals("devstack_check", rs.getString(1));
        }
    }

    @Test
    void brokerKeepsRecordsAcrossARestart() {
        KafkaBroker broker = stack.broker().orElseThrow();
        send("devstack.check", "before");
        broker.kill();
        assertFalse(broker.isRunning());
        broker.start();
        send("devstack.check", "after");
        assertEquals(List.of("before", "after"), readAll("devstack.check", 2));
    }

    private void send(String topic, String value) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "one-key", value)).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<String> readAll(String topic, int expected) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "devstack-check");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new java.util.ArrayList<>();
            long deadline = System.currentTimeMillis() + 30_000;
            while (values.size() < expected && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }
}
