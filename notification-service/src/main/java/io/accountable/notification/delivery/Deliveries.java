package io.accountable.notification.delivery;

import io.accountable.platform.tracing.TraceContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Records deliveries inside the transaction that applies the event; the dispatcher sends them after commit. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Deliveries {

    /**
     * One delivery per channel, event and target needs no read first: the consumer applies an event
     * once, it names each target once, and the unique key (channel, event, target) stands behind both.
     */
    /**
     * Stops a target's deliveries at once: the waiting ones and those being sent become CANCELLED. A
     * send under way finishes, but its outcome is not written (the dispatcher writes only over its own
     * SENDING claim), so the delivery stays CANCELLED and is not retried.
     */
    public int cancelUndelivered(DeliveryChannel channel, String target) {
        return Delivery.update("status = ?1, leaseUntil = null where channel = ?2 and target = ?3 and status in ?4", DeliveryStatus.CANCELLED,
                channel, target, List.of(DeliveryStatus.PENDING, DeliveryStatus.SENDING));
    }

    public void record(DeliveryChannel channel, String eventId, String eventType, String target, String destination,
            String subject, String payload, String link) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.channel = channel;
        delivery.eventId = eventId;
        delivery.eventType = eventType;
        delivery.target = target;
        delivery.destination = destination;
        delivery.subject = subject;
        delivery.payload = payload;
        delivery.link = link;
        delivery.status = DeliveryStatus.PENDING;
        delivery.createdAt = Instant.now();
        delivery.nextAttemptAt = delivery.createdAt;
        TraceContext trace = TraceContext.current();
        delivery.traceparent = trace.traceparent();
        delivery.tracestate = trace.tracestate();
        delivery.persist();
    }
}
