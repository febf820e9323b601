package io.accountable.notification.webhook;

import static io.accountable.notification.Fixtures.COMPLIANCE_TOPIC;
import static io.accountable.notification.Fixtures.PATIENCE;
import static io.accountable.notification.webhook.WebhookTest.REFUSED;
import static io.accountable.notification.webhook.WebhookTest.refusedGift;
import static io.accountable.notification.webhook.WebhookTest.subscribe;
import static io.accountable.notification.webhook.WebhookTest.webhookDelivery;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.PrometheusRules;
import io.accountable.devstack.TestEvents;
import io.accountable.notification.Fixtures;
import io.accountable.notification.SmtpTestResource;
import io.accountable.notification.delivery.Delivery;
import io.accountable.notification.delivery.DeliveryStatus;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** What an operator sees of webhook deliveries: their failures in /q/metrics, and the trace each call continues. */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.GLOBAL)
class WebhookObservabilityTest {

    private static final String FAILED_ATTEMPTS = "accountable_delivery_attempts_failed_total{channel=\"webhook\"}";
    private static final String GIVEN_UP = "accountable_deliveries{channel=\"webhook\",status=\"failed\"}";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aDeliveryThatFailsEveryAttemptCountsEachAttemptAndShowsAsFailed() {
        try (WebhookReceiver receiver = new WebhookReceiver(Integer.MAX_VALUE)) {
            double attemptsBefore = PrometheusRules.value(metrics(), FAILED_ATTEMPTS);
            double givenUpBefore = PrometheusRules.value(metrics(), GIVEN_UP);
            String subscription = subscribe(receiver.url(), "whsec_" + UUID.randomUUID(), List.of(REFUSED));
            String eventId = TestEvents.publish(bootstrap, COMPLIANCE_TOPIC, REFUSED, UUID.randomUUID().toString(), refusedGift());

            await().atMost(PATIENCE).until(() -> {
                Delivery delivery = webhookDelivery(eventId, subscription);
                return delivery != null && delivery.status == DeliveryStatus.FAILED;
            });
            Fixtures.deactivateWebhook(subscription);
            // at least: deliveries of other tests' subscriptions may fail meanwhile too
            assertTrue(PrometheusRules.value(metrics(), FAILED_ATTEMPTS) >= attemptsBefore + 3, "max-attempts is 3 in tests");
            // the gauge reads the table at most once a second, so it may first answer what it read before
            await().atMost(PATIENCE).until(() -> PrometheusRules.value(metrics(), GIVEN_UP) >= givenUpBefore + 1);
        }
    }

    @Test
    void eachCallContinuesTheTraceOfTheEventItWasMadeFor() {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            String subscription = subscribe(receiver.url(), "whsec_" + UUID.randomUUID(), List.of(REFUSED));
            String eventId = UUID.randomUUID().toString();
            String recipient = UUID.randomUUID().toString();
            String traceId = UUID.randomUUID().toString().replace("-", "");
            Map<String, String> headers = TestEvents.cloudEvent(eventId, REFUSED, "/accountable/compliance-service", recipient);
            headers.put("ce_traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
            TestEvents.send(bootstrap, COMPLIANCE_TOPIC, recipient, headers, refusedGift());

            await().atMost(PATIENCE).until(() -> {
                Delivery delivery = webhookDelivery(eventId, subscription);
                return delivery != null && delivery.status == DeliveryStatus.DELIVERED;
            });
            Fixtures.deactivateWebhook(subscription);
            String traceparent = receiver.about(eventId).get(0).headers().get("traceparent");
            assertTrue(traceparent != null && traceparent.matches("00-" + traceId + "-[0-9a-f]{16}-0[01]"),
                    "the call's W3C traceparent is in the event's trace: " + traceparent);
        }
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
