package io.accountable.quota.executive;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class ExecutiveDirectoryTest {

    static final String TOPIC = "accountable.client.events";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String executive(UUID id, String region, long version) {
        return """
                {"executiveId": "%s", "fullName": "Sam Stone", "email": "sam@firm.example", "region": "%s",
                 "hireDate": "2026-07-01", "managerId": null, "status": "ACTIVE", "version": %d}"""
                .formatted(id, region, version);
    }

    @Test
    void keepsTheNewestVersionOfEachExecutive() {
        UUID id = UUID.randomUUID();
        TestEvents.publish(bootstrap, TOPIC, "accountable.client.executive-registered.v1", id.toString(), executive(id, "West", 0));
        TestEvents.publish(bootstrap, TOPIC, "accountable.client.executive-updated.v1", id.toString(), executive(id, "East", 2));
        TestEvents.publish(bootstrap, TOPIC, "accountable.client.executive-updated.v1", id.toString(), executive(id, "South", 1));
        String marker = UUID.randomUUID().toString();
        TestEvents.publish(bootstrap, TOPIC, "accountable.client.executive-registered.v1", id.toString(),
                executive(UUID.fromString(marker), "Marker", 0));

        await().atMost(Duration.ofSeconds(30)).until(() -> find(UUID.fromString(marker)) != null);
        Executive executive = find(id);
        assertEquals("East", executive.region, "the stale version 1 did not overwrite version 2");
        assertEquals(2, executive.sourceVersion);
        assertEquals(LocalDate.of(2026, 7, 1), executive.hireDate);
    }

    private static Executive find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Executive.findById(id));
    }
}
