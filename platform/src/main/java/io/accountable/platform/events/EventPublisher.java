package io.accountable.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountable.platform.tracing.TraceContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one way a service publishes a domain event: inside the transaction that makes the change, so
 * the change and its event commit or roll back together. The relay sends it to Kafka right after
 * the commit.
 */
@ApplicationScoped
public class EventPublisher {

    private static final Pattern VERSIONED_TYPE = Pattern.compile("accountable\\.[a-z]+\\.[a-z0-9-]+\\.v[0-9]+");
    private static final Object RELAY_SIGNAL = new Object();

    @Inject
    EventsConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Inject
    OutboxRelay relay;

    /**
     * @param type a versioned CloudEvents type of this service's context, e.g.
     *        {@code accountable.client.executive-registered.v1}
     * @param key the aggregate id: the Kafka record key and the CloudEvents subject, so one
     *        aggregate's events stay in order
     * @param payload serialized as the JSON data of the event
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, String key, Object payload) {
        if (!VERSIONED_TYPE.matcher(type).matches() || !type.startsWith(config.typePrefix())) {
            throw new IllegalArgumentException("Event type " + type + " is not a versioned type of context " + config.context());
        }
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID().toString();
        event.topic = config.topic();
        event.messageKey = key;
        event.type = type;
        event.source = config.source();
        event.occurredAt = Instant.now();
        event.payload = toJson(payload);
        TraceContext trace = TraceContext.current();
        event.traceparent = trace.traceparent();
        event.tracestate = trace.tracestate();
        entityManager.persist(event);
        signalRelayAfterCommit();
    }

    private void signalRelayAfterCommit() {
        if (transaction.getResource(RELAY_SIGNAL) != null) {
            return;
        }
        transaction.putResource(RELAY_SIGNAL, Boolean.TRUE);
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.signal();
                }
            }
        });
    }

    private String toJson(Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload " + payload.getClass().getName() + " is not serializable", e);
        }
    }
}
