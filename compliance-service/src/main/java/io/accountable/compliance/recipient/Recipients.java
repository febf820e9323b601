package io.accountable.compliance.recipient;

import io.accountable.platform.events.EventHandler;
import io.accountable.platform.events.IncomingEvent;
import io.accountable.platform.events.ReadModelRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;

/** Keeps the clients and their contacts (gift recipients and employers) in step with client-service. */
@ApplicationScoped
public class Recipients implements EventHandler {

    static final String CONTACT_ADDED = "accountable.client.contact-added.v1";
    static final String CONTACT_UPDATED = "accountable.client.contact-updated.v1";
    static final String CLIENT_ONBOARDED = "accountable.client.client-onboarded.v1";
    static final String CLIENT_UPDATED = "accountable.client.client-updated.v1";

    record ContactPayload(UUID contactId, UUID clientId, String employerName, String fullName, String title, String email,
            Boolean active, long version) {
    }

    record ClientPayload(UUID clientId, String legalName, String clientType, String status, UUID primaryExecutiveId, long version) {
    }

    @Inject
    RecipientLock locks;

    @Override
    public Set<String> eventTypes() {
        return Set.of(CONTACT_ADDED, CONTACT_UPDATED, CLIENT_ONBOARDED, CLIENT_UPDATED);
    }

    @Override
    public void apply(IncomingEvent event) {
        if (event.type().startsWith("accountable.client.contact-")) {
            apply(event.dataAs(ContactPayload.class));
        } else {
            apply(event.dataAs(ClientPayload.class));
        }
    }

    private void apply(ContactPayload payload) {
        ReadModelRows.toUpdate(Contact.class, payload.contactId(), payload.version(), row -> row.sourceVersion, id -> {
            Contact created = new Contact();
            created.id = id;
            locks.ensure(created.id);
            return created;
        }).ifPresent(contact -> {
            contact.clientId = payload.clientId();
            contact.employerName = payload.employerName();
            contact.fullName = payload.fullName();
            contact.title = payload.title();
            contact.email = payload.email();
            contact.active = payload.active() == null || payload.active();
            contact.sourceVersion = payload.version();
            contact.persist();
        });
    }

    private void apply(ClientPayload payload) {
        ReadModelRows.toUpdate(ClientFirm.class, payload.clientId(), payload.version(), row -> row.sourceVersion, id -> {
            ClientFirm created = new ClientFirm();
            created.id = id;
            return created;
        }).ifPresent(client -> {
            client.legalName = payload.legalName();
            client.clientType = payload.clientType();
            client.status = payload.status();
            client.primaryExecutiveId = payload.primaryExecutiveId();
            client.sourceVersion = payload.version();
            client.persist();
        });
    }
}
