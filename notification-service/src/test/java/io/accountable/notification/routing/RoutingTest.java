package io.accountable.notification.routing;

import static io.accountable.notification.Fixtures.CLIENT_TOPIC;
import static io.accountable.notification.Fixtures.COMPLIANCE_TOPIC;
import static io.accountable.notification.Fixtures.PATIENCE;
import static io.accountable.notification.Fixtures.QUOTA_TOPIC;
import static io.accountable.notification.Fixtures.admin;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.TestEvents;
import io.accountable.devstack.TopicReader;
import io.accountable.notification.Fixtures;
import io.accountable.notification.SmtpTestResource;
import io.accountable.notification.delivery.DeliveryChannel;
import io.accountable.notification.inbox.Notification;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Every topic is consumed and each event reaches the people its routing rule names. */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.GLOBAL)
class RoutingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    Engine engine;

    static Set<String> notified(String eventId) {
        return Fixtures.notificationsOf(eventId).stream().map(n -> n.recipientId).collect(Collectors.toSet());
    }

    static Set<String> mailed(String eventId) {
        return Fixtures.deliveriesOf(eventId).stream().filter(d -> d.channel == DeliveryChannel.EMAIL).map(d -> d.target)
                .collect(Collectors.toSet());
    }

    @Test
    void aGiftLimitWarningReachesTheExecutivesAndComplianceInAppAndByEmail() {
        String officer = Fixtures.complianceOfficer("Cleo Compliance");
        String first = Fixtures.executive(bootstrap, "Eli First", null);
        String second = Fixtures.executive(bootstrap, "Fay Second", null);
        String recipient = UUID.randomUUID().toString();
        String eventId = TestEvents.publish(bootstrap, COMPLIANCE_TOPIC, "accountable.compliance.gift-limit-warning.v1", recipient,
                Fixtures.giftLimitWarning(recipient, first, second));

        await().atMost(PATIENCE).until(() -> notified(eventId).containsAll(Set.of(first, second, officer)));
        assertEquals(Set.of(first, second, officer), mailed(eventId).stream().filter(Set.of(first, second, officer)::contains)
                .collect(Collectors.toSet()));
        Notification notification = Fixtures.notificationsOf(eventId).stream().filter(n -> n.recipientId.equals(first)).findFirst().orElseThrow();
        assertEquals("Gift limit warning: 80% used for an unknown contact (id " + recipient + ")", notification.title);
        assertTrue(notification.body.contains("USD 240.00 of the USD 300.00 limit; USD 60.00 remains"), notification.body);
    }

    @Test
    void aReassignedClientReachesTheOldAndNewExecutiveAndTheManager() {
        String manager = Fixtures.executive(bootstrap, "Gus Manager", null);
        String previous = Fixtures.executive(bootstrap, "Hal Previous", manager);
        String next = Fixtures.executive(bootstrap, "Ida Next", manager);
        String client = UUID.randomUUID().toString();
        String eventId = TestEvents.publish(bootstrap, CLIENT_TOPIC, "accountable.client.client-assigned.v1", client, """
                {"clientId": "%s", "executiveId": "%s", "previousExecutiveId": "%s", "effectiveDate": "2026-11-23", "reason": "REBALANCING"}"""
                .formatted(client, next, previous));

        await().atMost(PATIENCE).until(() -> notified(eventId).size() == 3);
        assertEquals(Set.of(manager, previous, next), notified(eventId));
        assertEquals(Set.of(manager, previous, next), mailed(eventId));
    }

    @Test
    void aSatisfactionDropReachesTheExecutiveAndTheirManagerNamingTheClient() {
        String manager = Fixtures.executive(bootstrap, "Jo Manager", null);
        String executive = Fixtures.executive(bootstrap, "Kim Executive", manager);
        String client = UUID.randomUUID().toString();
        String eventId = TestEvents.publish(bootstrap, CLIENT_TOPIC, "accountable.client.satisfaction-dropped.v1", client, """
                {"clientId": "%s", "legalName": "Harbor Freight Logistics LLC", "executiveId": "%s", "tier": "KEY",
                 "answerId": "%s", "survey": "Annual survey", "scale": "CSAT", "score": 2, "answeredOn": "2026-11-20",
                 "trailingAverage": 3.33, "floor": 4, "reasons": ["BELOW_FLOOR"], "complaintId": null}"""
                .formatted(client, executive, UUID.randomUUID()));

        await().atMost(PATIENCE).until(() -> notified(eventId).size() == 2);
        assertEquals(Set.of(manager, executive), notified(eventId));
        assertEquals(Set.of(manager, executive), mailed(eventId));
        Notification notification = Fixtures.notificationsOf(eventId).get(0);
        assertEquals("Satisfaction dropped at Harbor Freight Logistics LLC: CSAT 2", notification.title);
        assertTrue(notification.body.contains("trailing CSAT average is 3.33, below the KEY tier's floor of 4"), notification.body);
        assertFalse(notification.body.contains(client), "the client is named, not numbered: " + notification.body);
    }

    @Test
    void aPreclearanceNeedingReviewAlsoReachesComplianceAndADecidedOneOnlyTheExecutive() {
        String officer = Fixtures.complianceOfficer("Lou Looker");
        String executive = UUID.randomUUID().toString();
        String preclearance = """
                {"preclearanceId": "%s", "executiveId": "%s", "recipientId": "%s", "decision": "%s",
                 "valueUsd": {"amount": "95.00", "currency": "USD"}}""";
        String needsReview = TestEvents.publish(bootstrap, COMPLIANCE_TOPIC, "accountable.compliance.preclearance-decided.v1", executive,
                preclearance.formatted(UUID.randomUUID(), executive, UUID.randomUUID(), "NEEDS_REVIEW"));
        String approved = TestEvents.publish(bootstrap, COMPLIANCE_TOPIC, "accountable.compliance.preclearance-decided.v1", executive,
                preclearance.formatted(UUID.randomUUID(), executive, UUID.randomUUID(), "APPROVED"));

        await().atMost(PATIENCE).until(() -> !notified(approved).isEmpty());
        assertTrue(notified(needsReview).containsAll(Set.of(executive, officer)));
        assertEquals(Set.of(executive), notified(approved));
        Fixtures.inboxOf(executive).body("items.title", hasItem(startsWith("Pre-clearance APPROVED for a gift of USD 95.00 to ")));
    }

    @Test
    void quotaEventsReachTheExecutiveTheirManagerOrBothAsTheRulesSay() {
        String manager = UUID.randomUUID().toString();
        String executive = UUID.randomUUID().toString();
        String attainment = TestEvents.publish(bootstrap, QUOTA_TOPIC, "accountable.quota.attainment-threshold-crossed.v1", executive, """
                {"executiveId": "%s", "managerId": "%s", "period": "2026", "thresholdPercent": 100, "attainmentPercent": 104.5,
                 "quota": {"amount": "1000000.00", "currency": "USD"}, "credited": {"amount": "1045000.00", "currency": "USD"}}"""
                .formatted(executive, manager));
        String disputeOpened = TestEvents.publish(bootstrap, QUOTA_TOPIC, "accountable.quota.dispute-opened.v1", executive, """
                {"disputeId": "%s", "statementId": "%s", "executiveId": "%s", "managerId": "%s", "status": "OPEN", "comment": "Split missing"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), executive, manager));
        String disputeResolved = TestEvents.publish(bootstrap, QUOTA_TOPIC, "accountable.quota.dispute-resolved.v1", executive, """
                {"disputeId": "%s", "statementId": "%s", "executiveId": "%s", "managerId": "%s", "status": "UPHELD", "comment": null}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), executive, manager));

        await().atMost(PATIENCE).until(() -> !notified(disputeResolved).isEmpty());
        assertEquals(Set.of(executive, manager), notified(attainment));
        assertEquals(Set.of(manager), notified(disputeOpened));
        assertEquals(Set.of(executive), notified(disputeResolved));
        Fixtures.inboxOf(executive).body("items.title", hasItem("Your statement dispute was resolved: UPHELD"));
    }

    @Test
    void unknownTypesAndUnknownFieldsAreSkippedOrIgnoredWithoutDeadLettering() {
        String executive = UUID.randomUUID().toString();
        String unknownKey = UUID.randomUUID().toString();
        TestEvents.publish(bootstrap, QUOTA_TOPIC, "accountable.quota.something-new.v1", unknownKey, "{\"whatever\": 1}");
        String eventId = TestEvents.publish(bootstrap, QUOTA_TOPIC, "accountable.quota.statement-issued.v1", executive,
                Fixtures.statementIssued(executive, "2026-Q2").replace("\"period\"", "\"bonusNote\": \"new field\", \"period\""));

        await().atMost(PATIENCE).until(() -> notified(eventId).equals(Set.of(executive)));
        assertEquals(0, TopicReader.read(bootstrap, QUOTA_TOPIC + ".dlq", r -> unknownKey.equals(r.key()), 1, Duration.ofSeconds(3)).size());
    }

    @Test
    void adminsReadAndChangeRulesAndAnInactiveRuleNotifiesNobody() {
        String type = "accountable.client.retention-risk-flagged.v1";
        given().auth().oauth2(admin()).get("/api/routing-rules").then().statusCode(200)
                .body("eventType", hasItem("accountable.compliance.gift-limit-warning.v1"))
                .body("findAll { it.eventType == 'accountable.compliance.gift-refused-over-limit.v1' }[0].audiences", equalTo(List.of("COMPLIANCE")));
        Map<String, Object> rule = given().auth().oauth2(admin()).get("/api/routing-rules/" + type).then().statusCode(200)
                .body("category", equalTo("CLIENTS")).extract().as(Map.class);
        int version = (Integer) rule.get("version");

        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("audiences", List.of("EXECUTIVE", "MANAGER"), "channels", List.of("IN_APP"), "active", false, "version", version))
                .put("/api/routing-rules/" + type).then().statusCode(200)
                .body("active", equalTo(false)).body("audiences", hasSize(2)).body("version", equalTo(version + 1));
        try {
            String executive = UUID.randomUUID().toString();
            String muted = TestEvents.publish(bootstrap, CLIENT_TOPIC, type, executive, """
                    {"clientId": "%s", "executiveId": "%s", "flag": "HIGH", "reason": "Competitor pitch", "nextReviewDate": "2026-12-01"}"""
                    .formatted(UUID.randomUUID(), executive));
            String marker = TestEvents.publish(bootstrap, CLIENT_TOPIC, "accountable.client.contact-overdue.v1", executive,
                    Fixtures.contactOverdue(executive, UUID.randomUUID().toString()));
            await().atMost(PATIENCE).until(() -> !notified(marker).isEmpty());
            assertEquals(Set.of(), notified(muted));
        } finally {
            given().auth().oauth2(admin()).contentType(ContentType.JSON)
                    .body(Map.of("audiences", List.of("EXECUTIVE"), "channels", List.of("IN_APP"), "active", true, "version", version + 1))
                    .put("/api/routing-rules/" + type).then().statusCode(200);
        }
    }

    @Test
    void ruleChangesAreAdminOnlyAndBadInputIsAProblemThatChangesNothing() {
        String type = "accountable.compliance.entertainment-flagged.v1";
        Map<String, Object> before = given().auth().oauth2(admin()).get("/api/routing-rules/" + type).then().extract().as(Map.class);
        Object version = before.get("version");

        given().auth().oauth2(Fixtures.TOKENS.mint("compliance-officer", "co-" + UUID.randomUUID())).get("/api/routing-rules")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/routing-rules").then().statusCode(401);
        given().auth().oauth2(admin()).get("/api/routing-rules/accountable.client.nothing.v1").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("audiences", List.of("EVERYONE"), "channels", List.of("IN_APP"), "active", true, "version", version))
                .put("/api/routing-rules/" + type).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("audiences", List.of("COMPLIANCE"), "active", true))
                .put("/api/routing-rules/" + type).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("audiences", List.of(), "channels", List.of("IN_APP"), "active", true, "version", version))
                .put("/api/routing-rules/" + type).then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("audiences", List.of("COMPLIANCE"), "channels", List.of("IN_APP"), "active", true, "version", 99))
                .put("/api/routing-rules/" + type).then().statusCode(409).contentType("application/problem+json");

        given().auth().oauth2(admin()).get("/api/routing-rules/" + type).then().statusCode(200)
                .body("version", equalTo(version)).body("audiences", equalTo(before.get("audiences")))
                .body("channels", equalTo(before.get("channels"))).body("active", equalTo(true));
    }

    @Test
    void everyNotifyingTypeHasASeededRuleAndATemplate() {
        for (String type : EventCatalogue.NOTIFYING_TYPES) {
            assertTrue(QuarkusTransaction.requiringNew().call(() -> RoutingRule.findById(type) != null), type + " has a rule");
            Template template = engine.getTemplate("notifications/" + type);
            assertTrue(template != null && template.getFragment("title") != null && template.getFragment("body") != null
                    && template.getFragment("link") != null, type + " has a template with a title, a body and a link");
        }
        assertEquals(EventCatalogue.NOTIFYING_TYPES.size(), QuarkusTransaction.requiringNew().call(() -> (int) RoutingRule.count()));
    }
}
