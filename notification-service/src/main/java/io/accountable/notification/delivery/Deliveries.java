package io.accountable.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Records deliveries inside the transaction that applies the event; the dispatcher sends them after commit. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Deliveries {

    /** One delivery per channel, event and target: recording the same one again does nothing. */
    public void record(DeliveryChannel channel, String eventId, String eventType, String target, String destination,
            String subject, String payload) {
        if (Delivery.count("channel = ?1 and eventId = ?2 and target = ?3", channel, eventId, target) > 0) {
            return;
        }
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.channel = channel;
        delivery.eventId = eventId;
        delivery.eventType = eventType;
        delivery.target = target;
        delivery.destination = destination;
        delivery.subject = subject;
        delivery.payload = payload;
        delivery.status = DeliveryStatus.PENDING;
        delivery.createdAt = Instant.now();
        delivery.nextAttemptAt = delivery.createdAt;
        delivery.persist();
    }
}
