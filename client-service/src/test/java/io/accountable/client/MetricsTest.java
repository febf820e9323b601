package io.accountable.client;

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
        assertEquals(Set.of(), PrometheusRules.missing(List.of(PrometheusRules.PLATFORM, "accountable-client"), metrics),
                "metrics the alert rules read that client-service does not expose");
    }
}
