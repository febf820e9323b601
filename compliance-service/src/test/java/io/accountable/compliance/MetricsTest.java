package io.accountable.compliance;

import static io.accountable.compliance.Fixtures.asExecutive;
import static io.accountable.compliance.Fixtures.contact;
import static io.accountable.compliance.Fixtures.executive;
import static io.accountable.compliance.Fixtures.gift;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.PrometheusRules;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class MetricsTest {

    @Test
    void everyMetricTheAlertRulesReadIsExposed() {
        // the request metrics appear with the first request the service answers
        given().get("/api/no-such-resource");
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertEquals(Set.of(), PrometheusRules.missing(List.of(PrometheusRules.PLATFORM, "accountable-compliance"), metrics),
                "metrics the alert rules read that compliance-service does not expose");
    }

    @Test
    void aGiftRefusedOverTheLimitCountsOnce() {
        double before = PrometheusRules.value(metrics(), "accountable_gifts_refused_total");
        asExecutive(executive()).body(gift("2026-03-29", "250.00", contact("Initrode"))).post("/api/gifts").then().statusCode(422);
        assertEquals(before + 1, PrometheusRules.value(metrics(), "accountable_gifts_refused_total"));
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
