package io.accountable.client.contact;

import io.accountable.platform.events.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Contact events on accountable.client.events, keyed by client id so a client's contacts stay in order with it. */
@ApplicationScoped
public class ContactEvents {

    public static final String ADDED = "accountable.client.contact-added.v1";
    public static final String UPDATED = "accountable.client.contact-updated.v1";

    /** The contact after the change, with its employer's legal name (compliance keys gift recipients to their employer). */
    public record ContactPayload(UUID contactId, UUID clientId, String employerName, String fullName, String title, String email,
            String phone, ContactRole role, boolean active, long version) {

        static ContactPayload of(Contact contact, String employerName) {
            return new ContactPayload(contact.id, contact.clientId, employerName, contact.fullName, contact.title, contact.email,
                    contact.phone, contact.role, contact.active, contact.version);
        }
    }

    @Inject
    EventPublisher publisher;

    void added(Contact contact, String employerName) {
        publisher.publish(ADDED, contact.clientId.toString(), ContactPayload.of(contact, employerName));
    }

    void updated(Contact contact, String employerName) {
        publisher.publish(UPDATED, contact.clientId.toString(), ContactPayload.of(contact, employerName));
    }
}
