package io.accountable.compliance.recipient;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class RecipientsTest {

    static final String TOPIC = "accountable.client.events";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager entityManager;

    @Test
    void contactsAndClientsBecomeRecipientsWithTheirEmployer() {
        UUID clientId = UUID.randomUUID();
        UUID contactId = UUID.randomUUID();
        TestEvents.publish(bootstrap, TOPIC, "accountable.client.client-onboarded.v1", clientId.toString(), """
                {"clientId": "%s", "legalName": "Globex Corp", "clientType": "CORPORATE", "tier": "KEY_ACCOUNT", "segment": "Energy",
                 "region": "West", "country": "US", "status": "ACTIVE", "primaryExecutiveId": null, "version": 0, "someNewField": 1}"""
                .formatted(clientId));
        TestEvents.publish(bootstrap, TOPIC, "accountable.client.contact-added.v1", clientId.toString(), """
                {"contactId": "%s", "clientId": "%s", "employerName": "Globex Corp", "fullName": "Pat Doe", "title": "CFO",
                 "email": "pat@globex.example", "phone": "+1 555 0100", "role": "DECISION_MAKER", "active": true, "version": 0}"""
                .formatted(contactId, clientId));
        TestEvents.publish(bootstrap, TOPIC, "accountable.client.contact-updated.v1", clientId.toString(), """
                {"contactId": "%s", "clientId": "%s", "employerName": "Globex Holdings", "fullName": "Pat Doe-Ray", "title": "CEO",
                 "email": "pat@globex.example", "phone": null, "role": "DECISION_MAKER", "active": false, "version": 2}"""
                .formatted(contactId, clientId));
        TestEvents.publish(bootstrap, TOPIC, "accountable.client.contact-updated.v1", clientId.toString(), """
                {"contactId": "%s", "clientId": "%s", "employerName": "Stale Name", "fullName": "Stale", "title": null,
                 "email": null, "phone": null, "role": null, "active": true, "version": 1}"""
                .formatted(contactId, clientId));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Contact contact = QuarkusTransaction.requiringNew().call(() -> Contact.findById(contactId));
            assertNotNull(contact);
            assertEquals(2, contact.sourceVersion);
            ClientFirm client = QuarkusTransaction.requiringNew().call(() -> ClientFirm.findById(clientId));
            assertNotNull(client);
        });
        Contact contact = QuarkusTransaction.requiringNew().call(() -> Contact.findById(contactId));
        assertEquals("Globex Holdings", contact.employerName);
        assertEquals("Pat Doe-Ray", contact.fullName);
        assertEquals(false, contact.active);
        assertEquals("Globex Corp", QuarkusTransaction.requiringNew().call(() -> ClientFirm.<ClientFirm>findById(clientId).legalName));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT COUNT(*) FROM recipient_lock WHERE recipient_id = ?1").setParameter(1, contactId.toString())
                .getSingleResult()) instanceof Number n ? n.longValue() : -1, "the contact's lock row exists before any gift");
    }
}
