package io.accountable.client.satisfaction;

import static io.accountable.client.Fixtures.TOPIC;
import static io.accountable.client.Fixtures.as;
import static io.accountable.client.Fixtures.asExecutive;
import static io.accountable.client.Fixtures.asManager;
import static io.accountable.client.Fixtures.client;
import static io.accountable.client.Fixtures.contact;
import static io.accountable.client.Fixtures.executive;
import static io.accountable.client.Fixtures.json;
import static io.accountable.client.Fixtures.tier;
import static io.accountable.client.Fixtures.uniqueName;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
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
class SatisfactionResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    FirmCalendar calendar;

    Map<String, Object> answer(String scale, int score, String contactId) {
        return new HashMap<>(Map.of("survey", "Relationship survey", "scale", scale, "score", score,
                "answeredOn", calendar.today().minusDays(1).toString(), "contactId", contactId));
    }

    static io.restassured.response.Response record(String executiveId, String clientId, Map<String, Object> body) {
        return asExecutive(executiveId).body(body).post("/api/clients/" + clientId + "/survey-answers");
    }

    List<ConsumerRecord<String, String>> drops(String clientId, int atMost) {
        return TopicReader.read(bootstrap, TOPIC, r -> clientId.equals(r.key()) && SatisfactionEvents.DROPPED.equals(TopicReader.header(r, "ce_type")),
                atMost, Duration.ofSeconds(10));
    }

    @Test
    void theTrailingAverageFallingBelowTheTiersFloorIsPublishedOnceAndTheClientShowsIt() {
        String code = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        as("admin").body(Map.of("code", code, "name", "Floored", "cadenceDays", 30, "csatFloor", 4)).post("/api/tiers").then().statusCode(201)
                .body("csatFloor", equalTo(4)).body("npsFloor", nullValue());
        String dana = executive("Dana Survey");
        String legalName = uniqueName("Survey Co");
        String clientId = client(legalName, dana, code);
        String jordan = contact(clientId, "Jordan Answer");

        String first = record(dana, clientId, answer("CSAT", 5, jordan)).then().statusCode(201).body("score", equalTo(5))
                .extract().header("Location");
        as("compliance-officer").get(first).then().statusCode(200).body("scale", equalTo("CSAT")).body("contactId", equalTo(jordan));
        record(dana, clientId, answer("CSAT", 3, jordan)).then().statusCode(201);
        Map<String, Object> low = answer("CSAT", 2, jordan);
        low.put("comment", "Slow answers since the desk moved");
        String dropping = record(dana, clientId, low).then().statusCode(201).extract().path("id");
        Map<String, Object> lowest = answer("CSAT", 1, jordan);
        lowest.put("answeredOn", calendar.today().toString());
        String last = record(dana, clientId, lowest).then().statusCode(201).extract().path("id");

        asExecutive(dana).get("/api/clients/" + clientId + "/satisfaction").then().statusCode(200)
                .body("tier", equalTo(code))
                .body("scales.find { it.scale == 'CSAT' }.latest.id", equalTo(last))
                .body("scales.find { it.scale == 'CSAT' }.trailingAverage", equalTo(2.75f))
                .body("scales.find { it.scale == 'CSAT' }.trailingAnswers", equalTo(4))
                .body("scales.find { it.scale == 'CSAT' }.floor", equalTo(4))
                .body("scales.find { it.scale == 'CSAT' }.belowFloor", equalTo(true))
                .body("scales.find { it.scale == 'NPS' }.latest", nullValue())
                .body("scales.find { it.scale == 'NPS' }.trailingAverage", nullValue())
                .body("scales.find { it.scale == 'NPS' }.belowFloor", equalTo(false));
        asExecutive(dana).get("/api/clients/" + clientId + "/survey-answers?size=2").then().statusCode(200)
                .body("totalItems", equalTo(4)).body("items[0].id", equalTo(last));

        List<ConsumerRecord<String, String>> drops = drops(clientId, 2);
        assertEquals(1, drops.size(), "published when the average crosses the floor, not again while it stays below");
        EventSchemas.assertValid(SatisfactionEvents.DROPPED, drops.get(0).value());
        JsonNode drop = json(drops.get(0).value());
        assertEquals(dropping, drop.get("answerId").asText());
        assertEquals(legalName, drop.get("legalName").asText());
        assertEquals(dana, drop.get("executiveId").asText());
        assertEquals("3.33", drop.get("trailingAverage").asText());
        assertEquals(4, drop.get("floor").asInt());
        assertEquals("BELOW_FLOOR", drop.get("reasons").get(0).asText());
        List<ConsumerRecord<String, String>> answered = TopicReader.read(bootstrap, TOPIC,
                r -> clientId.equals(r.key()) && SatisfactionEvents.ANSWERED.equals(TopicReader.header(r, "ce_type")), 4, Duration.ofSeconds(30));
        assertEquals(4, answered.size());
        answered.forEach(r -> EventSchemas.assertValid(SatisfactionEvents.ANSWERED, r.value()));
    }

    @Test
    void aDetractorAfterAResolvedComplaintIsPublishedAndOneWithoutAComplaintIsNot() {
        String dana = executive("Dana Detractor");
        String clientId = client(uniqueName("Complained Co"), dana, tier(null));
        String calm = client(uniqueName("Calm Co"), dana, tier(null));
        String jordan = contact(clientId, "Jordan Complainer");
        String avery = contact(calm, "Avery Calm");
        String complaintId = asExecutive(dana).body(Map.of("severity", "HIGH", "subject", "Wire delayed", "description", "Two days late"))
                .post("/api/clients/" + clientId + "/complaints").then().statusCode(201).extract().path("id");
        asExecutive(dana).body(Map.of("resolution", "Fee refunded", "version", 0)).post("/api/complaints/" + complaintId + "/resolution")
                .then().statusCode(200);
        Map<String, Object> afterResolution = answer("NPS", 9, jordan);
        afterResolution.put("answeredOn", calendar.today().toString());
        record(dana, clientId, afterResolution).then().statusCode(201);
        afterResolution.put("score", 5);
        String detractor = record(dana, clientId, afterResolution).then().statusCode(201).extract().path("id");
        record(dana, calm, answer("NPS", 3, avery)).then().statusCode(201);

        List<ConsumerRecord<String, String>> drops = drops(clientId, 2);
        assertEquals(1, drops.size());
        EventSchemas.assertValid(SatisfactionEvents.DROPPED, drops.get(0).value());
        JsonNode drop = json(drops.get(0).value());
        assertEquals(detractor, drop.get("answerId").asText());
        assertEquals(complaintId, drop.get("complaintId").asText());
        assertEquals("DETRACTOR_AFTER_COMPLAINT", drop.get("reasons").get(0).asText());
        assertEquals(1, drop.get("reasons").size(), "the tier has no floor");
        assertEquals(0, drops(calm, 1).size(), "no floor, no complaint: a low score alone is no drop");
    }

    @Test
    void badAnswersAreProblemsAndRecordNothing() {
        String dana = executive("Dana Bad Survey");
        String clientId = client(uniqueName("Bad Survey Co"), dana, null);
        String other = client(uniqueName("Other Survey Co"), dana, null);
        String jordan = contact(clientId, "Jordan Bad");
        String stranger = contact(other, "Sam Stranger");
        long before = answers();
        asExecutive(dana).body(Map.of("survey", "", "score", 11)).post("/api/clients/" + clientId + "/survey-answers").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("survey", "scale", "score", "answeredOn", "contactId"));
        record(dana, clientId, answer("CSAT", 6, jordan)).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:score-out-of-range")).body("max", equalTo(5));
        record(dana, clientId, answer("CSAT", 0, jordan)).then().statusCode(422).body("type", equalTo("urn:accountable:problem:score-out-of-range"));
        Map<String, Object> future = answer("NPS", 8, jordan);
        future.put("answeredOn", calendar.today().plusDays(1).toString());
        record(dana, clientId, future).then().statusCode(422).body("type", equalTo("urn:accountable:problem:future-answer-date"));
        record(dana, clientId, answer("NPS", 8, stranger)).then().statusCode(422).body("type", equalTo("urn:accountable:problem:unknown-contact"));
        Map<String, Object> badScale = answer("NPS", 8, jordan);
        badScale.put("scale", "STARS");
        record(dana, clientId, badScale).then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, answers());
    }

    @Test
    void theExecutiveTheirManagerAndAdminsRecordComplianceReadsOthersSeeNothing() {
        String manager = executive("Mia Survey");
        String dana = executive("Dana Seen Survey", manager);
        String eve = executive("Eve Survey");
        String clientId = client(uniqueName("Seen Survey Co"), dana, null);
        String jordan = contact(clientId, "Jordan Seen");
        asManager(manager).body(answer("NPS", 9, jordan)).post("/api/clients/" + clientId + "/survey-answers").then().statusCode(201);
        String id = as("admin").body(answer("NPS", 10, jordan)).post("/api/clients/" + clientId + "/survey-answers").then().statusCode(201)
                .extract().path("id");
        as("compliance-officer").get("/api/clients/" + clientId + "/satisfaction").then().statusCode(200)
                .body("scales.find { it.scale == 'NPS' }.trailingAnswers", equalTo(2));
        as("compliance-officer").body(answer("NPS", 1, jordan)).post("/api/clients/" + clientId + "/survey-answers").then().statusCode(403);
        asExecutive(eve).body(answer("NPS", 1, jordan)).post("/api/clients/" + clientId + "/survey-answers").then().statusCode(404);
        asExecutive(eve).get("/api/clients/" + clientId + "/satisfaction").then().statusCode(404);
        asExecutive(eve).get("/api/clients/" + clientId + "/survey-answers").then().statusCode(404);
        asExecutive(eve).get("/api/clients/" + clientId + "/survey-answers/" + id).then().statusCode(404);
        asExecutive(dana).get("/api/clients/" + clientId + "/survey-answers/" + UUID.randomUUID()).then().statusCode(404);
        asExecutive(dana).get("/api/clients/" + clientId + "/survey-answers?scale=NPS").then().statusCode(200).body("totalItems", equalTo(2));
    }

    private static long answers() {
        return QuarkusTransaction.requiringNew().call(() -> SurveyAnswer.count());
    }
}
