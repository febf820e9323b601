package io.accountable.quota.plan;

import static io.accountable.quota.Fixtures.as;
import static io.accountable.quota.Fixtures.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.quota.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class PlanResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static Map<String, Object> terms(String effectiveFrom, List<Map<String, Object>> tiers) {
        Map<String, Object> terms = new HashMap<>();
        terms.put("effectiveFrom", effectiveFrom);
        terms.put("tierMode", "MARGINAL_RUNNING_TOTAL");
        terms.put("commissionPeriod", "YEAR");
        terms.put("tiers", tiers);
        terms.put("bonuses", List.of(Map.of("attainmentPercent", 100, "amount", "1000"), Map.of("attainmentPercent", 120, "amount", "2500")));
        terms.put("cap", "50000");
        terms.put("draw", Map.of("amount", "1000"));
        terms.put("baseSalary", "60000");
        return terms;
    }

    static List<Map<String, Object>> annualTiers() {
        return List.of(Map.of("threshold", 0, "ratePercent", 4), Map.of("threshold", 150000, "ratePercent", 6),
                Map.of("threshold", 250000, "ratePercent", 8));
    }

    static String create(String name) {
        return asAdmin().body(Map.of("name", name, "currency", "USD", "terms", terms("2026-01-01", annualTiers())))
                .post("/api/plans").then().statusCode(201).extract().path("id");
    }

    @Test
    void createsAPlanWithDefaultsAndAddsAnEffectiveDatedVersion() {
        String name = "Plan " + UUID.randomUUID();
        String id = asAdmin().body(Map.of("name", name, "currency", "USD", "terms", terms("2026-01-01", annualTiers())))
                .post("/api/plans").then().statusCode(201)
                .body("versions", hasSize(1))
                .body("versions[0].boundaryRule", equalTo("EDGE_TAKES_HIGHER"))
                .body("versions[0].tierBasis", equalTo("AMOUNT"))
                .body("versions[0].draw.recoverable", equalTo(true))
                .body("versions[0].tiers", hasSize(3))
                .extract().path("id");

        Map<String, Object> change = terms("2026-07-01", annualTiers());
        change.put("boundaryRule", "EDGE_TAKES_LOWER");
        asAdmin().body(change).post("/api/plans/" + id + "/versions").then().statusCode(201)
                .body("versions", hasSize(2))
                .body("versions[1].effectiveFrom", equalTo("2026-07-01"))
                .body("versions[1].boundaryRule", equalTo("EDGE_TAKES_LOWER"));

        as("sales-manager", UUID.randomUUID()).get("/api/plans/" + id).then().statusCode(200).body("name", equalTo(name));
        asAdmin().body(Map.of("name", name, "currency", "USD", "terms", terms("2026-01-01", annualTiers())))
                .post("/api/plans").then().statusCode(409).body("type", equalTo("urn:accountable:problem:plan-name-taken"));
    }

    @Test
    void onlyAdminEditsPlans() {
        String id = create("Plan " + UUID.randomUUID());

        as("sales-manager", UUID.randomUUID()).body(Map.of("name", "x", "currency", "USD", "terms", terms("2026-01-01", annualTiers())))
                .post("/api/plans").then().statusCode(403).contentType("application/problem+json");
        as("sales-manager", UUID.randomUUID()).body(terms("2026-02-01", annualTiers())).post("/api/plans/" + id + "/versions")
                .then().statusCode(403);
        as("account-executive", UUID.randomUUID()).get("/api/plans/" + id).then().statusCode(403);
        as("sales-manager", UUID.randomUUID()).body(Map.of("executiveId", UUID.randomUUID(), "from", "2026-01-01"))
                .post("/api/plans/" + id + "/assignments").then().statusCode(403);
    }

    @Test
    void invalidTiersAreRefusedAndNothingIsWritten() {
        long before = QuarkusTransaction.requiringNew().call(() -> CommissionPlan.count());

        asAdmin().body(Map.of("name", "Plan " + UUID.randomUUID(), "currency", "USD",
                "terms", terms("2026-01-01", List.of(Map.of("threshold", 100, "ratePercent", 4)))))
                .post("/api/plans").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:invalid-plan-terms"))
                .body("detail", equalTo("The first tier must start at zero"));
        asAdmin().body(Map.of("name", "Plan " + UUID.randomUUID(), "currency", "USD",
                "terms", terms("2026-01-01", List.of(Map.of("threshold", 0, "ratePercent", 4), Map.of("threshold", 0, "ratePercent", 5)))))
                .post("/api/plans").then().statusCode(422);
        asAdmin().body(Map.of("name", "Plan " + UUID.randomUUID(), "currency", "USD",
                "terms", terms("2026-01-01", List.of(Map.of("threshold", 0, "ratePercent", -4)))))
                .post("/api/plans").then().statusCode(400).contentType("application/problem+json");
        asAdmin().body(Map.of("name", "Plan " + UUID.randomUUID(), "currency", "USD",
                "terms", Map.of("effectiveFrom", "2026-01-01", "tierMode", "SOMETHING", "tiers", annualTiers(), "baseSalary", 1)))
                .post("/api/plans").then().statusCode(400);
        asAdmin().body(Map.of("name", "Plan " + UUID.randomUUID(), "currency", "USD", "terms", Map.of("tierMode", "MARGINAL_RUNNING_TOTAL")))
                .post("/api/plans").then().statusCode(400);

        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> CommissionPlan.count()), "nothing written");
        asAdmin().body(terms("2026-02-01", annualTiers())).post("/api/plans/" + UUID.randomUUID() + "/versions").then().statusCode(404);
    }

    @Test
    void assignsExecutivesWithoutOverlaps() {
        String id = create("Plan " + UUID.randomUUID());
        UUID executive = Fixtures.executive(bootstrap, null);

        asAdmin().body(Map.of("executiveId", executive, "from", "2026-01-01", "to", "2026-06-30"))
                .post("/api/plans/" + id + "/assignments").then().statusCode(201).body("to", equalTo("2026-06-30"));
        asAdmin().body(Map.of("executiveId", executive, "from", "2026-06-30"))
                .post("/api/plans/" + id + "/assignments").then().statusCode(409)
                .body("type", equalTo("urn:accountable:problem:overlapping-plan-assignment"));
        asAdmin().body(Map.of("executiveId", executive, "from", "2026-07-01"))
                .post("/api/plans/" + id + "/assignments").then().statusCode(201);
        asAdmin().body(Map.of("executiveId", executive, "from", "2025-01-01", "to", "2024-12-31"))
                .post("/api/plans/" + id + "/assignments").then().statusCode(422);
        asAdmin().body(Map.of("executiveId", UUID.randomUUID(), "from", "2026-01-01"))
                .post("/api/plans/" + id + "/assignments").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:unknown-executive"));

        asAdmin().get("/api/plans/" + id + "/assignments").then().statusCode(200).body("", hasSize(2));
    }
}
