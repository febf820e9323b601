package io.accountable.compliance.person;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class ExecutiveDirectoryTest {

    static final String TOPIC = "accountable.client.events";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void everyRegisteredExecutiveBecomesAnAssociatedPersonWithTheirSupervisor() {
        UUID supervisor = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        TestEvents.publish(bootstrap, TOPIC, "accountable.client.executive-registered.v1", id.toString(), """
                {"executiveId": "%s", "fullName": "Tia Tran", "email": "tia@firm.example", "region": "West",
                 "hireDate": "2025-03-03", "managerId": "%s", "status": "ACTIVE", "version": 0}""".formatted(id, supervisor));
        TestEvents.publish(bootstrap, TOPIC, "accountable.client.executive-updated.v1", id.toString(), """
                {"executiveId": "%s", "fullName": "Tia Tran", "email": "tia@firm.example", "region": "West",
                 "hireDate": "2025-03-03", "managerId": "%s", "status": "DEPARTED", "version": 1}""".formatted(id, supervisor));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            AssociatedPerson person = QuarkusTransaction.requiringNew().call(() -> AssociatedPerson.findById(id));
            assertEquals("DEPARTED", person == null ? null : person.status);
            assertEquals(supervisor, person.supervisorId);
        });
    }
}
