package io.accountable.client.executive;

import io.accountable.platform.events.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;

/** The executive directory's events on accountable.client.events, keyed by executive id. */
@ApplicationScoped
public class ExecutiveEvents {

    public static final String REGISTERED = "accountable.client.executive-registered.v1";
    public static final String UPDATED = "accountable.client.executive-updated.v1";
    public static final String DEPARTED = "accountable.client.executive-departed.v1";

    /** Payload of both event types: the executive as it is after the change. */
    public record ExecutivePayload(UUID executiveId, String fullName, String email, String region, LocalDate hireDate,
            UUID managerId, ExecutiveStatus status, long version) {

        static ExecutivePayload of(Executive executive) {
            return new ExecutivePayload(executive.id, executive.fullName, executive.email, executive.region, executive.hireDate,
                    executive.managerId, executive.status, executive.version);
        }
    }

    public record DepartedPayload(UUID executiveId, LocalDate departureDate, UUID managerId) {
    }

    @Inject
    EventPublisher publisher;

    void registered(Executive executive) {
        publisher.publish(REGISTERED, executive.id.toString(), ExecutivePayload.of(executive));
    }

    void updated(Executive executive) {
        publisher.publish(UPDATED, executive.id.toString(), ExecutivePayload.of(executive));
    }

    void departed(Executive executive, LocalDate departureDate) {
        publisher.publish(DEPARTED, executive.id.toString(), new DepartedPayload(executive.id, departureDate, executive.managerId));
    }
}
