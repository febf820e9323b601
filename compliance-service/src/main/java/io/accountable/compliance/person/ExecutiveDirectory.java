package io.accountable.compliance.person;

import io.accountable.platform.events.EventHandler;
import io.accountable.platform.events.IncomingEvent;
import io.accountable.platform.events.ReadModelRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/** Keeps the associated persons in step with client-service's executive directory. */
@ApplicationScoped
public class ExecutiveDirectory implements EventHandler {

    record ExecutivePayload(UUID executiveId, String fullName, String email, UUID managerId, String status, long version) {
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("accountable.client.executive-registered.v1", "accountable.client.executive-updated.v1");
    }

    @Override
    public void apply(IncomingEvent event) {
        ExecutivePayload executive = event.dataAs(ExecutivePayload.class);
        ReadModelRows.toUpdate(AssociatedPerson.class, executive.executiveId(), executive.version(), row -> row.sourceVersion, id -> {
            AssociatedPerson created = new AssociatedPerson();
            created.id = id;
            return created;
        }).ifPresent(person -> {
            person.fullName = executive.fullName();
            person.email = executive.email();
            person.supervisorId = executive.managerId();
            person.status = executive.status();
            person.sourceVersion = executive.version();
            person.persist();
        });
    }
}
