package io.accountable.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.PrometheusRules;
import io.accountable.devstack.TestEvents;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.GLOBAL)
class MetricsTest {

    private static final String TOPIC = "accountable.client.events";
    private static final String REGISTERED = "accountable.client.executive-registered.v1";
    private static final String APPLIED = "accountable_events_applied_total{topic=\"" + TOPIC + "\"}";
    private static final String DUPLICATES = "accountable_events_duplicates_total{topic=\"" + TOPIC + "\"}";
    private static final String DEAD_LETTERED = "accountable_events_dead_lettered_total{topic=\"" + TOPIC + "\"}";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void everyMetricTheAlertRulesReadIsExposed() {
        // the request metrics appear with the first request the service answers
        given().get("/api/no-such-resource");
        assertEquals(Set.of(), PrometheusRules.missing(List.of(PrometheusRules.PLATFORM, "accountable-notification"), metrics()),
                "metrics the alert rules read that notification-service does not expose");
    }

    @Test
    void anEventDeliveredTwiceCountsAppliedOnceAndOnceAsADuplicateAndAPoisonRecordCountsDeadLettered() {
        double applied = value(APPLIED);
        double duplicates = value(DUPLICATES);
        double deadLettered = value(DEAD_LETTERED);
        String executive = UUID.randomUUID().toString();
        Map<String, String> headers = TestEvents.cloudEvent(UUID.randomUUID().toString(), REGISTERED, "/accountable/client-service", executive);
        String body = """
                {"executiveId": "%s", "fullName": "Rae Ruiz", "email": "%s@firm.example", "region": "West",
                 "hireDate": "2025-01-06", "managerId": null, "status": "ACTIVE", "version": 0}""".formatted(executive, executive);
        TestEvents.send(bootstrap, TOPIC, executive, headers, body);
        TestEvents.send(bootstrap, TOPIC, executive, headers, body);
        String poisoned = UUID.randomUUID().toString();
        TestEvents.send(bootstrap, TOPIC, poisoned, TestEvents.cloudEvent(UUID.randomUUID().toString(), REGISTERED, "/x", poisoned),
                "{\"executiveId\": ");

        // at least: other tests' events may be consumed meanwhile
        await().atMost(Fixtures.PATIENCE).until(() -> value(APPLIED) >= applied + 1 && value(DUPLICATES) >= duplicates + 1
                && value(DEAD_LETTERED) >= deadLettered + 1);
    }

    private static double value(String series) {
        return PrometheusRules.value(metrics(), series);
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
