package io.accountable.compliance.gift;

import io.accountable.platform.events.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Publishes amendment-recorded.v1 when an append-only record is corrected by a new one. */
@ApplicationScoped
public class Amendments {

    public static final String RECORDED = "accountable.compliance.amendment-recorded.v1";

    /** amendmentId is the id of the correcting record; recordId the one it corrects. */
    public record AmendmentPayload(UUID amendmentId, String recordType, UUID recordId, String amendedBy, String reason,
            Instant amendedAt) {
    }

    @Inject
    EventPublisher publisher;

    @Transactional(Transactional.TxType.MANDATORY)
    public void recorded(UUID amendmentId, String recordType, UUID recordId, UUID recipientId, String amendedBy, String reason) {
        publisher.publish(RECORDED, recipientId.toString(), new AmendmentPayload(amendmentId, recordType, recordId, amendedBy, reason,
                Instant.now()));
    }
}
