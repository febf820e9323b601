package io.accountable.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.DevTokens;
import io.accountable.devstack.TestEvents;
import io.accountable.notification.delivery.Delivery;
import io.accountable.notification.directory.ClientName;
import io.accountable.notification.directory.ContactName;
import io.accountable.notification.inbox.Notification;
import io.accountable.notification.recipient.Recipient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Events as the other services publish them, and what the tests look up afterwards. */
public final class Fixtures {

    public static final String CLIENT_TOPIC = "accountable.client.events";
    public static final String QUOTA_TOPIC = "accountable.quota.events";
    public static final String COMPLIANCE_TOPIC = "accountable.compliance.events";
    public static final DevTokens TOKENS = DevStackTestResource.tokens();
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private Fixtures() {
    }

    public static String admin() {
        return TOKENS.mint("admin", "admin-" + UUID.randomUUID());
    }

    public static String executiveToken(String executiveId) {
        return TOKENS.mint("account-executive", executiveId);
    }

    /** Registers an executive in the read model (through client-service's event) and waits until it is there. */
    public static String executive(String bootstrap, String fullName, String managerId) {
        String id = UUID.randomUUID().toString();
        String manager = managerId == null ? "null" : "\"" + managerId + "\"";
        TestEvents.publish(bootstrap, CLIENT_TOPIC, "accountable.client.executive-registered.v1", id, """
                {"executiveId": "%s", "fullName": "%s", "email": "%s@firm.example", "region": "West",
                 "hireDate": "2025-01-06", "managerId": %s, "status": "ACTIVE", "version": 0}"""
                .formatted(id, fullName, id, manager));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> Recipient.findById(UUID.fromString(id)) != null));
        return id;
    }

    /** Onboards a client in the client read model (through client-service's event) and waits until it is there. */
    public static String client(String bootstrap, String legalName) {
        String id = UUID.randomUUID().toString();
        TestEvents.publish(bootstrap, CLIENT_TOPIC, "accountable.client.client-onboarded.v1", id, """
                {"clientId": "%s", "legalName": "%s", "clientType": "CORPORATE", "tier": "STANDARD", "segment": "MID_MARKET",
                 "region": "West", "country": "US", "status": "PROSPECT", "primaryExecutiveId": null, "version": 0}"""
                .formatted(id, legalName));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> ClientName.findById(UUID.fromString(id)) != null));
        return id;
    }

    /** Adds a contact of a client in the contact read model (through client-service's event) and waits until it is there. */
    public static String contact(String bootstrap, String clientId, String fullName, String employerName) {
        String id = UUID.randomUUID().toString();
        TestEvents.publish(bootstrap, CLIENT_TOPIC, "accountable.client.contact-added.v1", clientId, """
                {"contactId": "%s", "clientId": "%s", "employerName": "%s", "fullName": "%s", "title": "CFO",
                 "email": "%s@client.example", "phone": null, "role": "DECISION_MAKER", "active": true, "version": 0}"""
                .formatted(id, clientId, employerName, fullName, id));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> ContactName.findById(UUID.fromString(id)) != null));
        return id;
    }

    public static String emailOf(String executiveId) {
        return executiveId + "@firm.example";
    }

    /** Registers a compliance officer as a staff recipient; returns their user id. */
    public static String complianceOfficer(String fullName) {
        String id = "co-" + UUID.randomUUID();
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("id", id, "fullName", fullName, "email", id + "@firm.example", "role", "COMPLIANCE_OFFICER"))
                .post("/api/staff-members").then().statusCode(201);
        return id;
    }

    public static List<Notification> notificationsOf(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification> list("eventId", eventId));
    }

    public static List<Delivery> deliveriesOf(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery> list("eventId", eventId));
    }

    public static String giftLimitWarning(String recipientId, String... executiveIds) {
        String executives = String.join("\", \"", executiveIds);
        return """
                {"recipientId": "%s", "executiveIds": ["%s"], "windowStart": "2026-01-01", "windowEnd": "2026-12-31",
                 "limit": {"amount": "300.00", "currency": "USD"}, "used": {"amount": "240.00", "currency": "USD"},
                 "remaining": {"amount": "60.00", "currency": "USD"}, "percent": 80}""".formatted(recipientId, executives);
    }

    public static String statementIssued(String executiveId, String period) {
        return """
                {"statementId": "%s", "executiveId": "%s", "period": "%s",
                 "totalCompensation": {"amount": "18250.00", "currency": "USD"}}"""
                .formatted(UUID.randomUUID(), executiveId, period);
    }

    public static String contactOverdue(String executiveId, String clientId) {
        return """
                {"clientId": "%s", "executiveId": "%s", "tier": "KEY_ACCOUNT", "cadenceDays": 14,
                 "lastInteractionDate": "2026-10-01", "overdueSince": "2026-10-15"}""".formatted(clientId, executiveId);
    }

    public static io.restassured.response.ValidatableResponse inboxOf(String executiveId) {
        return given().auth().oauth2(executiveToken(executiveId)).get("/api/notifications").then().statusCode(200);
    }

    /** Keeps a test's subscription from collecting deliveries for later tests' events. */
    @SuppressWarnings("unchecked")
    public static void deactivateWebhook(String subscriptionId) {
        Map<String, Object> current = given().auth().oauth2(admin()).get("/api/webhook-subscriptions/" + subscriptionId)
                .then().statusCode(200).extract().as(Map.class);
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("url", current.get("url"), "eventTypes", current.get("eventTypes"), "active", false, "version", current.get("version")))
                .put("/api/webhook-subscriptions/" + subscriptionId).then().statusCode(200)
                .body("active", org.hamcrest.Matchers.equalTo(false));
    }
}
