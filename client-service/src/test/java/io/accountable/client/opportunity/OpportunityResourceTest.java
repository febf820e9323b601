package io.accountable.client.opportunity;

import static io.accountable.client.Fixtures.TOPIC;
import static io.accountable.client.Fixtures.as;
import static io.accountable.client.Fixtures.asExecutive;
import static io.accountable.client.Fixtures.asManager;
import static io.accountable.client.Fixtures.client;
import static io.accountable.client.Fixtures.executive;
import static io.accountable.client.Fixtures.json;
import static io.accountable.client.Fixtures.uniqueName;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountable.devstack.AtOnce;
import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.EventSchemas;
import io.accountable.devstack.TopicReader;
import io.accountable.platform.time.FirmCalendar;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class OpportunityResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    FirmCalendar calendar;

    static Map<String, Object> deal(String amount, String currency, int probability) {
        return new HashMap<>(Map.of("productLine", "Treasury management", "amount", Map.of("amount", amount, "currency", currency),
                "expectedCloseDate", "2026-12-15", "probability", probability));
    }

    static String open(String executiveId, String clientId, Map<String, Object> body) {
        return asExecutive(executiveId).body(body).post("/api/clients/" + clientId + "/opportunities")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aWonOpportunityIsPublishedExactlyOnceWithItsAmount() {
        String dana = executive("Dana Deal");
        String clientId = client(uniqueName("Deal Co"), dana, null);
        String id = asExecutive(dana).body(deal("250000", "USD", 40)).post("/api/clients/" + clientId + "/opportunities")
                .then().statusCode(201)
                .body("stage", equalTo("QUALIFICATION"))
                .body("executiveId", equalTo(dana))
                .body("amount.amount", equalTo("250000.00"))
                .body("amount.currency", equalTo("USD"))
                .body("weightedAmount.amount", equalTo("100000.00"))
                .extract().path("id");
        stage(dana, id, "PROPOSAL", 0).then().statusCode(200).body("stage", equalTo("PROPOSAL"));
        stage(dana, id, "NEGOTIATION", 1).then().statusCode(200);
        stage(dana, id, "WON", 2).then().statusCode(200)
                .body("stage", equalTo("WON"))
                .body("probability", equalTo(100))
                .body("closedOn", equalTo(calendar.today().toString()));
        stage(dana, id, "WON", 3).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:opportunity-closed"));
        stage(dana, id, "LOST", 3).then().statusCode(409);

        List<ConsumerRecord<String, String>> wins = TopicReader.read(bootstrap, TOPIC,
                r -> clientId.equals(r.key()) && OpportunityEvents.WON.equals(TopicReader.header(r, "ce_type")), 2, Duration.ofSeconds(10));
        assertEquals(1, wins.size(), "won is published once");
        EventSchemas.assertValid(OpportunityEvents.WON, wins.get(0).value());
        JsonNode won = json(wins.get(0).value());
        assertEquals(id, won.get("opportunityId").asText());
        assertEquals(dana, won.get("executiveId").asText());
        assertEquals("250000.00", won.get("amount").get("amount").asText());
        assertEquals("USD", won.get("amount").get("currency").asText());
        assertEquals("Treasury management", won.get("productLine").asText());
        assertEquals(calendar.today().toString(), won.get("closeDate").asText());

        List<ConsumerRecord<String, String>> all = TopicReader.read(bootstrap, TOPIC,
                r -> clientId.equals(r.key()) && TopicReader.header(r, "ce_type").contains(".opportunity-"), 4, Duration.ofSeconds(30));
        assertEquals(List.of(OpportunityEvents.OPENED, OpportunityEvents.STAGE_CHANGED, OpportunityEvents.STAGE_CHANGED, OpportunityEvents.WON),
                all.stream().map(r -> TopicReader.header(r, "ce_type")).toList());
        all.forEach(r -> EventSchemas.assertValid(TopicReader.header(r, "ce_type"), r.value()));
    }

    @Test
    void ofTwoConcurrentWinsOnlyOneCounts() throws Exception {
        String dana = executive("Dana Race");
        String clientId = client(uniqueName("Race Co"), dana, null);
        String id = open(dana, clientId, deal("1000.50", "USD", 90));
        List<Integer> statuses = AtOnce.send(2, i -> () -> stage(dana, id, "WON", 0).statusCode());
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        List<ConsumerRecord<String, String>> wins = TopicReader.read(bootstrap, TOPIC,
                r -> clientId.equals(r.key()) && OpportunityEvents.WON.equals(TopicReader.header(r, "ce_type")), 2, Duration.ofSeconds(10));
        assertEquals(1, wins.size());
        assertEquals("1000.50", json(wins.get(0).value()).get("amount").get("amount").asText());
    }

    @Test
    void aLostOpportunityNeedsAReasonAndOpenTermsChangeWithOptimisticLocking() {
        String dana = executive("Dana Lost");
        String clientId = client(uniqueName("Lost Co"), dana, null);
        String id = open(dana, clientId, deal("5000", "EUR", 20));
        Map<String, Object> change = deal("7000", "EUR", 30);
        change.put("version", 0);
        asExecutive(dana).body(change).put("/api/opportunities/" + id).then().statusCode(200)
                .body("amount.amount", equalTo("7000.00")).body("weightedAmount.amount", equalTo("2100.00")).body("version", equalTo(1));
        asExecutive(dana).body(change).put("/api/opportunities/" + id).then().statusCode(409)
                .body("type", equalTo("urn:accountable:problem:concurrent-modification"));
        stage(dana, id, "LOST", 1).then().statusCode(422).body("type", equalTo("urn:accountable:problem:lost-reason-required"));
        stage(dana, id, "QUALIFICATION", 1).then().statusCode(422).body("type", equalTo("urn:accountable:problem:same-stage"));
        asExecutive(dana).body(Map.of("stage", "LOST", "reason", "Went with a competitor", "version", 1))
                .post("/api/opportunities/" + id + "/stage")
                .then().statusCode(200).body("lostReason", equalTo("Went with a competitor")).body("probability", equalTo(0));

        List<ConsumerRecord<String, String>> lost = TopicReader.read(bootstrap, TOPIC,
                r -> clientId.equals(r.key()) && OpportunityEvents.LOST.equals(TopicReader.header(r, "ce_type")), 1, Duration.ofSeconds(30));
        assertEquals(1, lost.size());
        EventSchemas.assertValid(OpportunityEvents.LOST, lost.get(0).value());
        assertEquals("Went with a competitor", json(lost.get(0).value()).get("lostReason").asText());
    }

    @Test
    void theExecutiveAndTeamPipelinesWeighTheOpenOpportunitiesPerCurrency() {
        String manager = executive("Mia Pipeline");
        String ann = executive("Ann Pipeline", manager);
        String ben = executive("Ben Pipeline", manager);
        String annClient = client(uniqueName("Ann Co"), ann, null);
        String benClient = client(uniqueName("Ben Co"), ben, null);
        open(ann, annClient, deal("100000", "USD", 40));
        open(ann, annClient, deal("50000", "USD", 50));
        open(ann, annClient, deal("10000", "EUR", 10));
        String won = open(ann, annClient, deal("999999", "USD", 90));
        stage(ann, won, "WON", 0).then().statusCode(200);
        open(ben, benClient, deal("20000.25", "USD", 100));

        asExecutive(ann).get("/api/executives/" + ann + "/pipeline").then().statusCode(200)
                .body("opportunities", hasSize(3))
                .body("totals.currency", containsInAnyOrder("EUR", "USD"))
                .body("totals.find { it.currency == 'USD' }.count", equalTo(2))
                .body("totals.find { it.currency == 'USD' }.amount.amount", equalTo("150000.00"))
                .body("totals.find { it.currency == 'USD' }.weighted.amount", equalTo("65000.00"))
                .body("totals.find { it.currency == 'EUR' }.weighted.amount", equalTo("1000.00"));
        asManager(manager).get("/api/executives/" + manager + "/team-pipeline").then().statusCode(200)
                .body("executives.executiveId", containsInAnyOrder(ann, ben))
                .body("totals.find { it.currency == 'USD' }.amount.amount", equalTo("170000.25"))
                .body("totals.find { it.currency == 'USD' }.weighted.amount", equalTo("85000.25"));
        asManager(manager).get("/api/executives/" + ben + "/pipeline").then().statusCode(200);

        asExecutive(ben).get("/api/executives/" + ann + "/pipeline").then().statusCode(404).contentType("application/problem+json");
        asManager(ann).get("/api/executives/" + manager + "/team-pipeline").then().statusCode(404);
        asExecutive(ann).get("/api/executives/" + manager + "/team-pipeline").then().statusCode(403);
        as("compliance-officer").get("/api/executives/" + ann + "/pipeline").then().statusCode(403);
        asExecutive(ben).get("/api/opportunities/" + won).then().statusCode(404);
        asExecutive(ben).body(Map.of("stage", "LOST", "reason", "x", "version", 1)).post("/api/opportunities/" + won + "/stage").then().statusCode(404);
    }

    @Test
    void invalidOpportunitiesAreProblemsAndWriteNothing() {
        String dana = executive("Dana Invalid Deal");
        String clientId = client(uniqueName("Invalid Deal Co"), dana, null);
        String unowned = client(uniqueName("Unowned Deal Co"), null, null);
        long before = opportunities();
        asExecutive(dana).body(Map.of("productLine", "", "amount", Map.of("amount", "-1", "currency", "usd"), "probability", 150))
                .post("/api/clients/" + clientId + "/opportunities")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("productLine", "amount.amount", "amount.currency", "probability", "expectedCloseDate"));
        asExecutive(dana).body(deal("1.23456", "USD", 10)).post("/api/clients/" + clientId + "/opportunities")
                .then().statusCode(400).body("errors[0].field", equalTo("amount.amount"));
        asExecutive(dana).body(deal("lots", "USD", 10)).post("/api/clients/" + clientId + "/opportunities")
                .then().statusCode(400).body("errors[0].field", equalTo("amount.amount"));
        Map<String, Object> won = deal("10", "USD", 10);
        won.put("stage", "WON");
        asExecutive(dana).body(won).post("/api/clients/" + clientId + "/opportunities")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:closed-stage-at-opening"));
        as("admin").body(deal("10", "USD", 10)).post("/api/clients/" + unowned + "/opportunities")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:primary-executive-required"));
        as("admin").body(deal("10", "USD", 10)).post("/api/clients/" + UUID.randomUUID() + "/opportunities").then().statusCode(404);
        asExecutive(executive("Eve Elsewhere")).body(deal("10", "USD", 10)).post("/api/clients/" + clientId + "/opportunities").then().statusCode(404);
        assertEquals(before, opportunities());
    }

    @Test
    void aRetriedOpeningWithTheSameIdempotencyKeyOpensOnce() {
        String dana = executive("Dana Retry");
        String clientId = client(uniqueName("Retry Co"), dana, null);
        String key = UUID.randomUUID().toString();
        long before = opportunities();
        String first = asExecutive(dana).header("Idempotency-Key", key).body(deal("300", "USD", 10))
                .post("/api/clients/" + clientId + "/opportunities").then().statusCode(201).extract().path("id");
        String again = asExecutive(dana).header("Idempotency-Key", key).body(deal("300", "USD", 10))
                .post("/api/clients/" + clientId + "/opportunities").then().statusCode(201).extract().path("id");
        assertEquals(first, again);
        assertEquals(before + 1, opportunities());
    }

    private static io.restassured.response.Response stage(String executiveId, String id, String stage, int version) {
        return asExecutive(executiveId).body(Map.of("stage", stage, "version", version)).post("/api/opportunities/" + id + "/stage");
    }

    private static long opportunities() {
        return QuarkusTransaction.requiringNew().call(() -> Opportunity.count());
    }
}
