package io.accountable.compliance.review;

import io.accountable.platform.events.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Puts records in front of compliance, in the transaction that creates them. */
@ApplicationScoped
public class Reviews {

    public static final String REQUESTED = "accountable.compliance.review-requested.v1";
    public static final String DECIDED = "accountable.compliance.review-decided.v1";

    public record ReviewPayload(UUID reviewId, ReviewKind kind, UUID subjectId, UUID executiveId, UUID recipientId,
            ReviewOutcome decision, String comment, String summary) {

        static ReviewPayload of(ReviewItem item, ReviewDecision decision) {
            return new ReviewPayload(item.id, item.kind, item.subjectId, item.executiveId, item.recipientId,
                    decision == null ? null : decision.decision, decision == null ? null : decision.comment, item.summary);
        }
    }

    @Inject
    EventPublisher publisher;

    @Transactional(Transactional.TxType.MANDATORY)
    public ReviewItem request(ReviewKind kind, UUID subjectId, UUID executiveId, UUID recipientId, String summary) {
        ReviewItem item = new ReviewItem();
        item.id = UUID.randomUUID();
        item.kind = kind;
        item.subjectId = subjectId;
        item.executiveId = executiveId;
        item.recipientId = recipientId;
        item.summary = summary;
        item.status = ReviewItem.OPEN;
        item.createdAt = Instant.now();
        item.persist();
        publisher.publish(REQUESTED, key(item), ReviewPayload.of(item, null));
        return item;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void decided(ReviewItem item, ReviewDecision decision) {
        publisher.publish(DECIDED, key(item), ReviewPayload.of(item, decision));
    }

    private static String key(ReviewItem item) {
        return (item.recipientId == null ? item.subjectId : item.recipientId).toString();
    }
}
