package io.accountable.system;

import io.accountable.devstack.TopicReader;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What reached a topic, read whole: for each expected id (from the payloads of one event type), how
 * many records carry it, so a test sees both a lost event (absent) and one published twice (2).
 */
final class PublishedEvents {

    private static final Duration WITHIN = Duration.ofMinutes(2);

    private PublishedEvents() {
    }

    /**
     * Reads {@code topic} to its end, again until every expected id is there or two minutes passed
     * (events may still be waiting in an outbox); returns the records per expected id found.
     */
    static Map<String, Long> of(String bootstrap, String topic, String type, String idField, Collection<String> expected) {
        Set<String> wanted = new HashSet<>(expected);
        Instant deadline = Instant.now().plus(WITHIN);
        while (true) {
            Map<String, Long> found = new HashMap<>();
            for (ConsumerRecord<String, String> record : readToEnd(bootstrap, topic)) {
                if (type.equals(TopicReader.header(record, "ce_type"))) {
                    String id = JsonPath.from(record.value()).getString(idField);
                    if (wanted.contains(id)) {
                        found.merge(id, 1L, Long::sum);
                    }
                }
            }
            if (found.keySet().containsAll(wanted) || Instant.now().isAfter(deadline)) {
                return found;
            }
            SteadyLoad.sleep(Duration.ofSeconds(2));
        }
    }

    /** How many records beyond the first each id has, summed: 0 when everything was published once. */
    static long duplicates(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(count -> count - 1).sum();
    }

    private static List<ConsumerRecord<String, String>> readToEnd(String bootstrap, String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            Instant deadline = Instant.now().plus(WITHIN);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition, Duration.ofSeconds(30)) < end.get(partition))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + WITHIN);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }
}
