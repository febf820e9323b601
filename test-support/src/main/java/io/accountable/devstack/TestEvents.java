package io.accountable.devstack;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts records on a topic the way another service would (CloudEvents 1.0, Kafka binary mode), or
 * malformed on purpose, for consumer tests.
 */
public final class TestEvents {

    private TestEvents() {
    }

    /** The headers of a CloudEvent in Kafka binary mode. */
    public static Map<String, String> cloudEvent(String id, String type, String source, String subject) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", id);
        headers.put("ce_type", type);
        headers.put("ce_source", source);
        headers.put("ce_subject", subject);
        headers.put("ce_time", Instant.now().toString());
        headers.put("content-type", "application/json");
        return headers;
    }

    /**
     * Publishes a well-formed event with a new id, as the service that owns the topic would
     * ({@code accountable.<context>.events} comes from {@code /accountable/<context>-service}); returns the id.
     */
    public static String publish(String bootstrapServers, String topic, String type, String key, String json) {
        String id = UUID.randomUUID().toString();
        String source = "/accountable/" + topic.split("\\.")[1] + "-service";
        send(bootstrapServers, topic, key, cloudEvent(id, type, source, key), json);
        return id;
    }

    /** Sends one record exactly as given and waits for the broker to acknowledge it. */
    public static void send(String bootstrapServers, String topic, String key, Map<String, String> headers, String value) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, headerValue) -> record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }
}
