package io.accountable.platform.events;

import io.accountable.platform.metrics.DatabaseSample;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * What the runbook asks of the outbox, as metrics: how many events wait in it and how long the oldest
 * has waited (the age grows while Kafka is away, and is what an alert should watch: a backlog that is
 * drained within seconds is normal), and what the relay published or failed to publish.
 */
@Startup
@ApplicationScoped
public class OutboxMetrics {

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    private Counter published;
    private Counter failures;

    /** At start, so the series exist before the first event, and before the relay's first run counts into them. */
    @PostConstruct
    void register() {
        // The relay's delete and the writers' inserts hold row locks, not a snapshot: this plain read waits for neither.
        DatabaseSample<Backlog> backlog = new DatabaseSample<>(dataSource, connection -> {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*), MIN(occurred_at) FROM outbox_event");
                    ResultSet rs = count.executeQuery()) {
                rs.next();
                // written in UTC (hibernate.jdbc.timezone), read as the relay reads it
                LocalDateTime oldest = rs.getObject(2, LocalDateTime.class);
                double age = oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(ZoneOffset.UTC), Instant.now()).toMillis() / 1000.0);
                return new Backlog(rs.getLong(1), age);
            }
        }, new Backlog(Double.NaN, Double.NaN));
        published = Counter.builder("accountable.outbox.published").description("Events the outbox relay published to Kafka")
                .register(registry);
        failures = Counter.builder("accountable.outbox.publish.failures")
                .description("Relay runs that could not publish (Kafka or the database unreachable); the events stay in the outbox")
                .register(registry);
        // strongly: a gauge holds its object weakly, and nothing else holds the sample
        Gauge.builder("accountable.outbox.backlog", backlog, sample -> sample.get().events()).strongReference(true)
                .description("Events in the outbox not yet published").register(registry);
        Gauge.builder("accountable.outbox.oldest.age", backlog, sample -> sample.get().oldestAgeSeconds()).strongReference(true)
                .description("How long the oldest unpublished event has waited in the outbox; 0 when it is empty")
                .baseUnit("seconds").register(registry);
    }

    void published(int events) {
        published.increment(events);
    }

    void publishFailed() {
        failures.increment();
    }

    private record Backlog(double events, double oldestAgeSeconds) {
    }
}
