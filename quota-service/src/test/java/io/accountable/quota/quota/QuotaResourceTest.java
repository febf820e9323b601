package io.accountable.quota.quota;

import static io.accountable.quota.Fixtures.QUOTA_TOPIC;
import static io.accountable.quota.Fixtures.as;
import static io.accountable.quota.Fixtures.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.EventSchemas;
import io.accountable.devstack.TopicReader;
import io.accountable.quota.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class QuotaResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static Map<String, Object> money(String amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    @Test
    void setsAQuotaWithAnEvenSplitAndPublishesIt() {
        UUID executive = Fixtures.executive(bootstrap, null);

        asAdmin().body(Map.of("annualAmount", money("120000.00"))).put("/api/quotas/" + executive + "/2026")
                .then().statusCode(201)
                .body("fiscalYear", equalTo(2026))
                .body("year.amount.amount", equalTo("120000.00"))
                .body("quarters.amount.amount", equalTo(List.of("30000.00", "30000.00", "30000.00", "30000.00")))
                .body("months", hasSize(12))
                .body("months[0].amount.amount", equalTo("10000.00"))
                .body("history", hasSize(1));

        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, QUOTA_TOPIC,
                r -> executive.toString().equals(r.key()) && QuotaEvents.SET.equals(TopicReader.header(r, "ce_type")), 1, Duration.ofSeconds(30));
        assertEquals(1, records.size());
        EventSchemas.assertValid(QuotaEvents.SET, records.get(0).value());
    }

    @Test
    void anEvenSplitPutsTheLeftoverCentsInTheLastQuarter() {
        UUID executive = Fixtures.executive(bootstrap, null);

        asAdmin().body(Map.of("annualAmount", money("100000.01"))).put("/api/quotas/" + executive + "/2026")
                .then().statusCode(201)
                .body("history[0].quarters.amount", equalTo(List.of("25000.00", "25000.00", "25000.00", "25000.01")));
    }

    @Test
    void anExplicitSplitMustAddUpToTheAnnualAmount() {
        UUID executive = Fixtures.executive(bootstrap, null);
        long before = QuarkusTransaction.requiringNew().call(() -> QuotaVersion.count());

        asAdmin().body(Map.of("annualAmount", money("100000.00"), "split", "EXPLICIT",
                "quarters", List.of(money("10000.00"), money("20000.00"), money("30000.00"), money("39999.99"))))
                .put("/api/quotas/" + executive + "/2026")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:quarters-do-not-add-up"))
                .body("quartersTotal", equalTo(99999.99f));
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> QuotaVersion.count()), "nothing written");

        asAdmin().body(Map.of("annualAmount", money("100000.00"), "split", "EXPLICIT",
                "quarters", List.of(money("10000.00"), money("20000.00"), money("30000.00"), money("40000.00"))))
                .put("/api/quotas/" + executive + "/2026")
                .then().statusCode(201)
                .body("quarters.amount.amount", equalTo(List.of("10000.00", "20000.00", "30000.00", "40000.00")));
    }

    @Test
    void aMidYearStartIsProratedAndAChangeKeepsTheHistory() {
        UUID executive = Fixtures.executive(bootstrap, null);
        String path = "/api/quotas/" + executive + "/2026";

        asAdmin().body(Map.of("annualAmount", money("120000.00"), "effectiveFrom", "2026-04-16", "reason", "hired"))
                .put(path).then().statusCode(201)
                .body("quarters[0].amount.amount", equalTo("0.00"))
                .body("months[3].amount.amount", equalTo("5000.00"))
                .body("quarters[1].amount.amount", equalTo("25000.00"))
                .body("year.amount.amount", equalTo("85000.00"))
                .body("version", equalTo(0));

        asAdmin().body(Map.of("annualAmount", money("160000.00"), "effectiveFrom", "2026-07-01", "reason", "new territory", "version", 0))
                .put(path).then().statusCode(200)
                .body("quarters[2].amount.amount", equalTo("40000.00"))
                .body("year.amount.amount", equalTo("105000.00"))
                .body("history", hasSize(2))
                .body("history[0].annualAmount.amount", equalTo("120000.00"))
                .body("history[1].effectiveFrom", equalTo("2026-07-01"))
                .body("version", equalTo(1));

        asAdmin().body(Map.of("annualAmount", money("1.00"), "version", 0)).put(path)
                .then().statusCode(409).body("type", equalTo("urn:accountable:problem:concurrent-modification"));
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        UUID executive = Fixtures.executive(bootstrap, null);
        String path = "/api/quotas/" + executive + "/2026";
        long before = QuarkusTransaction.requiringNew().call(() -> Quota.count());

        asAdmin().body(Map.of("annualAmount", Map.of("amount", "-5", "currency", "USD"))).put(path)
                .then().statusCode(400).contentType("application/problem+json");
        asAdmin().body(Map.of("annualAmount", Map.of("amount", "5", "currency", "usd"))).put(path)
                .then().statusCode(400).contentType("application/problem+json");
        asAdmin().body(Map.of("annualAmount", money("5.00"), "effectiveFrom", "2027-01-01")).put(path)
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:effective-date-outside-fiscal-year"));
        asAdmin().body(Map.of("annualAmount", money("5.00"), "quarters", List.of(money("1"), money("1"), money("1"), money("2")))).put(path)
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:quarters-need-explicit-split"));
        asAdmin().body(Map.of("annualAmount", money("5.00"))).put("/api/quotas/" + UUID.randomUUID() + "/2026")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:unknown-executive"));
        asAdmin().body("{\"annualAmount\": ").put(path).then().statusCode(400).contentType("application/problem+json");
        asAdmin().body(Map.of("annualAmount", money("5.00"))).put("/api/quotas/" + executive + "/abc")
                .then().statusCode(404);

        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> Quota.count()), "nothing written");
    }

    @Test
    void executivesSeeTheirOwnQuotaAndManagersTheirTeams() {
        UUID manager = Fixtures.executive(bootstrap, null);
        UUID report = Fixtures.executive(bootstrap, manager);
        UUID stranger = Fixtures.executive(bootstrap, null);
        String path = "/api/quotas/" + report + "/2026";

        as("sales-manager", manager).body(Map.of("annualAmount", money("50000.00"))).put(path).then().statusCode(201);
        as("account-executive", report).get(path).then().statusCode(200).body("year.amount.amount", equalTo("50000.00"));
        as("account-executive", report).get("/api/quotas/" + report).then().statusCode(200).body("", hasSize(1));
        as("account-executive", stranger).get(path).then().statusCode(403).contentType("application/problem+json");
        as("sales-manager", stranger).get(path).then().statusCode(403);
        as("sales-manager", stranger).body(Map.of("annualAmount", money("1.00"))).put(path).then().statusCode(403);
        as("account-executive", report).body(Map.of("annualAmount", money("1.00"))).put(path).then().statusCode(403);
        as("account-executive", report).get("/api/quotas/" + report + "/2031").then().statusCode(404);
        io.restassured.RestAssured.given().get(path).then().statusCode(401);
    }
}
