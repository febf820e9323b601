package io.accountable.notification.directory;

import io.accountable.platform.events.EventHandler;
import io.accountable.platform.events.IncomingEvent;
import io.accountable.platform.events.ReadModelRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/** Keeps the names of clients and their contacts in step with client-service, for the notifications' texts. */
@ApplicationScoped
public class ClientDirectory implements EventHandler {

    static final String CLIENT_ONBOARDED = "accountable.client.client-onboarded.v1";
    static final String CLIENT_UPDATED = "accountable.client.client-updated.v1";
    static final String CONTACT_ADDED = "accountable.client.contact-added.v1";
    static final String CONTACT_UPDATED = "accountable.client.contact-updated.v1";

    record ClientPayload(UUID clientId, String legalName, long version) {
    }

    record ContactPayload(UUID contactId, UUID clientId, String fullName, String employerName, long version) {
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(CLIENT_ONBOARDED, CLIENT_UPDATED, CONTACT_ADDED, CONTACT_UPDATED);
    }

    @Override
    public void apply(IncomingEvent event) {
        if (CONTACT_ADDED.equals(event.type()) || CONTACT_UPDATED.equals(event.type())) {
            apply(event.dataAs(ContactPayload.class));
        } else {
            apply(event.dataAs(ClientPayload.class));
        }
    }

    private static void apply(ClientPayload payload) {
        ReadModelRows.toUpdate(ClientName.class, payload.clientId(), payload.version(), row -> row.sourceVersion, id -> {
            ClientName created = new ClientName();
            created.id = id;
            return created;
        }).ifPresent(client -> {
            client.legalName = payload.legalName();
            client.sourceVersion = payload.version();
            client.persist();
        });
    }

    private static void apply(ContactPayload payload) {
        ReadModelRows.toUpdate(ContactName.class, payload.contactId(), payload.version(), row -> row.sourceVersion, id -> {
            ContactName created = new ContactName();
            created.id = id;
            return created;
        }).ifPresent(contact -> {
            contact.clientId = payload.clientId();
            contact.fullName = payload.fullName();
            contact.employerName = payload.employerName();
            contact.sourceVersion = payload.version();
            contact.persist();
        });
    }
}
