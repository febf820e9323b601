package io.accountable.notification.inbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.DevTokens;
import io.accountable.devstack.TestEvents;
import io.accountable.devstack.TopicReader;
import io.accountable.notification.SmtpTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The walking skeleton's far end: client-service's executive events become a welcome in the inbox. */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.GLOBAL)
class ExecutiveEventsConsumptionTest {

    static final String TOPIC = "accountable.client.events";
    static final String REGISTERED = "accountable.client.executive-registered.v1";
    static final DevTokens TOKENS = DevStackTestResource.tokens();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String registered(String executiveId, String name) {
        return """
                {"executiveId": "%s", "fullName": "%s", "email": "%s@firm.example", "region": "West",
                 "hireDate": "2025-01-06", "managerId": null, "status": "ACTIVE", "version": 0}"""
                .formatted(executiveId, name, executiveId);
    }

    static ValidatableResponse inboxOf(String userId) {
        return given().auth().oauth2(TOKENS.mint("account-executive", userId)).get("/api/notifications").then().statusCode(200);
    }

    static void awaitInbox(String userId, int size) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> inboxOf(userId).body("items", hasSize(size)));
    }

    @Test
    void aRegisteredExecutiveFindsAWelcomeInTheirInboxAndNobodyElseDoes() {
        String executive = UUID.randomUUID().toString();
        TestEvents.publish(bootstrap, TOPIC, REGISTERED, executive, registered(executive, "Olu Okafor"));

        awaitInbox(executive, 1);
        inboxOf(executive)
                .body("items[0].title", equalTo("Welcome to Accountable, Olu Okafor"))
                .body("items[0].eventType", equalTo(REGISTERED))
                .body("totalItems", equalTo(1));
        inboxOf(UUID.randomUUID().toString()).body("items", hasSize(0));
        given().get("/api/notifications").then().statusCode(401);
    }

    @Test
    void aDuplicatedEventIsAppliedOnce() {
        String executive = UUID.randomUUID().toString();
        Map<String, String> headers = TestEvents.cloudEvent(UUID.randomUUID().toString(), REGISTERED, "/accountable/client-service", executive);
        TestEvents.send(bootstrap, TOPIC, executive, headers, registered(executive, "Pat Price"));
        TestEvents.send(bootstrap, TOPIC, executive, headers, registered(executive, "Pat Price"));
        // A later event on the same key: once it is applied, both copies before it have been seen.
        String marker = UUID.randomUUID().toString();
        TestEvents.publish(bootstrap, TOPIC, "accountable.client.executive-updated.v1", executive,
                registered(executive, "Pat Price").replace("\"version\": 0", "\"version\": 1").replace(executive + "@", marker + "@"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> inboxOf(executive).body("items", hasSize(1)));
        awaitRecipientEmail(executive, marker + "@firm.example");
        inboxOf(executive).body("items", hasSize(1));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsStillConsumed() {
        String poisoned = UUID.randomUUID().toString();
        TestEvents.send(bootstrap, TOPIC, poisoned, TestEvents.cloudEvent(UUID.randomUUID().toString(), REGISTERED, "/x", poisoned),
                "{\"executiveId\": \"" + poisoned + "\", \"fullName\": ");
        String missingExecutive = UUID.randomUUID().toString();
        TestEvents.publish(bootstrap, TOPIC, REGISTERED, missingExecutive, "{\"fullName\": \"Nobody\"}");
        String next = UUID.randomUUID().toString();
        TestEvents.publish(bootstrap, TOPIC, REGISTERED, next, registered(next, "Quinn Quill"));

        awaitInbox(next, 1);
        List<ConsumerRecord<String, String>> dead = TopicReader.read(bootstrap, TOPIC + ".dlq",
                r -> poisoned.equals(r.key()) || missingExecutive.equals(r.key()), 2, Duration.ofSeconds(30));
        assertEquals(2, dead.size(), "both poison records are dead-lettered");
        for (ConsumerRecord<String, String> letter : dead) {
            assertEquals(TOPIC, TopicReader.header(letter, "accountable_dlq_topic"));
            org.junit.jupiter.api.Assertions.assertNotNull(TopicReader.header(letter, "accountable_dlq_error"));
            assertEquals(REGISTERED, TopicReader.header(letter, "ce_type"), "the original record is kept whole");
        }
    }

    @Test
    void aPoisonRecordBetweenGoodOnesOfOneKeyIsDeadLetteredAloneAndTheOthersApplyOnce() {
        // One key, so one partition: sent back to back, the three usually arrive in one poll, which the
        // consumer first tries in one transaction; the poison record makes it fall back to one by one.
        String executive = UUID.randomUUID().toString();
        String welcomeId = TestEvents.publish(bootstrap, TOPIC, REGISTERED, executive, registered(executive, "Nia Batch"));
        String deadId = TestEvents.publish(bootstrap, TOPIC, REGISTERED, executive, "{\"fullName\": \"Nobody\"}");
        String marker = UUID.randomUUID().toString();
        TestEvents.publish(bootstrap, TOPIC, "accountable.client.executive-updated.v1", executive,
                registered(executive, "Nia Batch").replace("\"version\": 0", "\"version\": 1").replace(executive + "@", marker + "@"));

        awaitRecipientEmail(executive, marker + "@firm.example");
        inboxOf(executive).body("items", hasSize(1)).body("items[0].title", equalTo("Welcome to Accountable, Nia Batch"));
        List<ConsumerRecord<String, String>> dead = TopicReader.read(bootstrap, TOPIC + ".dlq",
                r -> deadId.equals(TopicReader.header(r, "ce_id")), 1, Duration.ofSeconds(30));
        assertEquals(1, dead.size(), "the poison record is dead-lettered");
        assertEquals(0, TopicReader.read(bootstrap, TOPIC + ".dlq", r -> welcomeId.equals(TopicReader.header(r, "ce_id")), 1,
                Duration.ofSeconds(2)).size(), "the good record before it is not");
    }

    @Test
    void unknownFieldsAndUnknownTypesAreTolerated() {
        String executive = UUID.randomUUID().toString();
        TestEvents.publish(bootstrap, TOPIC, "accountable.client.something-new.v1", executive, "{\"whatever\": 1}");
        TestEvents.publish(bootstrap, TOPIC, REGISTERED, executive,
                registered(executive, "Ray Reed").replace("\"version\": 0", "\"version\": 0, \"nickname\": \"Rocket\""));

        awaitInbox(executive, 1);
    }

    private void awaitRecipientEmail(String executive, String email) {
        await().atMost(Duration.ofSeconds(30)).until(() -> email.equals(RecipientLookup.email(executive)));
    }

    @Test
    void aDepartedExecutiveStaysKnownButInactive() {
        String executive = UUID.randomUUID().toString();
        TestEvents.publish(bootstrap, TOPIC, REGISTERED, executive, registered(executive, "Sid Leaving"));
        TestEvents.publish(bootstrap, TOPIC, "accountable.client.executive-departed.v1", executive,
                "{\"executiveId\": \"" + executive + "\", \"departureDate\": \"2026-11-30\"}");

        await().atMost(Duration.ofSeconds(30)).until(() -> "DEPARTED".equals(RecipientLookup.status(executive)));
        assertEquals(executive + "@firm.example", RecipientLookup.email(executive));
    }
}
