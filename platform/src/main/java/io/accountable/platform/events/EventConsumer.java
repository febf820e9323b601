package io.accountable.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountable.platform.tracing.TraceContext;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Consumes the configured topics at least once and applies each event exactly once: the handlers'
 * changes and the event id commit in one transaction, and an id seen before is skipped. A record
 * that keeps failing goes to {@code <topic>.dlq} with the error in its headers, and consumption
 * goes on. When the database itself is unreachable nothing is dead-lettered: the record is tried
 * again until the database is back.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    @Inject
    EventsConfig config;

    @Inject
    KafkaClients kafka;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager entityManager;

    @Inject
    @Any
    Instance<EventHandler> handlers;

    @Inject
    Tracer tracer;

    @Inject
    ConsumerMetrics metrics;

    private final Map<String, List<EventHandler>> handlersByType = new HashMap<>();
    private volatile List<Worker> workers = List.of();
    private volatile boolean running;
    private KafkaProducer<byte[], byte[]> deadLetters;

    void onStart(@Observes StartupEvent startup) {
        List<String> topics = config.consume().orElse(List.of());
        if (topics.isEmpty()) {
            return;
        }
        for (EventHandler handler : handlers) {
            handler.eventTypes().forEach(type -> handlersByType.computeIfAbsent(type, t -> new ArrayList<>()).add(handler));
        }
        metrics.register(topics);
        deadLetters = new KafkaProducer<>(kafka.reliableProducer(config.context() + "-dead-letters"),
                new ByteArraySerializer(), new ByteArraySerializer());
        running = true;
        List<Worker> started = new ArrayList<>();
        for (int i = 1; i <= config.consumerThreads(); i++) {
            KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(kafka.manualCommitConsumer(config.context() + "-service"),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer());
            consumer.subscribe(topics);
            started.add(new Worker(consumer, "event-consumer-" + i));
        }
        workers = List.copyOf(started);
        workers.forEach(worker -> worker.thread.start());
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        if (workers.isEmpty()) {
            return;
        }
        running = false;
        workers.forEach(worker -> worker.consumer.wakeup());
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            for (Worker worker : workers) {
                worker.thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deadLetters.close(Duration.ofSeconds(5));
    }

    /** For the readiness check: consumption is configured and none of its threads has died. */
    public boolean isHealthy() {
        return workers.stream().allMatch(worker -> worker.thread.isAlive());
    }

    /**
     * One consumer of the group and its thread. The group shares the partitions out among them, so
     * events of different partitions are applied side by side, while each key's events, all in one
     * partition, still go one after another. One thread alone spends most of its time waiting for
     * the database, and fell behind a steady 200 events per second (bench/results).
     */
    private final class Worker {

        final KafkaConsumer<byte[], byte[]> consumer;
        final Thread thread;

        Worker(KafkaConsumer<byte[], byte[]> consumer, String name) {
            this.consumer = consumer;
            this.thread = new Thread(this::run, name);
        }

        private void run() {
            try {
                while (running) {
                    ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                    reportLag();
                    Map<TopicPartition, OffsetAndMetadata> applied = new HashMap<>();
                    for (TopicPartition partition : records.partitions()) {
                        List<ConsumerRecord<byte[], byte[]>> batch = records.records(partition);
                        if (applyTogether(batch)) {
                            applied.put(partition, new OffsetAndMetadata(batch.get(batch.size() - 1).offset() + 1));
                            continue;
                        }
                        for (ConsumerRecord<byte[], byte[]> record : batch) {
                            if (!handle(record)) {
                                consumer.seek(partition, record.offset());
                                pause();
                                break;
                            }
                            applied.put(partition, new OffsetAndMetadata(record.offset() + 1));
                        }
                    }
                    if (!applied.isEmpty()) {
                        consumer.commitSync(applied);
                    }
                }
            } catch (WakeupException stopping) {
                // shutdown asked for it
            } catch (RuntimeException e) {
                LOG.error("Event consumer stopped", e);
            } finally {
                consumer.close(Duration.ofSeconds(5));
            }
        }

        /** The consumer is not thread-safe, so its own thread reads its lag for the gauge. */
        private void reportLag() {
            Map<String, Long> byTopic = new HashMap<>();
            for (TopicPartition partition : consumer.assignment()) {
                consumer.currentLag(partition).ifPresent(lag -> byTopic.merge(partition.topic(), lag, Long::sum));
            }
            metrics.lag(thread.getName(), byTopic);
        }

        /**
         * Applies a partition's records of one poll in a single transaction, the common case: one commit
         * instead of one per event. False when that fails (an unreadable record, a handler that throws,
         * the database away); nothing of it is kept then, and the records go one by one.
         */
        private boolean applyTogether(List<ConsumerRecord<byte[], byte[]>> batch) {
            if (batch.size() < 2) {
                return false;
            }
            try {
                List<IncomingEvent> events = batch.stream().map(EventConsumer.this::read).toList();
                List<Outcome> outcomes = QuarkusTransaction.requiringNew()
                        .call(() -> events.stream().map(EventConsumer.this::applyOnce).toList());
                outcomes.forEach(outcome -> count(batch.get(0).topic(), outcome));
                return true;
            } catch (RuntimeException e) {
                LOG.debugf("Applying %d records together failed (%s); applying them one by one", batch.size(), e.getMessage());
                return false;
            }
        }

        /** Applies or dead-letters the record; false when it must be tried again later. */
        private boolean handle(ConsumerRecord<byte[], byte[]> record) {
            IncomingEvent event;
            try {
                event = read(record);
            } catch (RuntimeException unreadable) {
                return deadLetter(record, unreadable);
            }
            if (interestedIn(event).isEmpty()) {
                LOG.debugf("Skipping %s %s: no handler for this type", event.type(), event.id());
                return true;
            }
            RuntimeException failure = null;
            for (int attempt = 1; attempt <= config.consumerAttempts(); attempt++) {
                try {
                    count(record.topic(), QuarkusTransaction.requiringNew().call(() -> applyOnce(event)));
                    return true;
                } catch (RuntimeException e) {
                    if (isInfrastructureOutage(e)) {
                        LOG.warnf("Database unreachable while applying %s (%s); will retry", event.id(), e.getMessage());
                        return false;
                    }
                    failure = e;
                }
            }
            if (lostToAConcurrentTransaction(failure)) {
                // a deadlock or lock wait on every attempt says the database is busy, not that the event is bad
                LOG.warnf("Applying %s kept losing to concurrent transactions (%s); will retry", event.id(), failure.getMessage());
                return false;
            }
            return deadLetter(record, failure);
        }
    }

    /** What became of an event in a transaction that committed. */
    private enum Outcome {
        APPLIED, DUPLICATE, NOT_HANDLED
    }

    private void count(String topic, Outcome outcome) {
        switch (outcome) {
            case APPLIED -> metrics.applied(topic);
            case DUPLICATE -> metrics.duplicate(topic);
            case NOT_HANDLED -> {
                // no handler for its type: neither applied nor a repeat
            }
        }
    }

    /**
     * Runs the event's handlers unless its id was applied before; call inside a transaction. The
     * span continues the publisher's trace, so what the handlers do (and log) belongs to the request
     * that caused the event.
     */
    private Outcome applyOnce(IncomingEvent event) {
        List<EventHandler> interested = interestedIn(event);
        if (interested.isEmpty()) {
            return Outcome.NOT_HANDLED;
        }
        Span span = tracer.spanBuilder("apply " + event.type())
                .setParent(event.trace().parent())
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.message.id", event.id())
                .setAttribute("cloudevents.event_type", event.type())
                .startSpan();
        MDC.put("eventId", event.id());
        MDC.put("eventType", event.type());
        try (Scope scope = span.makeCurrent()) {
            if (ProcessedEvents.firstTime(entityManager, event.id(), event.type())) {
                interested.forEach(handler -> handler.apply(event));
                return Outcome.APPLIED;
            }
            span.setAttribute("accountable.duplicate", true);
            return Outcome.DUPLICATE;
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
            MDC.remove("eventId");
            MDC.remove("eventType");
        }
    }

    private List<EventHandler> interestedIn(IncomingEvent event) {
        List<EventHandler> interested = new ArrayList<>(handlersByType.getOrDefault(event.type(), List.of()));
        interested.addAll(handlersByType.getOrDefault(EventHandler.EVERY_TYPE, List.of()));
        return interested;
    }

    private IncomingEvent read(ConsumerRecord<byte[], byte[]> record) {
        CloudEvent cloudEvent = KafkaMessageFactory.createReader(record.headers(), record.value()).toEvent();
        if (cloudEvent.getData() == null) {
            throw new IllegalArgumentException("CloudEvent " + cloudEvent.getId() + " has no data");
        }
        try {
            JsonNode data = mapper.readTree(cloudEvent.getData().toBytes());
            TraceContext trace = TraceContext.of(extension(cloudEvent, TraceContext.TRACEPARENT), extension(cloudEvent, TraceContext.TRACESTATE));
            return new IncomingEvent(cloudEvent.getId(), cloudEvent.getType(), cloudEvent.getSource().toString(), cloudEvent.getSubject(),
                    cloudEvent.getTime(), data, mapper, trace);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("CloudEvent " + cloudEvent.getId() + " data is not JSON: " + e.getMessage(), e);
        }
    }

    private static String extension(CloudEvent event, String name) {
        Object value = event.getExtension(name);
        return value == null ? null : value.toString();
    }

    private boolean deadLetter(ConsumerRecord<byte[], byte[]> record, RuntimeException error) {
        String topic = record.topic() + ".dlq";
        LOG.errorf(error, "Sending %s-%d@%d to %s", record.topic(), record.partition(), record.offset(), topic);
        ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(topic, null, record.key(), record.value(), record.headers());
        Headers headers = letter.headers();
        headers.add("accountable_dlq_error", utf8(String.valueOf(error.getMessage())));
        headers.add("accountable_dlq_exception", utf8(error.getClass().getName()));
        headers.add("accountable_dlq_topic", utf8(record.topic()));
        headers.add("accountable_dlq_partition", utf8(Integer.toString(record.partition())));
        headers.add("accountable_dlq_offset", utf8(Long.toString(record.offset())));
        try {
            deadLetters.send(letter).get();
            metrics.deadLettered(record.topic());
            return true;
        } catch (Exception e) {
            LOG.warnf("Could not write to %s (%s); will retry", topic, e.getMessage());
            return false;
        }
    }

    /**
     * The database cannot be reached or gives no connection. A deadlock or lock wait timeout is also a
     * {@link SQLTransientException}, but it is no outage: the attempt is simply made again at once.
     */
    private static boolean isInfrastructureOutage(Throwable error) {
        if (lostToAConcurrentTransaction(error)) {
            return false;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof ConnectException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static boolean lostToAConcurrentTransaction(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransactionRollbackException || cause instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
        }
        return false;
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
