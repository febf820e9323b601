package io.accountable.system;

import io.accountable.devstack.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A consumer of its own that watches the event path while a fault is injected: how long the longest
 * stretch without a new event was, and the longest an event took from its outbox commit (its
 * CloudEvents time) to a consumer. Reported, never asserted: they depend on the machine.
 */
final class EventPathWatch implements AutoCloseable {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong longestGapMillis = new AtomicLong();
    private final AtomicLong longestLatencyMillis = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final Thread thread;

    private EventPathWatch(String bootstrap, List<String> topics) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "event-path-watch-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(topics);
        // joined and positioned before the load starts, so the first gap is not the group's join
        while (consumer.assignment().isEmpty()) {
            consumer.poll(Duration.ofMillis(200));
        }
        thread = new Thread(() -> watch(consumer), "event-path-watch");
        thread.start();
    }

    static EventPathWatch on(String bootstrap, List<String> topics) {
        return new EventPathWatch(bootstrap, topics);
    }

    private void watch(KafkaConsumer<String, String> consumer) {
        try (consumer) {
            Instant last = null;
            while (running.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    Instant now = Instant.now();
                    received.incrementAndGet();
                    if (last != null) {
                        longestGapMillis.accumulateAndGet(Duration.between(last, now).toMillis(), Math::max);
                    }
                    last = now;
                    String time = TopicReader.header(record, "ce_time");
                    if (time != null) {
                        longestLatencyMillis.accumulateAndGet(Duration.between(OffsetDateTime.parse(time).toInstant(), now).toMillis(),
                                Math::max);
                    }
                }
            }
        }
    }

    long longestGapMillis() {
        return longestGapMillis.get();
    }

    long longestLatencyMillis() {
        return longestLatencyMillis.get();
    }

    long received() {
        return received.get();
    }

    @Override
    public void close() {
        running.set(false);
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
