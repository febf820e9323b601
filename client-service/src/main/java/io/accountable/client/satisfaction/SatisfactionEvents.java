package io.accountable.client.satisfaction;

import io.accountable.platform.events.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Satisfaction events on accountable.client.events, keyed by client id. */
@ApplicationScoped
public class SatisfactionEvents {

    public static final String ANSWERED = "accountable.client.survey-answered.v1";
    public static final String DROPPED = "accountable.client.satisfaction-dropped.v1";

    public enum DropReason {
        /** The trailing average fell below the tier's floor (from at or above it, or from no answers). */
        BELOW_FLOOR,
        /** A detractor score within the configured days after a complaint of the client was resolved. */
        DETRACTOR_AFTER_COMPLAINT
    }

    public record AnsweredPayload(UUID answerId, UUID clientId, UUID executiveId, UUID contactId, String survey, Scale scale, int score,
            LocalDate answeredOn) {
    }

    /** Names the client by legal name, so a notification can say who without a read model of clients. */
    public record DroppedPayload(UUID clientId, String legalName, UUID executiveId, String tier, UUID answerId, String survey, Scale scale,
            int score, LocalDate answeredOn, BigDecimal trailingAverage, Integer floor, List<DropReason> reasons, UUID complaintId) {
    }

    @Inject
    EventPublisher publisher;

    void answered(SurveyAnswer a, UUID executiveId) {
        publisher.publish(ANSWERED, a.clientId.toString(),
                new AnsweredPayload(a.id, a.clientId, executiveId, a.contactId, a.survey, a.scale, a.score, a.answeredOn));
    }

    void dropped(DroppedPayload payload) {
        publisher.publish(DROPPED, payload.clientId().toString(), payload);
    }
}
