package io.accountable.quota.client;

import static io.accountable.quota.Fixtures.CLIENT_TOPIC;
import static io.accountable.quota.Fixtures.assignmentJson;
import static io.accountable.quota.Fixtures.clientJson;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.TestEvents;
import io.accountable.quota.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class ClientDirectoryTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void answersWhoOwnedAClientOnADateAcrossReassignments() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID clientId = Fixtures.client(bootstrap, first, LocalDate.of(2026, 1, 1));
        Fixtures.assign(bootstrap, clientId, second, first, LocalDate.of(2026, 7, 1));

        assertEquals(Optional.empty(), ownerOn(clientId, LocalDate.of(2025, 12, 31)), "nobody before the first assignment");
        assertEquals(Optional.of(first), ownerOn(clientId, LocalDate.of(2026, 1, 1)), "from the effective date inclusive");
        assertEquals(Optional.of(first), ownerOn(clientId, LocalDate.of(2026, 6, 30)));
        assertEquals(Optional.of(second), ownerOn(clientId, LocalDate.of(2026, 7, 1)));
        assertEquals(Optional.of(second), ownerOn(clientId, LocalDate.of(2027, 3, 1)));
    }

    @Test
    void aLaterAssignmentOnTheSameDateReplacesTheEarlierOne() {
        UUID first = UUID.randomUUID();
        UUID corrected = UUID.randomUUID();
        UUID clientId = Fixtures.client(bootstrap, first, LocalDate.of(2026, 3, 1));
        Fixtures.assign(bootstrap, clientId, corrected, first, LocalDate.of(2026, 3, 1));

        assertEquals(Optional.of(corrected), ownerOn(clientId, LocalDate.of(2026, 3, 1)));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ClientOwnership.count("clientId", clientId)));
    }

    @Test
    void keepsTheNewestClientVersionAndItsStatus() {
        UUID clientId = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        TestEvents.publish(bootstrap, CLIENT_TOPIC, "accountable.client.client-onboarded.v1", clientId.toString(), clientJson(clientId, owner, 0));
        TestEvents.publish(bootstrap, CLIENT_TOPIC, "accountable.client.client-updated.v1", clientId.toString(),
                clientJson(clientId, owner, 3).replace("\"ACTIVE\"", "\"DORMANT\""));
        TestEvents.publish(bootstrap, CLIENT_TOPIC, "accountable.client.client-updated.v1", clientId.toString(),
                clientJson(clientId, owner, 2).replace("\"ACTIVE\"", "\"PROSPECT\""));
        TestEvents.publish(bootstrap, CLIENT_TOPIC, "accountable.client.client-status-changed.v1", clientId.toString(),
                """
                {"clientId": "%s", "from": "DORMANT", "to": "CLOSED", "effectiveDate": "2026-05-01"}""".formatted(clientId));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Client client = QuarkusTransaction.requiringNew().call(() -> Client.findById(clientId));
            assertEquals("CLOSED", client == null ? null : client.status);
            assertEquals(3, client.sourceVersion, "the stale version 2 did not overwrite version 3");
        });
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() {
        UUID clientId = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        var headers = TestEvents.cloudEvent(eventId, "accountable.client.client-assigned.v1", "/accountable/client-service", clientId.toString());
        String payload = assignmentJson(clientId, owner, null, LocalDate.of(2026, 2, 1));
        TestEvents.send(bootstrap, CLIENT_TOPIC, clientId.toString(), headers, payload);
        TestEvents.send(bootstrap, CLIENT_TOPIC, clientId.toString(), headers, payload);
        UUID marker = UUID.randomUUID();
        Fixtures.client(bootstrap, UUID.randomUUID(), LocalDate.of(2026, 1, 1));
        Fixtures.assign(bootstrap, clientId, marker, owner, LocalDate.of(2026, 9, 1));

        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> ClientOwnership.count("clientId", clientId)));
        assertEquals(Optional.of(owner), ownerOn(clientId, LocalDate.of(2026, 8, 31)));
    }

    private static Optional<UUID> ownerOn(UUID clientId, LocalDate date) {
        return QuarkusTransaction.requiringNew().call(() -> ClientOwnership.ownerOn(clientId, date));
    }
}
