package io.accountable.notification.recipient;

import io.accountable.platform.events.EventHandler;
import io.accountable.platform.events.IncomingEvent;
import io.accountable.platform.events.ReadModelRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Keeps the recipient read model in step with client-service's executive directory. */
@ApplicationScoped
public class ExecutiveDirectory implements EventHandler {

    static final String EXECUTIVE_REGISTERED = "accountable.client.executive-registered.v1";
    static final String EXECUTIVE_UPDATED = "accountable.client.executive-updated.v1";
    static final String EXECUTIVE_DEPARTED = "accountable.client.executive-departed.v1";

    record DepartedExecutive(UUID executiveId) {
    }

    record ExecutivePayload(UUID executiveId, String fullName, String email, UUID managerId, String status, long version) {
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(EXECUTIVE_REGISTERED, EXECUTIVE_UPDATED, EXECUTIVE_DEPARTED);
    }

    @Override
    public void apply(IncomingEvent event) {
        if (EXECUTIVE_DEPARTED.equals(event.type())) {
            departed(event.dataAs(DepartedExecutive.class));
            return;
        }
        ExecutivePayload executive = event.dataAs(ExecutivePayload.class);
        ReadModelRows.toUpdate(Recipient.class, executive.executiveId(), executive.version(), row -> row.sourceVersion, id -> {
            Recipient created = new Recipient();
            created.id = id;
            return created;
        }).ifPresent(recipient -> {
            recipient.fullName = executive.fullName();
            recipient.email = executive.email();
            recipient.managerId = executive.managerId();
            recipient.status = executive.status();
            recipient.sourceVersion = executive.version();
            recipient.updatedAt = Instant.now();
            recipient.persist();
        });
    }

    /** A departed executive stays known (their old events still name them) but is no longer active. */
    private void departed(DepartedExecutive departed) {
        Recipient recipient = Recipient.findById(departed.executiveId());
        if (recipient != null) {
            recipient.status = "DEPARTED";
            recipient.updatedAt = Instant.now();
        }
    }
}
