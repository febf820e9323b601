package io.accountable.notification.delivery;

import io.accountable.notification.delivery.DeliverySender.DeliveryFailure;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries, safely with several replicas: a short transaction claims a batch with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} and marks it SENDING under a lease, the sends happen
 * outside any transaction, and the outcomes are written back together, at least once a second. A
 * replica that dies mid-send leaves SENDING rows whose lease runs out; they are sent again, and the
 * unchanged delivery id lets the receiver drop the duplicate. A run goes on claiming while it finds
 * full batches, so a steady flow of more than a batch per poll interval does not build a backlog.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);
    private static final int MAX_ERROR_LENGTH = 1000;
    private static final long OUTCOMES_WRITTEN_EVERY_NANOS = Duration.ofSeconds(1).toNanos();

    @Inject
    DeliveryConfig config;

    @Inject
    Instance<DeliverySender> senderBeans;

    @Inject
    EntityManager entityManager;

    @Inject
    Tracer tracer;

    @Inject
    DeliveryMetrics metrics;

    private final RandomGenerator random = RandomGenerator.getDefault();
    private volatile Map<DeliveryChannel, DeliverySender> senders;

    @Scheduled(every = "${accountable.notification.delivery.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        List<Claim> claimed;
        do {
            claimed = QuarkusTransaction.requiringNew().call(this::claimDue);
            sendAll(claimed);
        } while (claimed.size() == config.batchSize());
    }

    /** A delivery as it was claimed (not managed: the claim's transaction is over) and the number of this attempt. */
    private record Claim(Delivery delivery, int attempt) {
    }

    /** What one attempt came to. */
    private record Outcome(Claim claim, boolean delivered, Integer responseStatus, String error) {
    }

    /**
     * Expired leases first, then the longest-waiting pending deliveries. Two queries, because with
     * the two states in one OR the database read and sorted every due delivery on each claim, so a
     * backlog of n (after an SMTP outage, say) took n² row reads to drain; each alone reads
     * ix_delivery_due in order and stops at the batch.
     */
    private List<Claim> claimDue() {
        Instant now = Instant.now();
        List<Delivery> due = new ArrayList<>(lockDue("""
                SELECT * FROM delivery WHERE status = 'SENDING' AND lease_until <= :now
                LIMIT :batch FOR UPDATE SKIP LOCKED""", now, config.batchSize()));
        if (due.size() < config.batchSize()) {
            due.addAll(lockDue("""
                    SELECT * FROM delivery WHERE status = 'PENDING' AND next_attempt_at <= :now
                    ORDER BY next_attempt_at LIMIT :batch FOR UPDATE SKIP LOCKED""", now, config.batchSize() - due.size()));
        }
        if (due.isEmpty()) {
            return List.of();
        }
        Delivery.update("status = ?1, attempts = attempts + 1, leaseUntil = ?2 where id in ?3", DeliveryStatus.SENDING,
                now.plus(config.lease()), due.stream().map(delivery -> delivery.id).toList());
        return due.stream().map(delivery -> new Claim(delivery, delivery.attempts + 1)).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Delivery> lockDue(String query, Instant now, int batch) {
        return entityManager.createNativeQuery(query, Delivery.class)
                .unwrap(NativeQuery.class)
                .setParameter("now", now, StandardBasicTypes.INSTANT)
                .setParameter("batch", batch)
                .getResultList();
    }

    private void sendAll(List<Claim> claims) {
        List<Outcome> outcomes = new ArrayList<>();
        long lastWritten = System.nanoTime();
        for (Claim claim : claims) {
            outcomes.add(attempt(claim));
            if (System.nanoTime() - lastWritten >= OUTCOMES_WRITTEN_EVERY_NANOS) {
                write(outcomes);
                outcomes.clear();
                lastWritten = System.nanoTime();
            }
        }
        write(outcomes);
    }

    /** Each attempt is a span in the trace of the event the delivery was made for. */
    private Outcome attempt(Claim claim) {
        Delivery delivery = claim.delivery();
        Span span = tracer.spanBuilder("deliver " + delivery.channel)
                .setParent(delivery.trace().parent())
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("accountable.delivery.id", delivery.id.toString())
                .setAttribute("accountable.delivery.channel", delivery.channel.name())
                .setAttribute("accountable.delivery.attempt", claim.attempt())
                .setAttribute("messaging.message.id", delivery.eventId)
                .startSpan();
        try (Scope scope = span.makeCurrent()) {
            return new Outcome(claim, true, sender(delivery.channel).send(delivery, claim.attempt()), null);
        } catch (DeliveryFailure failure) {
            span.setStatus(StatusCode.ERROR, failure.getMessage());
            return new Outcome(claim, false, failure.responseStatus(), failure.getMessage());
        } catch (RuntimeException unexpected) {
            span.recordException(unexpected);
            span.setStatus(StatusCode.ERROR);
            LOG.errorf(unexpected, "Delivery %s failed unexpectedly", delivery.id);
            return new Outcome(claim, false, null, String.valueOf(unexpected));
        } finally {
            span.end();
        }
    }

    private void write(List<Outcome> outcomes) {
        if (!outcomes.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> outcomes.forEach(this::write));
        }
    }

    /** Each write changes the row only while it is still this attempt's claim, not replayed or reclaimed meanwhile. */
    private void write(Outcome outcome) {
        Claim claim = outcome.claim();
        if (outcome.delivered()) {
            Delivery.update("status = ?1, deliveredAt = ?2, leaseUntil = null, lastResponseStatus = ?3, lastError = null "
                    + "where id = ?4 and status = ?5 and attempts = ?6", DeliveryStatus.DELIVERED, Instant.now(), outcome.responseStatus(),
                    claim.delivery().id, DeliveryStatus.SENDING, claim.attempt());
            return;
        }
        metrics.attemptFailed(claim.delivery().channel);
        String error = outcome.error() == null ? null : outcome.error().substring(0, Math.min(outcome.error().length(), MAX_ERROR_LENGTH));
        boolean lastAttempt = claim.attempt() >= config.maxAttempts();
        Instant nextAttempt = lastAttempt ? claim.delivery().nextAttemptAt
                : Instant.now().plus(Backoff.after(claim.attempt(), config.initialBackoff(), config.maxBackoff(), random));
        int written = Delivery.update("status = ?1, nextAttemptAt = ?2, leaseUntil = null, lastResponseStatus = ?3, lastError = ?4 "
                + "where id = ?5 and status = ?6 and attempts = ?7", lastAttempt ? DeliveryStatus.FAILED : DeliveryStatus.PENDING,
                nextAttempt, outcome.responseStatus(), error, claim.delivery().id, DeliveryStatus.SENDING, claim.attempt());
        if (written == 1 && lastAttempt) {
            LOG.warnf("%s delivery %s of event %s failed after %d attempts: %s", claim.delivery().channel, claim.delivery().id,
                    claim.delivery().eventId, claim.attempt(), error);
        }
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
