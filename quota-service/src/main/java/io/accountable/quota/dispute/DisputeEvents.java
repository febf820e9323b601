package io.accountable.quota.dispute;

import io.accountable.platform.events.EventPublisher;
import io.accountable.quota.common.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Dispute events on accountable.quota.events, keyed by executive, so the manager and the executive hear of each step. */
@ApplicationScoped
public class DisputeEvents {

    public static final String OPENED = "accountable.quota.dispute-opened.v1";
    public static final String RESOLVED = "accountable.quota.dispute-resolved.v1";

    public record DisputePayload(UUID disputeId, UUID statementId, UUID executiveId, UUID managerId, DisputeStatus status, String comment,
            String period, int lineNo, Money adjustment, String appliedPeriod) {
    }

    @Inject
    EventPublisher publisher;

    void opened(Dispute dispute, String period, String currency) {
        publisher.publish(OPENED, dispute.executiveId.toString(), payload(dispute, dispute.comment, period, currency));
    }

    void resolved(Dispute dispute, String period, String currency) {
        publisher.publish(RESOLVED, dispute.executiveId.toString(), payload(dispute, dispute.resolutionComment, period, currency));
    }

    private static DisputePayload payload(Dispute dispute, String comment, String period, String currency) {
        return new DisputePayload(dispute.id, dispute.statementId, dispute.executiveId, dispute.managerId, dispute.status, comment, period,
                dispute.lineNo, dispute.adjustmentAmount == null ? null : Money.of(dispute.adjustmentAmount, currency), dispute.appliedPeriod);
    }
}
