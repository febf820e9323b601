package io.accountable.notification.delivery;

import io.accountable.notification.delivery.DeliverySender.DeliveryFailure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries, safely with several replicas: a short transaction claims a batch with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} and marks it SENDING under a lease, the sends happen
 * outside any transaction, and each outcome is written back in its own transaction. A replica that
 * dies mid-send leaves SENDING rows whose lease runs out; they are sent again, and the unchanged
 * delivery id lets the receiver drop the duplicate.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);
    private static final int MAX_ERROR_LENGTH = 1000;

    @Inject
    DeliveryConfig config;

    @Inject
    Instance<DeliverySender> senderBeans;

    @Inject
    EntityManager entityManager;

    private final RandomGenerator random = RandomGenerator.getDefault();
    private volatile Map<DeliveryChannel, DeliverySender> senders;

    @Scheduled(every = "${accountable.notification.delivery.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        List<Claim> claimed = QuarkusTransaction.requiringNew().call(this::claimDue);
        claimed.forEach(this::attempt);
    }

    private record Claim(UUID id, int attempt) {
    }

    @SuppressWarnings("unchecked")
    private List<Claim> claimDue() {
        Instant now = Instant.now();
        List<String> ids = entityManager.createNativeQuery("""
                SELECT id FROM delivery
                WHERE (status = 'PENDING' AND next_attempt_at <= :now) OR (status = 'SENDING' AND lease_until <= :now)
                ORDER BY next_attempt_at
                LIMIT :batch
                FOR UPDATE SKIP LOCKED""")
                .unwrap(NativeQuery.class)
                .setParameter("now", now, StandardBasicTypes.INSTANT)
                .setParameter("batch", config.batchSize())
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Delivery> due = Delivery.list("id in ?1", ids.stream().map(UUID::fromString).toList());
        for (Delivery delivery : due) {
            delivery.status = DeliveryStatus.SENDING;
            delivery.attempts++;
            delivery.leaseUntil = now.plus(config.lease());
        }
        return due.stream().map(delivery -> new Claim(delivery.id, delivery.attempts)).toList();
    }

    private void attempt(Claim claim) {
        Delivery delivery = QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery> findById(claim.id()));
        try {
            Integer responseStatus = sender(delivery.channel).send(delivery, claim.attempt());
            QuarkusTransaction.requiringNew().run(() -> delivered(claim, responseStatus));
        } catch (DeliveryFailure failure) {
            QuarkusTransaction.requiringNew().run(() -> failed(claim, failure.getMessage(), failure.responseStatus()));
        } catch (RuntimeException unexpected) {
            LOG.errorf(unexpected, "Delivery %s failed unexpectedly", claim.id());
            QuarkusTransaction.requiringNew().run(() -> failed(claim, String.valueOf(unexpected), null));
        }
    }

    private void delivered(Claim claim, Integer responseStatus) {
        Delivery delivery = stillClaimed(claim);
        if (delivery == null) {
            return;
        }
        delivery.status = DeliveryStatus.DELIVERED;
        delivery.deliveredAt = Instant.now();
        delivery.leaseUntil = null;
        delivery.lastResponseStatus = responseStatus;
        delivery.lastError = null;
    }

    private void failed(Claim claim, String error, Integer responseStatus) {
        Delivery delivery = stillClaimed(claim);
        if (delivery == null) {
            return;
        }
        delivery.leaseUntil = null;
        delivery.lastResponseStatus = responseStatus;
        delivery.lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
        if (delivery.attempts >= config.maxAttempts()) {
            delivery.status = DeliveryStatus.FAILED;
            LOG.warnf("%s delivery %s of event %s failed after %d attempts: %s", delivery.channel, delivery.id, delivery.eventId,
                    delivery.attempts, error);
        } else {
            delivery.status = DeliveryStatus.PENDING;
            delivery.nextAttemptAt = Instant.now().plus(Backoff.after(delivery.attempts, config.initialBackoff(), config.maxBackoff(), random));
        }
    }

    /** The delivery as this attempt claimed it, or null when it was replayed or reclaimed meanwhile. */
    private static Delivery stillClaimed(Claim claim) {
        Delivery delivery = Delivery.findById(claim.id());
        return delivery != null && delivery.status == DeliveryStatus.SENDING && delivery.attempts == claim.attempt() ? delivery : null;
    }

    private DeliverySender sender(DeliveryChannel channel) {
        if (senders == null) {
            Map<DeliveryChannel, DeliverySender> byChannel = new EnumMap<>(DeliveryChannel.class);
            senderBeans.forEach(sender -> byChannel.put(sender.channel(), sender));
            senders = byChannel;
        }
        DeliverySender sender = senders.get(channel);
        if (sender == null) {
            throw new IllegalStateException("No sender for " + channel);
        }
        return sender;
    }
}
