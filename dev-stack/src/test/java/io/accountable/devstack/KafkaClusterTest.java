package io.accountable.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaClusterTest {

    @TempDir
    static Path home;

    static KafkaCluster cluster;

    @BeforeAll
    static void start() {
        cluster = KafkaCluster.in(home.resolve("kafka-cluster"), 3, 0).start();
    }

    @AfterAll
    static void stop() {
        cluster.stop();
    }

    @Test
    void theEventTopicsAndTheirDeadLettersAreOnAllThreeBrokersAndAcknowledgedByTwo() throws Exception {
        try (Admin admin = admin()) {
            assertEquals(3, admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size());
            Map<String, TopicDescription> topics = admin.describeTopics(KafkaCluster.topics()).allTopicNames().get(10, TimeUnit.SECONDS);
            assertEquals(8, topics.size());
            for (TopicDescription topic : topics.values()) {
                assertTrue(topic.partitions().size() > 1, topic.name() + " has more than one partition");
                for (TopicPartitionInfo partition : topic.partitions()) {
                    assertEquals(3, partition.replicas().size(), topic.name() + " replication factor");
                }
            }
            List<ConfigResource> resources = KafkaCluster.topics().stream().map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(10, TimeUnit.SECONDS);
            for (var config : configs.entrySet()) {
                assertEquals("2", config.getValue().get("min.insync.replicas").value(), config.getKey().name() + " min.insync.replicas");
            }
        }
    }

    @Test
    void aKilledBrokerLosesNoAcknowledgedRecordAndRefusesNoWrite() throws Exception {
        String topic = "accountable.client.events";
        String key = "cluster-check-" + Instant.now().toEpochMilli();
        send(topic, key, "before");
        KafkaBroker killed = cluster.brokers().get(0);
        killed.kill();
        assertFalse(killed.isRunning());
        send(topic, key, "while one is down");
        killed.start();
        send(topic, key, "after");
        assertEquals(List.of("before", "while one is down", "after"), read(topic, key, 3));
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()));
    }

    private static void send(String topic, String key, String value) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(60, TimeUnit.SECONDS);
        }
    }

    private static List<String> read(String topic, String key, int expected) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "cluster-check-" + key);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new ArrayList<>();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (values.size() < expected && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        values.add(record.value());
                    }
                }
            }
            return values;
        }
    }
}
