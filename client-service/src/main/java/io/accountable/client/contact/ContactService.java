package io.accountable.client.contact;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.client.client.Client;
import io.accountable.client.client.ClientAccess;
import io.accountable.client.contact.ContactApi.ContactChange;
import io.accountable.client.contact.ContactApi.ContactView;
import io.accountable.client.contact.ContactApi.NewContact;
import io.accountable.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ContactService {

    @Inject
    ContactEvents events;

    @Inject
    ClientAccess access;

    public ContactView add(UUID clientId, NewContact request) {
        Client client = access.changeableOpen(clientId);
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.clientId = clientId;
        contact.fullName = request.fullName().strip();
        contact.title = request.title();
        contact.email = request.email();
        contact.phone = request.phone();
        contact.role = request.role();
        contact.active = true;
        contact.createdAt = Instant.now();
        contact.updatedAt = contact.createdAt;
        contact.persistAndFlush();
        events.added(contact, client.legalName);
        return ContactView.of(contact);
    }

    public ContactView change(UUID clientId, UUID contactId, ContactChange request) {
        Client client = access.changeable(clientId);
        Contact contact = find(clientId, contactId);
        if (contact.version != request.version()) {
            throw ProblemException.staleVersion("contact", contactId, request.version(), contact.version);
        }
        contact.fullName = request.fullName().strip();
        contact.title = request.title();
        contact.email = request.email();
        contact.phone = request.phone();
        contact.role = request.role();
        contact.active = request.active();
        contact.updatedAt = Instant.now();
        Contact.flush();
        events.updated(contact, client.legalName);
        return ContactView.of(contact);
    }

    @Transactional(SUPPORTS)
    public ContactView get(UUID clientId, UUID contactId) {
        access.readable(clientId);
        return ContactView.of(find(clientId, contactId));
    }

    @Transactional(SUPPORTS)
    public List<ContactView> list(UUID clientId, Boolean active) {
        access.readable(clientId);
        List<Contact> contacts = active == null
                ? Contact.list("clientId", Sort.by("fullName").and("id"), clientId)
                : Contact.list("clientId = ?1 and active = ?2", Sort.by("fullName").and("id"), clientId, active);
        return contacts.stream().map(ContactView::of).toList();
    }

    private static Contact find(UUID clientId, UUID contactId) {
        Contact contact = Contact.find("id = ?1 and clientId = ?2", contactId, clientId).firstResult();
        if (contact == null) {
            throw ProblemException.notFound("contact", contactId);
        }
        return contact;
    }
}
