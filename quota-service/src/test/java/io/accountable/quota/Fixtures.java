package io.accountable.quota;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.DevTokens;
import io.accountable.devstack.TestEvents;
import io.accountable.quota.client.ClientOwnership;
import io.accountable.quota.executive.Executive;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

/** Client-service events and tokens for quota-service tests; every test makes its own random ids. */
public final class Fixtures {

    public static final String CLIENT_TOPIC = "accountable.client.events";
    public static final String QUOTA_TOPIC = "accountable.quota.events";
    static final DevTokens TOKENS = DevStackTestResource.tokens();

    private Fixtures() {
    }

    public static RequestSpecification as(String role, Object subject) {
        return given().auth().oauth2(TOKENS.mint(role, subject.toString())).contentType(ContentType.JSON);
    }

    public static RequestSpecification asAdmin() {
        return as("admin", "admin-" + UUID.randomUUID());
    }

    public static String executiveJson(UUID id, UUID managerId, long version) {
        return """
                {"executiveId": "%s", "fullName": "Exec %s", "email": "e@firm.example", "region": "West",
                 "hireDate": "2020-01-01", "managerId": %s, "status": "ACTIVE", "version": %d}"""
                .formatted(id, id.toString().substring(0, 8), managerId == null ? "null" : "\"" + managerId + "\"", version);
    }

    /** Registers an executive in client-service's name and waits until quota-service knows them. */
    public static UUID executive(String bootstrap, UUID managerId) {
        UUID id = UUID.randomUUID();
        TestEvents.publish(bootstrap, CLIENT_TOPIC, "accountable.client.executive-registered.v1", id.toString(),
                executiveJson(id, managerId, 0));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> Executive.findById(id) != null));
        return id;
    }

    public static String clientJson(UUID clientId, UUID owner, long version) {
        return """
                {"clientId": "%s", "legalName": "Client %s", "clientType": "CORPORATE", "tier": "KEY", "segment": "S",
                 "region": "West", "country": "US", "status": "ACTIVE", "primaryExecutiveId": "%s", "version": %d,
                 "someFutureField": {"nested": true}}"""
                .formatted(clientId, clientId.toString().substring(0, 8), owner, version);
    }

    public static String assignmentJson(UUID clientId, UUID executiveId, UUID previous, LocalDate effectiveDate) {
        return """
                {"clientId": "%s", "executiveId": "%s", "previousExecutiveId": %s, "effectiveDate": "%s", "reason": "territory"}"""
                .formatted(clientId, executiveId, previous == null ? "null" : "\"" + previous + "\"", effectiveDate);
    }

    /** Onboards a client assigned to {@code owner} from {@code from}, and waits until quota-service knows the owner. */
    public static UUID client(String bootstrap, UUID owner, LocalDate from) {
        UUID clientId = UUID.randomUUID();
        TestEvents.publish(bootstrap, CLIENT_TOPIC, "accountable.client.client-onboarded.v1", clientId.toString(),
                clientJson(clientId, owner, 0));
        assign(bootstrap, clientId, owner, null, from);
        return clientId;
    }

    public static void assign(String bootstrap, UUID clientId, UUID executiveId, UUID previous, LocalDate from) {
        TestEvents.publish(bootstrap, CLIENT_TOPIC, "accountable.client.client-assigned.v1", clientId.toString(),
                assignmentJson(clientId, executiveId, previous, from));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> ClientOwnership.ownerOn(clientId, from).filter(executiveId::equals).isPresent()));
    }
}
