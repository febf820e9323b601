package io.accountable.client.interaction;

import static io.accountable.client.Fixtures.TOPIC;
import static io.accountable.client.Fixtures.as;
import static io.accountable.client.Fixtures.asExecutive;
import static io.accountable.client.Fixtures.asManager;
import static io.accountable.client.Fixtures.client;
import static io.accountable.client.Fixtures.executive;
import static io.accountable.client.Fixtures.json;
import static io.accountable.client.Fixtures.uniqueName;
import static io.accountable.client.Fixtures.version;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountable.client.cadence.CadenceEvents;
import io.accountable.client.cadence.CadenceService;
import io.accountable.client.cadence.OverdueEpisode;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class InteractionResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    FirmCalendar calendar;

    @Inject
    CadenceService cadence;

    static Map<String, Object> meeting(Instant at) {
        return new HashMap<>(Map.of("kind", "MEETING", "occurredAt", at.toString(), "summary", "Quarterly review"));
    }

    @Test
    void anInteractionIsLoggedOnTheTimelineAndPublished() {
        String dana = executive("Dana Timeline");
        String clientId = client(uniqueName("Timeline Co"), dana, null);
        String contactId = asExecutive(dana).body(Map.of("fullName", "Jo Client", "role", "DECISION_MAKER"))
                .post("/api/clients/" + clientId + "/contacts").then().statusCode(201).extract().path("id");
        Instant earlier = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> call = meeting(earlier);
        call.put("kind", "CALL");
        asExecutive(dana).body(call).post("/api/clients/" + clientId + "/interactions").then().statusCode(201);
        Map<String, Object> visit = meeting(Instant.now().minus(1, ChronoUnit.HOURS));
        visit.put("kind", "VISIT");
        visit.put("contactIds", List.of(contactId));
        visit.put("outcome", "Wants an FX proposal");
        visit.put("followUpDate", "2026-12-01");
        String id = asExecutive(dana).body(visit).post("/api/clients/" + clientId + "/interactions")
                .then().statusCode(201)
                .body("executiveId", equalTo(dana))
                .body("contactIds", contains(contactId))
                .extract().path("id");
        as("admin").get("/api/clients/" + clientId + "/interactions/" + id).then().statusCode(200)
                .body("outcome", equalTo("Wants an FX proposal"));

        as("admin").get("/api/clients/" + clientId + "/interactions").then().statusCode(200)
                .body("items.kind", contains("VISIT", "CALL"))
                .body("totalItems", equalTo(2));
        asExecutive(dana).queryParam("kind", "CALL").get("/api/clients/" + clientId + "/interactions").then().statusCode(200)
                .body("items.kind", contains("CALL"));

        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, TOPIC,
                r -> clientId.equals(r.key()) && InteractionEvents.LOGGED.equals(TopicReader.header(r, "ce_type")), 2, Duration.ofSeconds(30));
        assertEquals(2, records.size());
        records.forEach(r -> EventSchemas.assertValid(InteractionEvents.LOGGED, r.value()));
        JsonNode logged = json(records.get(1).value());
        assertEquals(id, logged.get("interactionId").asText());
        assertEquals("VISIT", logged.get("kind").asText());
        assertEquals(contactId, logged.get("contactIds").get(0).asText());
        assertEquals("2026-12-01", logged.get("followUpDate").asText());
    }

    @Test
    void badInteractionsAreProblemsAndWriteNothing() {
        String dana = executive("Dana Bad Call");
        String clientId = client(uniqueName("Bad Call Co"), dana, null);
        String otherClient = client(uniqueName("Other Call Co"), dana, null);
        String strangerContact = asExecutive(dana).body(Map.of("fullName", "Not Theirs", "role", "USER"))
                .post("/api/clients/" + otherClient + "/contacts").then().statusCode(201).extract().path("id");
        long before = interactions();

        asExecutive(dana).body(Map.of("summary", "")).post("/api/clients/" + clientId + "/interactions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("kind", "summary"));
        asExecutive(dana).body(Map.of("kind", "LUNCH", "summary", "x")).post("/api/clients/" + clientId + "/interactions")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        asExecutive(dana).body(meeting(Instant.now().plus(2, ChronoUnit.DAYS))).post("/api/clients/" + clientId + "/interactions")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:future-interaction"));
        Map<String, Object> withStranger = meeting(Instant.now());
        withStranger.put("contactIds", List.of(strangerContact));
        asExecutive(dana).body(withStranger).post("/api/clients/" + clientId + "/interactions")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:unknown-contact"));
        asExecutive(executive("Eve Nosy")).body(meeting(Instant.now())).post("/api/clients/" + clientId + "/interactions").then().statusCode(404);
        as("compliance-officer").body(meeting(Instant.now())).post("/api/clients/" + clientId + "/interactions").then().statusCode(403);
        Map<String, Object> forOther = meeting(Instant.now());
        forOther.put("executiveId", executive("Ola Other"));
        asExecutive(dana).body(forOther).post("/api/clients/" + clientId + "/interactions").then().statusCode(403);

        assertEquals(before, interactions());
    }

    @Test
    void theAgendaListsDueFollowUpsUntilALaterInteractionTakesPlace() {
        String manager = executive("Mo Agenda");
        String dana = executive("Dana Agenda", manager);
        String clientId = client(uniqueName("Agenda Co"), dana, null);
        LocalDate today = calendar.today();
        Map<String, Object> first = meeting(Instant.now().minus(5, ChronoUnit.DAYS));
        first.put("followUpDate", today.minusDays(1).toString());
        String due = asExecutive(dana).body(first).post("/api/clients/" + clientId + "/interactions").then().statusCode(201).extract().path("id");
        Map<String, Object> later = meeting(Instant.now().minus(4, ChronoUnit.DAYS));
        later.put("kind", "EMAIL");
        later.put("followUpDate", today.plusDays(10).toString());
        Map<String, Object> otherClientCall = new HashMap<>(later);
        String otherClient = client(uniqueName("Agenda Other"), dana, null);
        otherClientCall.put("followUpDate", today.plusDays(3).toString());
        String soon = asExecutive(dana).body(otherClientCall).post("/api/clients/" + otherClient + "/interactions").then().statusCode(201).extract().path("id");

        asExecutive(dana).get("/api/executives/" + dana + "/agenda").then().statusCode(200).body("id", contains(due));
        asManager(manager).queryParam("until", today.plusDays(7).toString()).get("/api/executives/" + dana + "/agenda")
                .then().statusCode(200).body("id", contains(due, soon));
        asExecutive(manager).get("/api/executives/" + dana + "/agenda").then().statusCode(404);

        asExecutive(dana).body(later).post("/api/clients/" + clientId + "/interactions").then().statusCode(201);
        asExecutive(dana).get("/api/executives/" + dana + "/agenda").then().statusCode(200).body("id", empty());
    }

    @Test
    void anOverdueClientIsPublishedOncePerEpisodeAndTheNextInteractionEndsIt() {
        String fast = "F" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        as("admin").body(Map.of("code", fast, "name", "Fast cadence", "cadenceDays", 5)).post("/api/tiers").then().statusCode(201);
        String dana = executive("Dana Overdue");
        String clientId = client(uniqueName("Neglected Co"), dana, fast);
        String prospect = client(uniqueName("Prospect Co"), dana, fast);
        as("admin").body(Map.of("status", "ACTIVE", "version", version(clientId))).post("/api/clients/" + clientId + "/status").then().statusCode(200);
        Instant tenDaysAgo = Instant.now().minus(10, ChronoUnit.DAYS);
        asExecutive(dana).body(meeting(tenDaysAgo)).post("/api/clients/" + clientId + "/interactions").then().statusCode(201);
        asExecutive(dana).body(meeting(tenDaysAgo)).post("/api/clients/" + prospect + "/interactions").then().statusCode(201);
        LocalDate lastDate = tenDaysAgo.atZone(calendar.zone()).toLocalDate();

        asExecutive(dana).get("/api/executives/" + dana + "/overdue-clients").then().statusCode(200)
                .body("clientId", contains(clientId))
                .body("[0].cadenceDays", equalTo(5))
                .body("[0].lastInteractionDate", equalTo(lastDate.toString()))
                .body("[0].overdueSince", equalTo(lastDate.plusDays(6).toString()));
        asExecutive(executive("Eve Peek")).get("/api/executives/" + dana + "/overdue-clients").then().statusCode(404);

        cadence.check(calendar.today());
        cadence.check(calendar.today());
        List<ConsumerRecord<String, String>> overdue = TopicReader.read(bootstrap, TOPIC,
                r -> clientId.equals(r.key()) && CadenceEvents.CONTACT_OVERDUE.equals(TopicReader.header(r, "ce_type")), 2, Duration.ofSeconds(10));
        assertEquals(1, overdue.size(), "one event per overdue episode, however often the check runs");
        EventSchemas.assertValid(CadenceEvents.CONTACT_OVERDUE, overdue.get(0).value());
        JsonNode payload = json(overdue.get(0).value());
        assertEquals(dana, payload.get("executiveId").asText());
        assertEquals(fast, payload.get("tier").asText());
        assertEquals(5, payload.get("cadenceDays").asInt());
        assertEquals(lastDate.toString(), payload.get("lastInteractionDate").asText());
        assertEquals(lastDate.plusDays(6).toString(), payload.get("overdueSince").asText());
        assertEquals(1L, openEpisodes(clientId));

        asExecutive(dana).body(Map.of("kind", "CALL", "summary", "Catching up")).post("/api/clients/" + clientId + "/interactions").then().statusCode(201);
        assertEquals(0L, openEpisodes(clientId));
        asExecutive(dana).get("/api/executives/" + dana + "/overdue-clients").then().statusCode(200).body("clientId", not(hasItem(clientId)));
        cadence.check(calendar.today());
        assertEquals(1, TopicReader.read(bootstrap, TOPIC,
                r -> clientId.equals(r.key()) && CadenceEvents.CONTACT_OVERDUE.equals(TopicReader.header(r, "ce_type")), 2, Duration.ofSeconds(5)).size());
    }

    private static long interactions() {
        return QuarkusTransaction.requiringNew().call(() -> Interaction.count());
    }

    private static long openEpisodes(String clientId) {
        return QuarkusTransaction.requiringNew().call(() -> OverdueEpisode.count("openClientId", UUID.fromString(clientId)));
    }
}
