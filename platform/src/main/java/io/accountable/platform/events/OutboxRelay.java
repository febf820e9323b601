package io.accountable.platform.events;

import io.accountable.platform.tracing.TraceContext;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka as CloudEvents (binary mode), oldest first, and deletes what the
 * broker acknowledged. It runs right after each commit that wrote events and again on a timer for
 * anything left (after an outage or a crash). With several replicas, one drains at a time: the
 * relay lock row is taken with SKIP LOCKED, so the others move on instead of waiting, and the
 * order of each aggregate's events is kept.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);

    @Inject
    DataSource dataSource;

    @Inject
    EventsConfig config;

    @Inject
    KafkaClients kafka;

    @Inject
    OutboxMetrics metrics;

    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    /** Null until start-up has created it: the timer or a commit may ask for a drain before that. */
    private volatile KafkaProducer<String, CloudEvent> producer;
    private volatile Instant pausedUntil = Instant.MIN;
    private Duration backoff = FIRST_BACKOFF;
    /** Runs failed since the last that published; only the relay's worker thread touches it. */
    private int failedRuns;

    void onStart(@Observes StartupEvent startup) {
        producer = new KafkaProducer<>(kafka.reliableProducer(config.context() + "-outbox-relay"),
                new StringSerializer(), new CloudEventSerializer());
        signal();
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }

    /** Asks for a drain soon; signals that arrive while one is queued are folded into it. */
    public void signal() {
        if (producer == null || Instant.now().isBefore(pausedUntil)) {
            return;
        }
        if (pending.compareAndSet(false, true)) {
            try {
                worker.execute(this::drain);
            } catch (RejectedExecutionException stopping) {
                // the service is shutting down; what is left in the outbox goes out after its next start
            }
        }
    }

    @Scheduled(every = "${accountable.events.relay-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        signal();
    }

    private void drain() {
        pending.set(false);
        try {
            while (publishBatch() == config.relayBatchSize()) {
                // a full batch: there may be more
            }
            if (failedRuns > 0) {
                LOG.infof("Outbox relay publishing again after %d failed runs", failedRuns);
                failedRuns = 0;
            }
            backoff = FIRST_BACKOFF;
            pausedUntil = Instant.MIN;
        } catch (Exception e) {
            metrics.publishFailed();
            pausedUntil = Instant.now().plus(backoff);
            // One line per outage, not one per retry (every few seconds while Kafka is away); the
            // metrics count the runs, and the line of the recovery says how many failed.
            if (failedRuns++ == 0) {
                LOG.warnf("Outbox relay cannot publish (%s); events wait in the outbox and are retried until it can",
                        e.getMessage());
            } else {
                LOG.debugf("Outbox relay still cannot publish (%s), next try in %d ms", e.getMessage(), backoff.toMillis());
            }
            backoff = backoff.multipliedBy(2).compareTo(config.relayMaxBackoff()) > 0 ? config.relayMaxBackoff() : backoff.multipliedBy(2);
        }
    }

    /** Publishes one batch in one database transaction; returns how many rows it published. */
    int publishBatch() throws Exception {
        // The isolation level is the pool's: the locking read takes no snapshot, and the batch's read
        // takes its snapshot after the lock is held, so it sees every row committed before.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!takeRelayLock(connection)) {
                    connection.rollback();
                    return 0;
                }
                List<Row> rows = readBatch(connection);
                send(rows);
                delete(connection, rows);
                connection.commit();
                metrics.published(rows.size());
                return rows.size();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private boolean takeRelayLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT name FROM outbox_relay_lock WHERE name = 'relay' FOR UPDATE SKIP LOCKED");
                ResultSet rs = lock.executeQuery()) {
            return rs.next();
        }
    }

    private List<Row> readBatch(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, event_id, topic, message_key, type, source, occurred_at, payload, traceparent, tracestate FROM outbox_event ORDER BY id LIMIT ?")) {
            select.setInt(1, config.relayBatchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getObject(7, java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(8),
                            TraceContext.of(rs.getString(9), rs.getString(10))));
                }
            }
        }
        return rows;
    }

    private void send(List<Row> rows) throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            acks.add(producer.send(new ProducerRecord<>(row.topic(), row.key(), row.toCloudEvent())));
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
    }

    private void delete(Connection connection, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String ids = rows.stream().map(row -> Long.toString(row.id())).collect(Collectors.joining(","));
        // Looked up by primary key, one row each. The table is nearly empty most of the time, so the
        // optimizer would rather scan it, and a deleting scan waits for every uncommitted row it meets:
        // the relay would stall behind any open writer transaction (OutboxRelayTest, client-service).
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE o FROM outbox_event AS o FORCE INDEX (PRIMARY) WHERE o.id IN (" + ids + ")")) {
            delete.executeUpdate();
        }
    }

    private record Row(long id, String eventId, String topic, String key, String type, String source, Instant occurredAt,
            String payload, TraceContext trace) {

        /** The trace context goes as the CloudEvents distributed-tracing extension (Kafka headers ce_traceparent, ce_tracestate). */
        CloudEvent toCloudEvent() {
            CloudEventBuilder builder = CloudEventBuilder.v1();
            if (trace.traceparent() != null) {
                builder.withExtension(TraceContext.TRACEPARENT, trace.traceparent());
            }
            if (trace.tracestate() != null) {
                builder.withExtension(TraceContext.TRACESTATE, trace.tracestate());
            }
            return builder
                    .withId(eventId)
                    .withSource(URI.create(source))
                    .withType(type)
                    .withSubject(key)
                    .withTime(occurredAt.atOffset(ZoneOffset.UTC))
                    .withDataContentType("application/json")
                    .withData(payload.getBytes(StandardCharsets.UTF_8))
                    .build();
        }
    }
}
