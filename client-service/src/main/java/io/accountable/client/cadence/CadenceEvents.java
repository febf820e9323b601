package io.accountable.client.cadence;

import io.accountable.platform.events.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;

/** Overdue-contact events on accountable.client.events, keyed by client id. */
@ApplicationScoped
public class CadenceEvents {

    public static final String CONTACT_OVERDUE = "accountable.client.contact-overdue.v1";

    public record OverduePayload(UUID episodeId, UUID clientId, String legalName, UUID executiveId, String tier, int cadenceDays,
            LocalDate lastInteractionDate, LocalDate overdueSince) {
    }

    @Inject
    EventPublisher publisher;

    void overdue(OverdueEpisode e, String legalName) {
        publisher.publish(CONTACT_OVERDUE, e.clientId.toString(), new OverduePayload(e.id, e.clientId, legalName, e.executiveId, e.tier,
                e.cadenceDays, e.lastInteractionDate, e.overdueSince));
    }
}
