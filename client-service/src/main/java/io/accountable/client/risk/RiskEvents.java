package io.accountable.client.risk;

import io.accountable.platform.events.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;

/** Risk and retention events on accountable.client.events, keyed by client id. */
@ApplicationScoped
public class RiskEvents {

    public static final String RATED = "accountable.client.risk-rated.v1";
    public static final String RETENTION_FLAGGED = "accountable.client.retention-risk-flagged.v1";
    public static final String RETENTION_ACTED = "accountable.client.retention-risk-acted.v1";

    public record RatedPayload(UUID clientId, UUID executiveId, RiskLevel rating, String reason, LocalDate nextReviewDate) {
    }

    /** {@code nextReviewDate} is the flag's act-by date: when the executive must have acted. */
    public record FlagPayload(UUID flagId, UUID clientId, UUID executiveId, String flag, String reason, LocalDate nextReviewDate,
            String actionTaken) {
    }

    @Inject
    EventPublisher publisher;

    void rated(RiskRating r) {
        publisher.publish(RATED, r.clientId.toString(), new RatedPayload(r.clientId, r.executiveId, r.rating, r.reason, r.nextReviewDate));
    }

    void flagged(RetentionFlag f) {
        publisher.publish(RETENTION_FLAGGED, f.clientId.toString(),
                new FlagPayload(f.id, f.clientId, f.executiveId, "RAISED", f.reason, f.actBy, null));
    }

    void acted(RetentionFlag f) {
        publisher.publish(RETENTION_ACTED, f.clientId.toString(),
                new FlagPayload(f.id, f.clientId, f.executiveId, "ACTED", f.reason, f.actBy, f.actionTaken));
    }
}
