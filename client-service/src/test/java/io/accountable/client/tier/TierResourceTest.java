package io.accountable.client.tier;

import static io.accountable.client.Fixtures.TOPIC;
import static io.accountable.client.Fixtures.as;
import static io.accountable.client.Fixtures.client;
import static io.accountable.client.Fixtures.executive;
import static io.accountable.client.Fixtures.json;
import static io.accountable.client.Fixtures.newClient;
import static io.accountable.client.Fixtures.tier;
import static io.accountable.client.Fixtures.uniqueName;
import static io.accountable.client.Fixtures.version;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.client.client.Client;
import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.EventSchemas;
import io.accountable.devstack.TopicReader;
import io.accountable.platform.time.FirmCalendar;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class TierResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    FirmCalendar calendar;

    @Test
    void theDefaultTiersAreSeededWithTheirCadence() {
        as("account-executive").get("/api/tiers")
                .then().statusCode(200)
                .body("code", hasItems("KEY", "PRIORITY", "STANDARD"));
        as("compliance-officer").get("/api/tiers/KEY").then().statusCode(200).body("cadenceDays", equalTo(30));
        as("admin").get("/api/tiers/PRIORITY").then().statusCode(200).body("cadenceDays", equalTo(60));
        as("admin").get("/api/tiers/STANDARD").then().statusCode(200).body("cadenceDays", equalTo(90))
                .body("maxClientsPerExecutive", equalTo(null));
        as("admin").get("/api/tiers/NOPE").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void adminCreatesAndChangesATierWithOptimisticLockingAndEachChangeIsPublished() {
        String code = tier(5);
        as("admin").body(Map.of("name", "Gold", "cadenceDays", 45, "maxClientsPerExecutive", 3, "version", 0))
                .put("/api/tiers/" + code)
                .then().statusCode(200)
                .body("cadenceDays", equalTo(45))
                .body("maxClientsPerExecutive", equalTo(3))
                .body("version", equalTo(1));
        as("admin").body(Map.of("name", "Gold", "cadenceDays", 40, "version", 0))
                .put("/api/tiers/" + code)
                .then().statusCode(409)
                .body("type", equalTo("urn:accountable:problem:concurrent-modification"));
        as("admin").body(Map.of("code", code, "name", "Again", "cadenceDays", 10)).post("/api/tiers")
                .then().statusCode(409).body("type", equalTo("urn:accountable:problem:tier-exists"));

        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, TOPIC, r -> code.equals(r.key()), 2, Duration.ofSeconds(30));
        assertEquals(2, records.size());
        records.forEach(r -> EventSchemas.assertValid(TierEvents.CONFIGURED, r.value()));
        assertEquals(45, json(records.get(1).value()).get("cadenceDays").asInt());
        assertEquals(3, json(records.get(1).value()).get("maxClientsPerExecutive").asInt());
    }

    @Test
    void invalidTiersAreProblemsAndWriteNothing() {
        long before = tiers();
        as("admin").body(Map.of("code", "lower case", "name", "", "cadenceDays", 0, "maxClientsPerExecutive", -1))
                .post("/api/tiers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("code", "name", "cadenceDays", "maxClientsPerExecutive"));
        as("admin").body("{\"code\": \"OK\", \"name\": \"x\", \"cadenceDays\": \"often\"}").post("/api/tiers")
                .then().statusCode(400).body("errors[0].field", equalTo("cadenceDays"));
        as("admin").body(Map.of("name", "x", "cadenceDays", 10)).put("/api/tiers/KEY")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("version"));
        assertEquals(before, tiers());
    }

    @Test
    void onlyAdminsConfigureTiers() {
        given().contentType(ContentType.JSON).get("/api/tiers").then().statusCode(401);
        as("sales-manager").body(Map.of("code", "NEWONE", "name", "x", "cadenceDays", 10)).post("/api/tiers")
                .then().statusCode(403).contentType("application/problem+json");
        as("account-executive").body(Map.of("name", "x", "cadenceDays", 10, "version", 0)).put("/api/tiers/STANDARD")
                .then().statusCode(403);
    }

    @Test
    void anExecutiveCannotHoldMoreClientsOfATierThanItsLimit() {
        String capped = tier(1);
        String dana = executive("Dana Cap");
        String first = client(uniqueName("Capped One"), dana, capped);

        long before = QuarkusTransaction.requiringNew().call(() -> Client.count());
        Map<String, Object> second = newClient(uniqueName("Capped Two"));
        second.put("tier", capped);
        second.put("primaryExecutiveId", dana);
        as("admin").body(second).post("/api/clients")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:tier-limit-exceeded"))
                .body("tier", equalTo(capped))
                .body("limit", equalTo(1))
                .body("used", equalTo(1))
                .body("remaining", equalTo(0));
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> Client.count()));

        String standard = client(uniqueName("Standard One"), dana, null);
        as("admin").body(Map.of("tier", capped, "version", version(standard))).post("/api/clients/" + standard + "/tier")
                .then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:tier-limit-exceeded"))
                .body("limit", equalTo(1));
        as("admin").get("/api/clients/" + standard).then().body("tier", equalTo("STANDARD"));

        String eli = executive("Eli Cap");
        String elis = client(uniqueName("Capped Eli"), eli, capped);
        as("admin").body(Map.of("executiveId", dana, "effectiveDate", calendar.today().toString(),
                "reason", "Coverage", "version", version(elis))).post("/api/clients/" + elis + "/assignments")
                .then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:tier-limit-exceeded"));

        as("admin").body(Map.of("status", "CLOSED", "version", version(first))).post("/api/clients/" + first + "/status")
                .then().statusCode(200);
        as("admin").body(second).post("/api/clients").then().statusCode(201)
                .body("tier", equalTo(capped));
    }

    private static long tiers() {
        return as("admin").get("/api/tiers").then().statusCode(200).extract().jsonPath().getList("code").size();
    }
}
