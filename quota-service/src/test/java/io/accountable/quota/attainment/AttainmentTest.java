package io.accountable.quota.attainment;

import static io.accountable.quota.Fixtures.QUOTA_TOPIC;
import static io.accountable.quota.Fixtures.as;
import static io.accountable.quota.Fixtures.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountable.devstack.AtOnce;
import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.EventSchemas;
import io.accountable.devstack.TopicReader;
import io.accountable.quota.Fixtures;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class AttainmentTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String sell(UUID clientId, String amount, String closeDate) {
        return asAdmin().body(Map.of("clientId", clientId, "amount", Map.of("amount", amount, "currency", "USD"), "productLine", "Advisory",
                "closeDate", closeDate, "externalReference", "INV-" + UUID.randomUUID())).post("/api/sales")
                .then().statusCode(201).extract().path("id");
    }

    static void quota(UUID executive, String annual) {
        asAdmin().body(Map.of("annualAmount", Map.of("amount", annual, "currency", "USD"))).put("/api/quotas/" + executive + "/2026")
                .then().statusCode(201);
    }

    @Test
    void attainmentIsCreditedNetOfReversalsOverQuota() {
        UUID executive = Fixtures.executive(bootstrap, null);
        UUID clientId = Fixtures.client(bootstrap, executive, LocalDate.of(2026, 1, 1));
        quota(executive, "120000.00");
        String saleId = sell(clientId, "7500.00", "2026-02-10");
        asAdmin().body(Map.of("amount", Map.of("amount", "2500.00", "currency", "USD"), "reversalDate", "2026-02-20"))
                .post("/api/sales/" + saleId + "/reversals").then().statusCode(201);

        as("account-executive", executive).queryParam("period", "2026-02").get("/api/attainment/" + executive).then().statusCode(200)
                .body("quota.amount", equalTo("10000.00"))
                .body("credited.amount", equalTo("5000.00"))
                .body("percent", equalTo(50.0f));
        as("account-executive", executive).queryParam("period", "FY2026").get("/api/attainment/" + executive).then().statusCode(200)
                .body("percent", equalTo(4.16f));
        as("account-executive", executive).queryParam("period", "FY2025").get("/api/attainment/" + executive).then().statusCode(200)
                .body("percent", nullValue()).body("quota", nullValue());
        as("account-executive", executive).queryParam("period", "2026-2").get("/api/attainment/" + executive).then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:invalid-period"));
        as("account-executive", UUID.randomUUID()).queryParam("period", "2026-02").get("/api/attainment/" + executive).then().statusCode(403);
    }

    @Test
    void eachThresholdIsPublishedOncePerCrossingAndAgainAfterAReversalTakesItBelow() throws Exception {
        UUID manager = Fixtures.executive(bootstrap, null);
        UUID executive = Fixtures.executive(bootstrap, manager);
        UUID clientId = Fixtures.client(bootstrap, executive, LocalDate.of(2026, 1, 1));
        quota(executive, "120000.00");

        String first = sell(clientId, "5000.00", "2026-03-05");
        sell(clientId, "1000.00", "2026-03-06");
        sell(clientId, "4000.00", "2026-03-07");
        asAdmin().body(Map.of("amount", Map.of("amount", "3000.00", "currency", "USD"), "reversalDate", "2026-03-20"))
                .post("/api/sales/" + first + "/reversals").then().statusCode(201);
        sell(clientId, "3000.00", "2026-03-25");

        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, QUOTA_TOPIC,
                r -> executive.toString().equals(r.key()) && AttainmentService.THRESHOLD_CROSSED.equals(TopicReader.header(r, "ce_type")),
                7, Duration.ofSeconds(30));
        List<String> crossings = records.stream().map(r -> {
            EventSchemas.assertValid(AttainmentService.THRESHOLD_CROSSED, r.value());
            try {
                var payload = JSON.readTree(r.value());
                assertEquals(manager.toString(), payload.get("managerId").asText());
                return payload.get("period").asText() + "@" + payload.get("thresholdPercent").asText();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();

        assertEquals(List.of("2026-03@50", "2026-03@75", "2026-03@100", "2026-03@75", "2026-03@100"), crossings.subList(0, 5),
                "5,000 is 50%; 6,000 is 60%; 10,000 is 100% (75 and 100); the reversal takes it to 70%; 10,000 again");
        assertEquals(5, crossings.size(), "the quarter (30,000) and year stay below 50%: " + crossings);
    }

    @Test
    void salesCreditedAtTheSameTimePublishEachThresholdTheyCrossTogetherOnce() throws Exception {
        UUID executive = Fixtures.executive(bootstrap, null);
        UUID clientId = Fixtures.client(bootstrap, executive, LocalDate.of(2026, 1, 1));
        quota(executive, "120000.00");
        sell(clientId, "1000.00", "2026-06-01");

        List<Integer> statuses = AtOnce.send(16, i -> () -> asAdmin().body(Map.of("clientId", clientId,
                "amount", Map.of("amount", "1000.00", "currency", "USD"), "productLine", "Advisory",
                "closeDate", "2026-06-%02d".formatted(i + 2), "externalReference", "INV-" + UUID.randomUUID()))
                .post("/api/sales").statusCode());
        assertEquals(List.of(201), statuses.stream().distinct().toList(), statuses.toString());
        // Published after every concurrent sale committed, so it is the last of the executive's crossings.
        sell(clientId, "5000.00", "2026-08-10");

        List<String> crossings = crossingsOf(executive, 6);
        assertEquals(6, crossings.size(), "17,000 of June's 10,000 and of the quarter's 30,000, then 5,000 of August's: " + crossings);
        assertEquals(List.of("2026-06@100", "2026-06@120", "2026-06@50", "2026-06@75", "FY2026-Q2@50"),
                crossings.subList(0, 5).stream().sorted().toList(), crossings.toString());
        assertEquals("2026-08@50", crossings.get(5));
    }

    @Test
    void aLowerQuotaCanCrossAThresholdWithoutANewSale() {
        UUID executive = Fixtures.executive(bootstrap, null);
        UUID clientId = Fixtures.client(bootstrap, executive, LocalDate.of(2026, 1, 1));
        quota(executive, "1200000.00");
        sell(clientId, "60000.00", "2026-05-12");
        asAdmin().body(Map.of("annualAmount", Map.of("amount", "720000.00", "currency", "USD"), "reason", "territory split"))
                .put("/api/quotas/" + executive + "/2026").then().statusCode(200);

        List<String> crossings = crossingsOf(executive, 3);
        assertEquals(List.of("2026-05@50", "2026-05@75", "2026-05@100"), crossings, "60,000 of 100,000, then of 60,000");
    }

    @Test
    void aManagerSeesTheTeamRanked() {
        UUID manager = Fixtures.executive(bootstrap, null);
        UUID low = Fixtures.executive(bootstrap, manager);
        UUID high = Fixtures.executive(bootstrap, manager);
        UUID none = Fixtures.executive(bootstrap, manager);
        quota(low, "120000.00");
        quota(high, "120000.00");
        sell(Fixtures.client(bootstrap, low, LocalDate.of(2026, 1, 1)), "1000.00", "2026-01-15");
        sell(Fixtures.client(bootstrap, high, LocalDate.of(2026, 1, 1)), "9000.00", "2026-01-15");

        as("sales-manager", manager).queryParam("period", "2026-01").get("/api/attainment/team").then().statusCode(200)
                .body("rank", equalTo(List.of(1, 2, 3)))
                .body("attainment.executiveId", equalTo(List.of(high.toString(), low.toString(), none.toString())))
                .body("attainment.percent", equalTo(java.util.Arrays.asList(90.0f, 10.0f, null)));
        as("sales-manager", manager).queryParam("period", "2026-01").get("/api/attainment/" + high).then().statusCode(200);
        as("account-executive", high).queryParam("period", "2026-01").get("/api/attainment/team").then().statusCode(403);
    }

    /** The first {@code count} threshold crossings published for the executive, as period@threshold. */
    private List<String> crossingsOf(UUID executive, int count) {
        return TopicReader.read(bootstrap, QUOTA_TOPIC,
                r -> executive.toString().equals(r.key()) && AttainmentService.THRESHOLD_CROSSED.equals(TopicReader.header(r, "ce_type")),
                count, Duration.ofSeconds(30)).stream().map(r -> {
                    try {
                        var payload = JSON.readTree(r.value());
                        return payload.get("period").asText() + "@" + payload.get("thresholdPercent").asText();
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }).toList();
    }
}
