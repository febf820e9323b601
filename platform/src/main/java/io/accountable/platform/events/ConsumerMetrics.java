package io.accountable.platform.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The consumer's outcomes per consumed topic (events applied, repeats skipped, records dead-lettered)
 * and its lag: the records on the topic that this service's consumers have not fetched yet. Each
 * consumer reports the lag of its own partitions after every poll; the gauge adds them up.
 */
@ApplicationScoped
public class ConsumerMetrics {

    @Inject
    MeterRegistry registry;

    private final Map<String, Counter> applied = new HashMap<>();
    private final Map<String, Counter> duplicates = new HashMap<>();
    private final Map<String, Counter> deadLettered = new HashMap<>();
    /** Per consumer (its thread's name), per topic. */
    private final Map<String, Map<String, Long>> lagByConsumer = new ConcurrentHashMap<>();

    /** Registers every meter at once, so each topic's series exist (at 0) before its first event. */
    void register(List<String> topics) {
        for (String topic : topics) {
            applied.put(topic, Counter.builder("accountable.events.applied").tag("topic", topic)
                    .description("Events whose handlers ran and committed").register(registry));
            duplicates.put(topic, Counter.builder("accountable.events.duplicates").tag("topic", topic)
                    .description("Events skipped because their id was applied before").register(registry));
            deadLettered.put(topic, Counter.builder("accountable.events.dead.lettered").tag("topic", topic)
                    .description("Records sent to <topic>.dlq after failing every attempt").register(registry));
            Gauge.builder("accountable.events.consumer.lag", this, metrics -> metrics.lag(topic)).tag("topic", topic)
                    .description("Records on the topic this service's consumers have not fetched yet").register(registry);
        }
    }

    void applied(String topic) {
        applied.get(topic).increment();
    }

    void duplicate(String topic) {
        duplicates.get(topic).increment();
    }

    void deadLettered(String topic) {
        deadLettered.get(topic).increment();
    }

    void lag(String consumer, Map<String, Long> byTopic) {
        lagByConsumer.put(consumer, byTopic);
    }

    private double lag(String topic) {
        return lagByConsumer.values().stream().mapToLong(byTopic -> byTopic.getOrDefault(topic, 0L)).sum();
    }
}
