package io.accountable.notification.webhook;

import static io.accountable.notification.Fixtures.COMPLIANCE_TOPIC;
import static io.accountable.notification.Fixtures.PATIENCE;
import static io.accountable.notification.Fixtures.admin;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountable.devstack.AtOnce;
import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.TestEvents;
import io.accountable.notification.Fixtures;
import io.accountable.notification.SmtpTestResource;
import io.accountable.notification.delivery.Delivery;
import io.accountable.notification.delivery.DeliveryChannel;
import io.accountable.notification.delivery.DeliveryStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Signed CloudEvents to a real HTTP receiver in the test, retried with backoff, failed and replayed. */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.GLOBAL)
class WebhookTest {

    static final String REFUSED = "accountable.compliance.gift-refused-over-limit.v1";
    static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String subscribe(String url, String secret, List<String> types) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", types, "secret", secret, "description", "test receiver"))
                .post("/api/webhook-subscriptions").then().statusCode(201)
                .header("Location", notNullValue())
                .body("secret", nullValue())
                .body("active", equalTo(true))
                .extract().path("id");
    }

    static String refusedGift() {
        return """
                {"recipientId": "%s", "giverIds": ["%s"], "giftDate": "2026-11-20",
                 "valueUsd": {"amount": "120.00", "currency": "USD"}, "limit": {"amount": "300.00", "currency": "USD"},
                 "used": {"amount": "250.00", "currency": "USD"}, "remaining": {"amount": "50.00", "currency": "USD"}}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID());
    }

    static Delivery webhookDelivery(String eventId, String subscriptionId) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery> find("eventId = ?1 and target = ?2", eventId, subscriptionId)
                .firstResult());
    }

    @Test
    void aDeliveryFailingTwiceSucceedsOnTheThirdAttemptSignedAndUnderOneDeliveryId() throws Exception {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        try (WebhookReceiver receiver = new WebhookReceiver(2)) {
            String subscription = subscribe(receiver.url(), secret, List.of("accountable.compliance.*"));
            String recipient = UUID.randomUUID().toString();
            String eventId = TestEvents.publish(bootstrap, COMPLIANCE_TOPIC, REFUSED, recipient, refusedGift());

            await().atMost(PATIENCE).until(() -> {
                Delivery delivery = webhookDelivery(eventId, subscription);
                return delivery != null && delivery.status == DeliveryStatus.DELIVERED;
            });
            List<WebhookReceiver.Received> calls = receiver.about(eventId);
            assertEquals(List.of(500, 500, 204), calls.stream().map(WebhookReceiver.Received::answered).toList());
            Delivery delivery = webhookDelivery(eventId, subscription);
            assertEquals(3, delivery.attempts);
            assertEquals(204, delivery.lastResponseStatus);

            for (int i = 0; i < calls.size(); i++) {
                WebhookReceiver.Received call = calls.get(i);
                assertEquals(delivery.id.toString(), call.headers().get("Accountable-Delivery-Id"), "one delivery id across retries");
                assertEquals(delivery.id.toString(), call.headers().get("webhook-id"), "webhook-id is the delivery id, the same on every retry");
                assertEquals(call.headers().get("Accountable-Timestamp"), call.headers().get("webhook-timestamp"));
                assertEquals(ReceiverSignature.standard(secret, delivery.id.toString(), call.headers().get("webhook-timestamp"), call.body()),
                        call.headers().get("webhook-signature"), "the Standard Webhooks signature verifies with the secret");
                assertEquals(Integer.toString(i + 1), call.headers().get("Accountable-Delivery-Attempt"));
                assertTrue(call.headers().get("Content-Type").startsWith("application/cloudevents+json"));
                String timestamp = call.headers().get("Accountable-Timestamp");
                assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) < 600, "a current unix timestamp");
                assertEquals("v1=" + ReceiverSignature.hmacSha256Hex(secret, timestamp + "." + call.body()),
                        call.headers().get("Accountable-Signature"), "the signature verifies with the shared secret");
                assertTrue(!ReceiverSignature.hmacSha256Hex("another-secret-entirely", timestamp + "." + call.body())
                        .equals(call.headers().get("Accountable-Signature").substring(3)), "and not with any other secret");
            }
            JsonNode cloudEvent = JSON.readTree(calls.get(2).body());
            assertEquals("1.0", cloudEvent.get("specversion").asText());
            assertEquals(eventId, cloudEvent.get("id").asText());
            assertEquals("/accountable/compliance-service", cloudEvent.get("source").asText());
            assertEquals(REFUSED, cloudEvent.get("type").asText());
            assertEquals(recipient, cloudEvent.get("subject").asText());
            assertTrue(cloudEvent.hasNonNull("time"));
            assertEquals("application/json", cloudEvent.get("datacontenttype").asText());
            assertEquals("120.00", cloudEvent.at("/data/valueUsd/amount").asText());
            Fixtures.deactivateWebhook(subscription);
        }
    }

    @Test
    void aDeliveryThatNeverSucceedsIsMarkedFailedListedAndCanBeReplayed() {
        try (WebhookReceiver receiver = new WebhookReceiver(Integer.MAX_VALUE)) {
            String subscription = subscribe(receiver.url(), "whsec_" + UUID.randomUUID(), List.of(REFUSED));
            String eventId = TestEvents.publish(bootstrap, COMPLIANCE_TOPIC, REFUSED, UUID.randomUUID().toString(), refusedGift());

            await().atMost(PATIENCE).until(() -> {
                Delivery delivery = webhookDelivery(eventId, subscription);
                return delivery != null && delivery.status == DeliveryStatus.FAILED;
            });
            String deliveryId = webhookDelivery(eventId, subscription).id.toString();
            assertEquals(3, receiver.about(eventId).size(), "max-attempts is 3 in tests");
            given().auth().oauth2(admin()).queryParam("channel", "WEBHOOK").queryParam("status", "FAILED").queryParam("target", subscription)
                    .get("/api/deliveries").then().statusCode(200)
                    .body("items.id", hasItem(deliveryId))
                    .body("items[0].lastResponseStatus", equalTo(500))
                    .body("items[0].lastError", notNullValue());
            given().auth().oauth2(Fixtures.executiveToken(UUID.randomUUID().toString())).get("/api/deliveries").then().statusCode(403);

            receiver.failNext(0);
            given().auth().oauth2(admin()).post("/api/deliveries/" + deliveryId + "/replay").then().statusCode(202)
                    .body("status", equalTo("PENDING")).body("attempts", equalTo(0));
            await().atMost(PATIENCE).until(() -> webhookDelivery(eventId, subscription).status == DeliveryStatus.DELIVERED);
            List<WebhookReceiver.Received> calls = receiver.about(eventId);
            assertEquals(4, calls.size());
            assertEquals(deliveryId, calls.get(3).headers().get("Accountable-Delivery-Id"), "a replay keeps the delivery id");
            given().auth().oauth2(admin()).post("/api/deliveries/" + UUID.randomUUID() + "/replay").then().statusCode(404)
                    .contentType("application/problem+json");
            Fixtures.deactivateWebhook(subscription);
        }
    }

    @Test
    void aRotatedSecretSignsBesideTheNewOneForTheOverlapThenStops() throws Exception {
        String old = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            String subscription = subscribe(receiver.url(), old, List.of(REFUSED));
            String rotated = given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of())
                    .post("/api/webhook-subscriptions/" + subscription + "/secret-rotations").then().statusCode(200)
                    .body("subscriptionId", equalTo(subscription)).body("previousSecretExpiresAt", notNullValue())
                    .extract().path("secret");
            assertTrue(rotated.startsWith("whsec_"));
            String first = TestEvents.publish(bootstrap, COMPLIANCE_TOPIC, REFUSED, UUID.randomUUID().toString(), refusedGift());
            await().atMost(PATIENCE).until(() -> receiver.about(first).size() == 1);
            WebhookReceiver.Received call = receiver.about(first).get(0);
            String id = call.headers().get("webhook-id");
            String timestamp = call.headers().get("webhook-timestamp");
            assertEquals(ReceiverSignature.standard(rotated, id, timestamp, call.body()) + " "
                    + ReceiverSignature.standard(old, id, timestamp, call.body()), call.headers().get("webhook-signature"),
                    "two signatures while the old secret overlaps, the new one's first");

            String last = given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("overlapSeconds", 0))
                    .post("/api/webhook-subscriptions/" + subscription + "/secret-rotations").then().statusCode(200)
                    .body("previousSecretExpiresAt", nullValue()).extract().path("secret");
            String second = TestEvents.publish(bootstrap, COMPLIANCE_TOPIC, REFUSED, UUID.randomUUID().toString(), refusedGift());
            await().atMost(PATIENCE).until(() -> receiver.about(second).size() == 1);
            WebhookReceiver.Received after = receiver.about(second).get(0);
            assertEquals(ReceiverSignature.standard(last, after.headers().get("webhook-id"), after.headers().get("webhook-timestamp"),
                    after.body()), after.headers().get("webhook-signature"), "with no overlap only the new secret signs");

            for (Object bad : List.of(Map.of("overlapSeconds", -1), Map.of("overlapSeconds", 604801), Map.of("overlapSeconds", "a day"))) {
                given().auth().oauth2(admin()).contentType(ContentType.JSON).body(bad)
                        .post("/api/webhook-subscriptions/" + subscription + "/secret-rotations").then().statusCode(400)
                        .contentType("application/problem+json");
            }
            given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of())
                    .post("/api/webhook-subscriptions/" + UUID.randomUUID() + "/secret-rotations").then().statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(Fixtures.TOKENS.mint("compliance-officer", "co-" + UUID.randomUUID())).contentType(ContentType.JSON)
                    .body(Map.of()).post("/api/webhook-subscriptions/" + subscription + "/secret-rotations").then().statusCode(403);
            Fixtures.deactivateWebhook(subscription);
        }
    }

    @Test
    void deactivatingASubscriptionCancelsItsUndeliveredDeliveries() {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            String subscription = subscribe(receiver.url(), "whsec_" + UUID.randomUUID(), List.of("accountable.quota.period-closed.v1"));
            String eventId = UUID.randomUUID().toString();
            // a delivery waiting for a retry an hour from now
            Instant now = Instant.now();
            UUID deliveryId = storedDelivery(eventId, subscription, receiver.url(), DeliveryStatus.PENDING, now, now.plusSeconds(3600), null);
            Fixtures.deactivateWebhook(subscription);
            given().auth().oauth2(admin()).queryParam("status", "CANCELLED").queryParam("target", subscription)
                    .get("/api/deliveries").then().statusCode(200)
                    .body("items.id", hasItem(deliveryId.toString()));
            assertEquals(DeliveryStatus.CANCELLED, webhookDelivery(eventId, subscription).status);
            assertEquals(0, receiver.about(eventId).size());
        }
    }

    @Test
    void aFilterThatDoesNotTakeTheTypeGetsNothing() {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            String quotaOnly = subscribe(receiver.url(), "whsec_" + UUID.randomUUID(), List.of("accountable.quota.*"));
            String all = subscribe(receiver.url(), "whsec_" + UUID.randomUUID(), List.of("*"));
            String eventId = TestEvents.publish(bootstrap, COMPLIANCE_TOPIC, REFUSED, UUID.randomUUID().toString(), refusedGift());

            await().atMost(PATIENCE).until(() -> {
                Delivery delivery = webhookDelivery(eventId, all);
                return delivery != null && delivery.status == DeliveryStatus.DELIVERED;
            });
            assertEquals(null, webhookDelivery(eventId, quotaOnly));
            Fixtures.deactivateWebhook(quotaOnly);
            Fixtures.deactivateWebhook(all);
        }
    }

    @Test
    void aDeliveryLeftMidSendByACrashedDispatcherIsSentAgainUnderItsDeliveryId() {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            String subscription = subscribe(receiver.url(), "whsec_" + UUID.randomUUID(), List.of("accountable.quota.period-closed.v1"));
            String eventId = UUID.randomUUID().toString();
            // What a dispatcher that died after claiming the delivery leaves behind: SENDING, attempt 1, lease run out.
            Instant claimed = Instant.now().minusSeconds(600);
            UUID deliveryId = storedDelivery(eventId, subscription, receiver.url(), DeliveryStatus.SENDING, claimed, claimed,
                    Instant.now().minusSeconds(1));

            await().atMost(PATIENCE).until(() -> webhookDelivery(eventId, subscription).status == DeliveryStatus.DELIVERED);
            List<WebhookReceiver.Received> calls = receiver.about(eventId);
            assertEquals(1, calls.size());
            assertEquals(deliveryId.toString(), calls.get(0).headers().get("Accountable-Delivery-Id"));
            assertEquals("2", calls.get(0).headers().get("Accountable-Delivery-Attempt"));
            Fixtures.deactivateWebhook(subscription);
        }
    }

    /** A period-closed webhook delivery at its first attempt, written as the dispatcher would have left it. */
    private static UUID storedDelivery(String eventId, String subscription, String url, DeliveryStatus status, Instant createdAt,
            Instant nextAttemptAt, Instant leaseUntil) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Delivery delivery = new Delivery();
            delivery.id = UUID.randomUUID();
            delivery.channel = DeliveryChannel.WEBHOOK;
            delivery.eventId = eventId;
            delivery.eventType = "accountable.quota.period-closed.v1";
            delivery.target = subscription;
            delivery.destination = url;
            delivery.payload = "{\"specversion\":\"1.0\",\"id\":\"" + eventId + "\",\"type\":\"accountable.quota.period-closed.v1\"}";
            delivery.status = status;
            delivery.attempts = 1;
            delivery.createdAt = createdAt;
            delivery.nextAttemptAt = nextAttemptAt;
            delivery.leaseUntil = leaseUntil;
            delivery.persist();
            return delivery.id;
        });
    }

    @Test
    void aRetriedSubscribeWithTheSameIdempotencyKeyCreatesOneSubscription() {
        String key = UUID.randomUUID().toString();
        String admin = admin();
        Map<String, Object> body = Map.of("url", "https://crm.firm.example/hooks/" + key, "eventTypes", List.of("accountable.quota.*"),
                "secret", "whsec_0123456789abcdef", "active", false);
        String first = given().auth().oauth2(admin).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/webhook-subscriptions").then().statusCode(201).extract().path("id");
        String second = given().auth().oauth2(admin).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/webhook-subscriptions").then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, second);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> WebhookSubscription.count("url", body.get("url"))));
    }

    @Test
    void concurrentSubscribesWithOneIdempotencyKeyCreateOneSubscriptionAndTheLosersAreToldTheKeyIsInUse() throws Exception {
        String key = UUID.randomUUID().toString();
        String admin = admin();
        Map<String, Object> body = Map.of("url", "https://crm.firm.example/hooks/" + key, "eventTypes", List.of("accountable.quota.*"),
                "secret", "whsec_0123456789abcdef", "active", false);
        List<io.restassured.response.Response> answers = AtOnce.send(8, i -> () -> given().auth().oauth2(admin)
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/api/webhook-subscriptions"));

        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> WebhookSubscription.count("url", body.get("url"))),
                "nothing written twice");
        List<io.restassured.response.Response> created = answers.stream().filter(answer -> answer.statusCode() == 201).toList();
        List<io.restassured.response.Response> inUse = answers.stream().filter(answer -> answer.statusCode() == 409).toList();
        assertEquals(answers.size(), created.size() + inUse.size(), "every answer is the subscription or the key in use");
        assertTrue(!created.isEmpty() && !inUse.isEmpty(), "eight requests at once: one creates, at least one finds the key in use");
        assertEquals(1, created.stream().map(answer -> answer.path("id")).distinct().count());
        for (io.restassured.response.Response loser : inUse) {
            loser.then().contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("type", equalTo("urn:accountable:problem:idempotency-key-in-use"))
                    .body("idempotencyKey", equalTo(key));
        }
        given().auth().oauth2(admin).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/webhook-subscriptions").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(created.get(0).path("id")));
    }

    @Test
    void subscriptionsRejectBadInputAndNonAdminsWithProblemsAndWriteNothing() {
        long before = QuarkusTransaction.requiringNew().call(() -> WebhookSubscription.count());
        Map<String, Object> valid = Map.of("url", "https://crm.firm.example/hooks", "eventTypes", List.of("*"), "secret", "whsec_0123456789abcdef");
        for (Map<String, Object> bad : List.<Map<String, Object>> of(
                Map.of("url", "ftp://crm.firm.example/hooks", "eventTypes", List.of("*"), "secret", "whsec_0123456789abcdef"),
                Map.of("url", "https://crm.firm.example/hooks", "eventTypes", List.of("gift-recorded"), "secret", "whsec_0123456789abcdef"),
                Map.of("url", "https://crm.firm.example/hooks", "eventTypes", List.of(), "secret", "whsec_0123456789abcdef"),
                Map.of("url", "https://crm.firm.example/hooks", "eventTypes", List.of("*"), "secret", "short"))) {
            given().auth().oauth2(admin()).contentType(ContentType.JSON).body(bad).post("/api/webhook-subscriptions")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"url\": ").post("/api/webhook-subscriptions")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Fixtures.TOKENS.mint("compliance-officer", "co-" + UUID.randomUUID())).contentType(ContentType.JSON).body(valid)
                .post("/api/webhook-subscriptions").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(valid).post("/api/webhook-subscriptions").then().statusCode(401);
        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> WebhookSubscription.count()));

        given().auth().oauth2(admin()).get("/api/webhook-subscriptions/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        String id = subscribe("https://crm.firm.example/hooks", "whsec_0123456789abcdef", List.of("accountable.quota.statement-issued.v1"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("url", "https://crm.firm.example/hooks", "eventTypes", List.of("*"), "active", false, "version", 7))
                .put("/api/webhook-subscriptions/" + id).then().statusCode(409).contentType("application/problem+json");
        Fixtures.deactivateWebhook(id);
    }
}
