package io.accountable.notification.delivery;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class DeliveryService {

    @Transactional(SUPPORTS)
    public Page<DeliveryView> list(DeliveryChannel channel, DeliveryStatus status, String target, String eventId, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (channel != null) {
            query.append(" and channel = :channel");
            parameters.and("channel", channel);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (target != null && !target.isBlank()) {
            query.append(" and target = :target");
            parameters.and("target", target);
        }
        if (eventId != null && !eventId.isBlank()) {
            query.append(" and eventId = :eventId");
            parameters.and("eventId", eventId);
        }
        return Page.of(Delivery.find(query.toString(), Sort.descending("createdAt").and("id"), parameters), page, DeliveryView::of);
    }

    @Transactional(SUPPORTS)
    public DeliveryView get(UUID id) {
        return DeliveryView.of(find(id));
    }

    /**
     * Sends a finished delivery again from its first attempt, under the same delivery id, so a
     * receiver that did get it after all can drop the copy.
     */
    public DeliveryView replay(UUID id) {
        Delivery delivery = find(id);
        if (delivery.status == DeliveryStatus.PENDING || delivery.status == DeliveryStatus.SENDING) {
            throw ProblemException.conflict("delivery-in-progress",
                    "Delivery " + id + " is still " + delivery.status + "; only a FAILED or DELIVERED delivery can be replayed");
        }
        delivery.status = DeliveryStatus.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = Instant.now();
        delivery.leaseUntil = null;
        delivery.lastError = null;
        delivery.lastResponseStatus = null;
        delivery.deliveredAt = null;
        return DeliveryView.of(delivery);
    }

    private Delivery find(UUID id) {
        Delivery delivery = Delivery.findById(id);
        if (delivery == null) {
            throw ProblemException.notFound("delivery", id);
        }
        return delivery;
    }
}
