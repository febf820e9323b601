package io.accountable.client.risk;

import static io.accountable.client.Fixtures.TOPIC;
import static io.accountable.client.Fixtures.as;
import static io.accountable.client.Fixtures.asExecutive;
import static io.accountable.client.Fixtures.asManager;
import static io.accountable.client.Fixtures.client;
import static io.accountable.client.Fixtures.executive;
import static io.accountable.client.Fixtures.json;
import static io.accountable.client.Fixtures.uniqueName;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class RiskResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    FirmCalendar calendar;

    @Test
    void ratingsAreKeptPublishedAndDueReviewsListedByTheCurrentRating() {
        String manager = executive("Mel Risk");
        String dana = executive("Dana Risk", manager);
        String clientId = client(uniqueName("Risky Co"), dana, null);
        LocalDate today = calendar.today();
        asExecutive(dana).body(Map.of("rating", "MEDIUM", "reason", "New business line", "nextReviewDate", today.plusDays(5).toString()))
                .post("/api/clients/" + clientId + "/risk-ratings").then().statusCode(201).body("executiveId", equalTo(dana));
        String ratingId = as("compliance-officer").get("/api/clients/" + clientId + "/risk-ratings").then().extract().path("[0].id");
        as("compliance-officer").get("/api/clients/" + clientId + "/risk-ratings/" + ratingId).then().statusCode(200)
                .body("rating", equalTo("MEDIUM"));
        asExecutive(dana).get("/api/risk/reviews-due?until=" + today.plusDays(6)).then().statusCode(200).body("clientId", hasItem(clientId));
        asExecutive(dana).body(Map.of("rating", "HIGH", "reason", "Counterparty exposure", "nextReviewDate", today.plusDays(60).toString()))
                .post("/api/clients/" + clientId + "/risk-ratings").then().statusCode(201);

        as("compliance-officer").get("/api/clients/" + clientId + "/risk-ratings").then().statusCode(200)
                .body("rating", contains("HIGH", "MEDIUM"));
        asManager(manager).get("/api/risk/reviews-due?until=" + today.plusDays(6)).then().statusCode(200).body("clientId", not(hasItem(clientId)));
        asManager(manager).get("/api/risk/reviews-due?until=" + today.plusDays(60)).then().statusCode(200).body("clientId", hasItem(clientId));
        asExecutive(executive("Eve Outside")).get("/api/risk/reviews-due?until=" + today.plusDays(60)).then().statusCode(200)
                .body("clientId", not(hasItem(clientId)));

        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, TOPIC,
                r -> clientId.equals(r.key()) && RiskEvents.RATED.equals(TopicReader.header(r, "ce_type")), 2, Duration.ofSeconds(30));
        assertEquals(2, records.size());
        records.forEach(r -> EventSchemas.assertValid(RiskEvents.RATED, r.value()));
        JsonNode current = json(records.get(1).value());
        assertEquals("HIGH", current.get("rating").asText());
        assertEquals("Counterparty exposure", current.get("reason").asText());
        assertEquals(today.plusDays(60).toString(), current.get("nextReviewDate").asText());
    }

    @Test
    void aRetentionFlagStaysOnTheExecutivesListUntilTheyAct() {
        String dana = executive("Dana Retention");
        String clientId = client(uniqueName("Leaving Co"), dana, null);
        LocalDate actBy = calendar.today().plusDays(14);
        asManager(executive("Otis Other Manager")).body(Map.of("reason", "x", "actBy", actBy.toString()))
                .post("/api/clients/" + clientId + "/retention-flags").then().statusCode(404);
        String flagId = as("admin").body(Map.of("reason", "No interaction in 4 months and assets down 30%", "actBy", actBy.toString()))
                .post("/api/clients/" + clientId + "/retention-flags").then().statusCode(201).extract().path("id");
        as("compliance-officer").get("/api/clients/" + clientId + "/retention-flags/" + flagId).then().statusCode(200)
                .body("reason", equalTo("No interaction in 4 months and assets down 30%"));
        as("compliance-officer").get("/api/clients/" + clientId + "/retention-flags/" + UUID.randomUUID()).then().statusCode(404);
        as("admin").body(Map.of("reason", "Again", "actBy", actBy.toString())).post("/api/clients/" + clientId + "/retention-flags")
                .then().statusCode(409).body("type", equalTo("urn:accountable:problem:retention-flag-open"));
        asExecutive(dana).get("/api/risk/executives/" + dana + "/retention-flags").then().statusCode(200).body("id", contains(flagId));
        asExecutive(executive("Eve Peek")).get("/api/risk/executives/" + dana + "/retention-flags").then().statusCode(404);

        asExecutive(dana).body(Map.of("actionTaken", "Met the CFO; fee review agreed", "version", 0))
                .post("/api/risk/retention-flags/" + flagId + "/action").then().statusCode(200)
                .body("actionTaken", equalTo("Met the CFO; fee review agreed"));
        asExecutive(dana).body(Map.of("actionTaken", "Again", "version", 1))
                .post("/api/risk/retention-flags/" + flagId + "/action").then().statusCode(409)
                .body("type", equalTo("urn:accountable:problem:retention-flag-acted"));
        asExecutive(dana).get("/api/risk/executives/" + dana + "/retention-flags").then().statusCode(200).body("id", not(hasItem(flagId)));

        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, TOPIC,
                r -> clientId.equals(r.key()) && TopicReader.header(r, "ce_type").contains(".retention-risk-"), 2, Duration.ofSeconds(30));
        assertEquals(List.of(RiskEvents.RETENTION_FLAGGED, RiskEvents.RETENTION_ACTED), records.stream().map(r -> TopicReader.header(r, "ce_type")).toList());
        records.forEach(r -> EventSchemas.assertValid(TopicReader.header(r, "ce_type"), r.value()));
        assertEquals(dana, json(records.get(0).value()).get("executiveId").asText());
        assertEquals(actBy.toString(), json(records.get(0).value()).get("nextReviewDate").asText());
    }

    @Test
    void badRatingsAndFlagsAreProblemsAndWriteNothing() {
        String dana = executive("Dana Bad Risk");
        String clientId = client(uniqueName("Bad Risk Co"), dana, null);
        long before = rows();
        asExecutive(dana).body(Map.of("rating", "EXTREME", "reason", "x", "nextReviewDate", "2030-01-01"))
                .post("/api/clients/" + clientId + "/risk-ratings").then().statusCode(400).contentType("application/problem+json");
        asExecutive(dana).body(Map.of()).post("/api/clients/" + clientId + "/risk-ratings").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("rating", "reason", "nextReviewDate"));
        asExecutive(dana).body(Map.of("rating", "LOW", "reason", "x", "nextReviewDate", calendar.today().toString()))
                .post("/api/clients/" + clientId + "/risk-ratings").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:review-date-not-ahead"));
        asExecutive(dana).body(Map.of("reason", "x", "actBy", calendar.today().minusDays(1).toString()))
                .post("/api/clients/" + clientId + "/retention-flags").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:act-by-in-the-past"));
        asExecutive(executive("Eve Nosy")).body(Map.of("rating", "LOW", "reason", "x", "nextReviewDate", "2030-01-01"))
                .post("/api/clients/" + clientId + "/risk-ratings").then().statusCode(404);
        as("compliance-officer").body(Map.of("rating", "LOW", "reason", "x", "nextReviewDate", "2030-01-01"))
                .post("/api/clients/" + clientId + "/risk-ratings").then().statusCode(403);
        assertEquals(before, rows());
    }

    private static long rows() {
        return QuarkusTransaction.requiringNew().call(() -> RiskRating.count() + RetentionFlag.count());
    }
}
