package io.accountable.client.interaction;

import io.accountable.platform.events.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Interaction events on accountable.client.events, keyed by client id. */
@ApplicationScoped
public class InteractionEvents {

    public static final String LOGGED = "accountable.client.interaction-logged.v1";

    public record LoggedPayload(UUID interactionId, UUID clientId, UUID executiveId, InteractionKind kind, Instant occurredAt,
            LocalDate occurredOn, List<UUID> contactIds, LocalDate followUpDate) {
    }

    @Inject
    EventPublisher publisher;

    void logged(Interaction i) {
        publisher.publish(LOGGED, i.clientId.toString(), new LoggedPayload(i.id, i.clientId, i.executiveId, i.kind, i.occurredAt,
                i.occurredOn, List.copyOf(i.contactIds), i.followUpDate));
    }
}
