package io.accountable.notification.recipient;

import io.accountable.platform.events.EventHandler;
import io.accountable.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Keeps the recipient read model in step with client-service's executive directory. */
@ApplicationScoped
public class RecipientDirectory implements EventHandler {

    static final String EXECUTIVE_REGISTERED = "accountable.client.executive-registered.v1";
    static final String EXECUTIVE_UPDATED = "accountable.client.executive-updated.v1";

    record ExecutivePayload(UUID executiveId, String fullName, String email, UUID managerId, String status, long version) {
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(EXECUTIVE_REGISTERED, EXECUTIVE_UPDATED);
    }

    @Override
    public void apply(IncomingEvent event) {
        ExecutivePayload executive = event.dataAs(ExecutivePayload.class);
        Recipient recipient = Recipient.findById(executive.executiveId());
        if (recipient == null) {
            recipient = new Recipient();
            recipient.id = executive.executiveId();
        } else if (recipient.sourceVersion > executive.version()) {
            return;
        }
        recipient.fullName = executive.fullName();
        recipient.email = executive.email();
        recipient.managerId = executive.managerId();
        recipient.status = executive.status();
        recipient.sourceVersion = executive.version();
        recipient.updatedAt = Instant.now();
        recipient.persist();
    }
}
