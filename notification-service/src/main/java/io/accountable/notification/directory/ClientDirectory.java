package io.accountable.notification.directory;

import io.accountable.platform.events.EventHandler;
import io.accountable.platform.events.IncomingEvent;
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
        ClientName client = ClientName.findById(payload.clientId());
        if (client == null) {
            client = new ClientName();
            client.id = payload.clientId();
        } else if (payload.version() < client.sourceVersion) {
            return;
        }
        client.legalName = payload.legalName();
        client.sourceVersion = payload.version();
        client.persist();
    }

    private static void apply(ContactPayload payload) {
        ContactName contact = ContactName.findById(payload.contactId());
        if (contact == null) {
            contact = new ContactName();
            contact.id = payload.contactId();
        } else if (payload.version() < contact.sourceVersion) {
            return;
        }
        contact.clientId = payload.clientId();
        contact.fullName = payload.fullName();
        contact.employerName = payload.employerName();
        contact.sourceVersion = payload.version();
        contact.persist();
    }
}
