package io.accountable.compliance.person;

import io.accountable.platform.events.EventHandler;
import io.accountable.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/** Keeps the associated persons in step with client-service's executive directory. */
@ApplicationScoped
public class AssociatedPersons implements EventHandler {

    record ExecutivePayload(UUID executiveId, String fullName, String email, UUID managerId, String status, long version) {
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("accountable.client.executive-registered.v1", "accountable.client.executive-updated.v1");
    }

    @Override
    public void apply(IncomingEvent event) {
        ExecutivePayload executive = event.dataAs(ExecutivePayload.class);
        AssociatedPerson person = AssociatedPerson.findById(executive.executiveId());
        if (person == null) {
            person = new AssociatedPerson();
            person.id = executive.executiveId();
        } else if (executive.version() < person.sourceVersion) {
            return;
        }
        person.fullName = executive.fullName();
        person.email = executive.email();
        person.supervisorId = executive.managerId();
        person.status = executive.status();
        person.sourceVersion = executive.version();
        person.persist();
    }
}
