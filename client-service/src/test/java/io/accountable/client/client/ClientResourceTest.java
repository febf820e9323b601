package io.accountable.client.client;

import static io.accountable.client.Fixtures.TOPIC;
import static io.accountable.client.Fixtures.as;
import static io.accountable.client.Fixtures.asExecutive;
import static io.accountable.client.Fixtures.asManager;
import static io.accountable.client.Fixtures.client;
import static io.accountable.client.Fixtures.executive;
import static io.accountable.client.Fixtures.json;
import static io.accountable.client.Fixtures.newClient;
import static io.accountable.client.Fixtures.uniqueName;
import static io.accountable.client.Fixtures.version;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.EventSchemas;
import io.accountable.devstack.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class ClientResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void anExecutiveOnboardsAProspectTheyHoldAndItIsPublished() {
        String dana = executive("Dana Onboard");
        String name = uniqueName("Harbor Freight");
        String location = asExecutive(dana).body(newClient(name)).post("/api/clients")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", equalTo("\"0\""))
                .body("id", notNullValue())
                .body("status", equalTo("PROSPECT"))
                .body("tier", equalTo("STANDARD"))
                .body("primaryExecutiveId", equalTo(dana))
                .body("identifiers.LEI", equalTo("5493001KJTIIGC8Y1R12"))
                .extract().header("Location");
        String id = asExecutive(dana).get(location).then().statusCode(200).body("legalName", equalTo(name)).extract().path("id");

        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, TOPIC, r -> id.equals(r.key()), 2, Duration.ofSeconds(30));
        assertEquals(List.of(ClientEvents.ONBOARDED, "accountable.client.client-assigned.v1"),
                records.stream().map(r -> TopicReader.header(r, "ce_type")).toList());
        records.forEach(r -> EventSchemas.assertValid(TopicReader.header(r, "ce_type"), r.value()));
        JsonNode onboarded = json(records.get(0).value());
        assertEquals(id, onboarded.get("clientId").asText());
        assertEquals("CORPORATE", onboarded.get("clientType").asText());
        assertEquals(dana, onboarded.get("primaryExecutiveId").asText());
        assertEquals("PROSPECT", onboarded.get("status").asText());
        JsonNode assigned = json(records.get(1).value());
        assertEquals(dana, assigned.get("executiveId").asText());
        assertEquals(true, assigned.get("previousExecutiveId").isNull());
    }

    @Test
    void executivesSeeOnlyTheirClientsManagersTheirTeamsAndComplianceReadsAll() {
        String manager = executive("Mona Manager");
        String report = executive("Ray Report", manager);
        String outsider = executive("Oz Outsider");
        String id = client(uniqueName("Private Co"), report, null);

        asExecutive(report).get("/api/clients/" + id).then().statusCode(200);
        asManager(manager).get("/api/clients/" + id).then().statusCode(200);
        as("compliance-officer").get("/api/clients/" + id).then().statusCode(200);
        asExecutive(outsider).get("/api/clients/" + id).then().statusCode(404).contentType("application/problem+json");
        asManager(outsider).get("/api/clients/" + id).then().statusCode(404);
        Map<String, Object> change = newClient("Hijacked Co");
        change.put("version", 0);
        asExecutive(outsider).body(change).put("/api/clients/" + id).then().statusCode(404);
        as("compliance-officer").body(change).put("/api/clients/" + id).then().statusCode(403);
        as("compliance-officer").body(newClient("Nope")).post("/api/clients").then().statusCode(403);
        asExecutive(outsider).body(Map.of("status", "CLOSED", "version", 0)).post("/api/clients/" + id + "/status").then().statusCode(404);
        given().contentType(ContentType.JSON).get("/api/clients/" + id).then().statusCode(401);

        asExecutive(outsider).queryParam("executiveId", report).get("/api/clients")
                .then().statusCode(200).body("totalItems", equalTo(0));
        asManager(manager).queryParam("executiveId", report).get("/api/clients")
                .then().statusCode(200).body("items.id", contains(id));
        Map<String, Object> forOutsider = newClient(uniqueName("Not Mine"));
        forOutsider.put("primaryExecutiveId", outsider);
        asExecutive(report).body(forOutsider).post("/api/clients").then().statusCode(403);
        asManager(manager).body(forOutsider).post("/api/clients").then().statusCode(403);
    }

    @Test
    void aQueryParameterThatCannotBeReadIsABadRequestNamingIt() {
        as("admin").queryParam("status", "SLEEPING").get("/api/clients").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:validation"))
                .body("errors[0].field", equalTo("status"));
        as("admin").queryParam("executiveId", "not-a-uuid").get("/api/clients").then().statusCode(400)
                .body("errors[0].field", equalTo("executiveId"));
        as("admin").get("/api/clients/not-a-uuid").then().statusCode(404);
    }

    @Test
    void invalidClientsAreProblemsAndWriteNothing() {
        long before = clients();
        as("admin").body(Map.of("legalName", "", "country", "USA", "identifiers", Map.of("lei", "x")))
                .post("/api/clients")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:validation"))
                .body("errors", hasSize(4))
                .body("errors.field", hasItems("legalName", "clientType", "country"));
        as("admin").body("{\"legalName\": \"X\", \"clientType\": \"PARTNERSHIP\", \"country\": \"US\"}").post("/api/clients")
                .then().statusCode(400).body("errors[0].field", equalTo("clientType"));
        Map<String, Object> unknownTier = newClient(uniqueName("Tierless"));
        unknownTier.put("tier", "GOLDEN");
        as("admin").body(unknownTier).post("/api/clients")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:unknown-tier"));
        Map<String, Object> unknownExecutive = newClient(uniqueName("Nobody's"));
        unknownExecutive.put("primaryExecutiveId", UUID.randomUUID().toString());
        as("admin").body(unknownExecutive).post("/api/clients")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:unknown-executive"));
        as("admin").queryParam("sort", "password").get("/api/clients")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
        as("admin").queryParam("status", "HAPPY").get("/api/clients").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        assertEquals(before, clients());
    }

    @Test
    void theLifecycleRunsFromProspectToClosedAndClosedIsFinal() {
        String unassigned = client(uniqueName("Unowned"), null, null);
        as("admin").body(Map.of("status", "ACTIVE", "version", 0)).post("/api/clients/" + unassigned + "/status")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:primary-executive-required"));
        as("admin").body(Map.of("status", "DORMANT", "version", 0)).post("/api/clients/" + unassigned + "/status")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:invalid-status-transition"));

        String dana = executive("Dana Lifecycle");
        String id = client(uniqueName("Lifecycle Inc"), dana, null);
        String[] path = { "ACTIVE", "DORMANT", "ACTIVE", "CLOSED" };
        for (int i = 0; i < path.length; i++) {
            asExecutive(dana).body(Map.of("status", path[i], "effectiveDate", "2026-01-0" + (i + 1), "version", i))
                    .post("/api/clients/" + id + "/status")
                    .then().statusCode(200).body("status", equalTo(path[i])).body("version", equalTo(i + 1));
        }
        as("admin").body(Map.of("status", "ACTIVE", "version", 4)).post("/api/clients/" + id + "/status")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:client-closed"));
        Map<String, Object> change = newClient("Renamed");
        change.put("version", 4);
        as("admin").body(change).put("/api/clients/" + id)
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:client-closed"));
        as("admin").body(Map.of("status", "DORMANT", "effectiveDate", "2999-01-01", "version", 0)).post("/api/clients/" + unassigned + "/status")
                .then().statusCode(422);

        List<ConsumerRecord<String, String>> changes = TopicReader.read(bootstrap, TOPIC,
                r -> id.equals(r.key()) && ClientEvents.STATUS_CHANGED.equals(TopicReader.header(r, "ce_type")), 4, Duration.ofSeconds(30));
        assertEquals(4, changes.size());
        changes.forEach(r -> EventSchemas.assertValid(ClientEvents.STATUS_CHANGED, r.value()));
        assertEquals(List.of("PROSPECT>ACTIVE@2026-01-01", "ACTIVE>DORMANT@2026-01-02", "DORMANT>ACTIVE@2026-01-03", "ACTIVE>CLOSED@2026-01-04"),
                changes.stream().map(r -> json(r.value())).map(p -> p.get("from").asText() + ">" + p.get("to").asText() + "@" + p.get("effectiveDate").asText()).toList());
    }

    @Test
    void changesUseOptimisticLockingAndAreEachPublished() {
        String dana = executive("Dana Change");
        String id = client(uniqueName("Versioned"), dana, null);
        Map<String, Object> change = newClient(uniqueName("Versioned Renamed"));
        change.put("segment", "Enterprise");
        change.put("identifiers", Map.of("TAX_ID", "12-3456789"));
        change.put("version", 0);
        asExecutive(dana).body(change).put("/api/clients/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("segment", equalTo("Enterprise"))
                .body("identifiers", equalTo(Map.of("TAX_ID", "12-3456789")))
                .body("version", equalTo(1));
        asExecutive(dana).body(change).put("/api/clients/" + id)
                .then().statusCode(409)
                .body("type", equalTo("urn:accountable:problem:concurrent-modification"))
                .body("currentVersion", equalTo(1));

        as("sales-manager").body(Map.of("tier", "PRIORITY", "version", 1)).post("/api/clients/" + id + "/tier").then().statusCode(404);
        as("admin").body(Map.of("tier", "PRIORITY", "version", 1)).post("/api/clients/" + id + "/tier")
                .then().statusCode(200).body("tier", equalTo("PRIORITY"));

        List<ConsumerRecord<String, String>> tierChanges = TopicReader.read(bootstrap, TOPIC,
                r -> id.equals(r.key()) && ClientEvents.TIER_CHANGED.equals(TopicReader.header(r, "ce_type")), 1, Duration.ofSeconds(30));
        assertEquals(1, tierChanges.size());
        EventSchemas.assertValid(ClientEvents.TIER_CHANGED, tierChanges.get(0).value());
        assertEquals("STANDARD", json(tierChanges.get(0).value()).get("from").asText());
        assertEquals("PRIORITY", json(tierChanges.get(0).value()).get("to").asText());

        List<ConsumerRecord<String, String>> updates = TopicReader.read(bootstrap, TOPIC,
                r -> id.equals(r.key()) && ClientEvents.UPDATED.equals(TopicReader.header(r, "ce_type")), 2, Duration.ofSeconds(30));
        assertEquals(2, updates.size());
        updates.forEach(r -> EventSchemas.assertValid(ClientEvents.UPDATED, r.value()));
        assertEquals(List.of(1, 2), updates.stream().map(r -> json(r.value()).get("version").asInt()).toList());
    }

    @Test
    void searchFiltersSortsAndPages() {
        String dana = executive("Dana Search");
        String prefix = "Srch" + UUID.randomUUID().toString().substring(0, 6);
        String segment = "Seg-" + UUID.randomUUID();
        for (String suffix : new String[] { " Alpha", " Beta", " Gamma" }) {
            Map<String, Object> body = newClient(prefix + suffix);
            body.put("segment", segment);
            body.put("primaryExecutiveId", dana);
            as("admin").body(body).post("/api/clients").then().statusCode(201);
        }
        String other = client(uniqueName("Other"), dana, "PRIORITY");

        asExecutive(dana).queryParam("name", prefix.toLowerCase()).queryParam("sort", "-legalName").queryParam("size", 2)
                .get("/api/clients")
                .then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("items.legalName", contains(prefix + " Gamma", prefix + " Beta"));
        asExecutive(dana).queryParam("name", prefix).queryParam("sort", "-legalName").queryParam("size", 2).queryParam("page", 1)
                .get("/api/clients")
                .then().statusCode(200).body("items.legalName", contains(prefix + " Alpha"));
        as("compliance-officer").queryParam("segment", segment).queryParam("status", "PROSPECT").get("/api/clients")
                .then().statusCode(200).body("items", hasSize(3));
        asExecutive(dana).queryParam("executiveId", dana).queryParam("tier", "PRIORITY").get("/api/clients")
                .then().statusCode(200).body("items.id", contains(other));
        asExecutive(dana).queryParam("name", "%").queryParam("executiveId", dana).get("/api/clients")
                .then().statusCode(200).body("totalItems", equalTo(0));
        as("admin").body(Map.of("status", "ACTIVE", "version", version(other))).post("/api/clients/" + other + "/status").then().statusCode(200);
        asExecutive(dana).queryParam("executiveId", dana).queryParam("status", "ACTIVE").get("/api/clients")
                .then().statusCode(200).body("items.id", contains(other));
    }

    @Test
    void theApiDocumentsTheClientOperationsTheirProblemsAndFilters() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/clients/{clientId}/assignments'.post.responses.keySet()",
                        hasItems("200", "400", "401", "403", "404", "409", "422", "500"))
                .body("paths.'/api/clients/{clientId}/assignments'.post.operationId", equalTo("assignClient"))
                .body("paths.'/api/clients'.get.parameters.name", hasItems("name", "tier", "segment", "status", "executiveId", "sort", "page", "size"))
                .body("paths.'/api/opportunities/{id}/stage'.post.security", notNullValue())
                .body("paths.'/api/executives/{executiveId}/overdue-clients'.get.operationId", equalTo("listOverdueClients"));
    }

    private static long clients() {
        return QuarkusTransaction.requiringNew().call(() -> Client.count());
    }
}
