package io.accountable.client.product;

import static io.accountable.client.Fixtures.TOPIC;
import static io.accountable.client.Fixtures.as;
import static io.accountable.client.Fixtures.asExecutive;
import static io.accountable.client.Fixtures.asManager;
import static io.accountable.client.Fixtures.client;
import static io.accountable.client.Fixtures.executive;
import static io.accountable.client.Fixtures.holds;
import static io.accountable.client.Fixtures.json;
import static io.accountable.client.Fixtures.product;
import static io.accountable.client.Fixtures.uniqueName;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
class ProductResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    FirmCalendar calendar;

    @Test
    void adminsKeepTheCatalogueEffectiveDatedAndEveryoneReadsIt() {
        String code = "FX" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        String line = uniqueName("FX");
        as("admin").body(Map.of("code", code, "name", "FX forwards", "productLine", line, "effectiveFrom", "2026-01-01"))
                .post("/api/products").then().statusCode(201)
                .header("Location", endsWith("/api/products/" + code))
                .body("active", equalTo(true)).body("effectiveTo", nullValue()).body("offeredToday", equalTo(true)).body("version", equalTo(0));
        as("account-executive", UUID.randomUUID().toString()).get("/api/products?productLine=" + line).then().statusCode(200)
                .body("code", containsInAnyOrder(code));
        as("compliance-officer").get("/api/products/" + code).then().statusCode(200).body("name", equalTo("FX forwards"));

        Map<String, Object> withdrawn = Map.of("name", "FX forwards", "productLine", line, "effectiveFrom", "2026-01-01",
                "effectiveTo", calendar.today().toString(), "active", true, "version", 0);
        as("admin").body(withdrawn).put("/api/products/" + code).then().statusCode(200)
                .body("offeredToday", equalTo(false)).body("version", equalTo(1));
        as("admin").body(withdrawn).put("/api/products/" + code).then().statusCode(409)
                .body("type", equalTo("urn:accountable:problem:concurrent-modification"));
        as("admin").get("/api/products?productLine=" + line + "&active=false").then().statusCode(200).body("code", not(hasItem(code)));
    }

    @Test
    void badCatalogueInputIsAProblemAndChangesNothing() {
        String line = uniqueName("Bad line");
        as("admin").body(Map.of("code", "lower case", "name", "", "productLine", line)).post("/api/products").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", containsInAnyOrder("code", "name"));
        as("admin").body(Map.of("code", "BACKWARDS1", "name", "Backwards", "productLine", line, "effectiveFrom", "2026-06-01",
                "effectiveTo", "2026-06-01")).post("/api/products").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:effective-dates-out-of-order"));
        as("account-executive", UUID.randomUUID().toString()).body(Map.of("code", "SNEAKY1", "name", "Sneaky", "productLine", line))
                .post("/api/products").then().statusCode(403).contentType("application/problem+json");
        as("admin").get("/api/products?productLine=" + line).then().statusCode(200).body("size()", equalTo(0));
        String taken = product(line);
        as("admin").body(Map.of("code", taken, "name", "Again", "productLine", line)).post("/api/products").then().statusCode(409)
                .body("type", equalTo("urn:accountable:problem:product-exists"));
        as("admin").get("/api/products/NO_SUCH_PRODUCT").then().statusCode(404);
    }

    @Test
    void aProductIsOpenedAndClosedOnceAndAClosedOneIsNeverReopened() {
        String dana = executive("Dana Holder");
        String clientId = client(uniqueName("Holder Co"), dana, null);
        String custody = product("Custody");
        String today = calendar.today().toString();

        asExecutive(dana).body(Map.of("productCode", custody, "openedOn", "2026-03-02")).post("/api/clients/" + clientId + "/products")
                .then().statusCode(201)
                .header("Location", endsWith("/api/clients/" + clientId + "/products/" + custody))
                .body("status", equalTo("OPEN")).body("openedOn", equalTo("2026-03-02")).body("productLine", equalTo("Custody"))
                .body("opportunityId", nullValue()).body("closedOn", nullValue());
        asExecutive(dana).body(Map.of("productCode", custody)).post("/api/clients/" + clientId + "/products").then().statusCode(409)
                .body("type", equalTo("urn:accountable:problem:product-held"));
        asExecutive(dana).body(Map.of("reason", "Moved custody elsewhere", "closedOn", "2026-03-01", "version", 0))
                .post("/api/clients/" + clientId + "/products/" + custody + "/closure").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:closing-before-opening"));
        asExecutive(dana).body(Map.of("reason", "Moved custody elsewhere", "version", 0))
                .post("/api/clients/" + clientId + "/products/" + custody + "/closure").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedOn", equalTo(today)).body("closeReason", equalTo("Moved custody elsewhere"));
        asExecutive(dana).body(Map.of("reason", "Again", "version", 1))
                .post("/api/clients/" + clientId + "/products/" + custody + "/closure").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:accountable:problem:holding-closed"));
        asExecutive(dana).body(Map.of("productCode", custody)).post("/api/clients/" + clientId + "/products").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:product-closed")).body("closedOn", equalTo(today));
        asExecutive(dana).get("/api/clients/" + clientId + "/products?status=CLOSED").then().statusCode(200)
                .body("productCode", containsInAnyOrder(custody));
        asExecutive(dana).get("/api/clients/" + clientId + "/products?status=OPEN").then().statusCode(200).body("size()", equalTo(0));

        List<ConsumerRecord<String, String>> events = TopicReader.read(bootstrap, TOPIC,
                r -> clientId.equals(r.key()) && TopicReader.header(r, "ce_type").contains(".product-"), 2, Duration.ofSeconds(30));
        assertEquals(List.of(ProductEvents.OPENED, ProductEvents.CLOSED), events.stream().map(r -> TopicReader.header(r, "ce_type")).toList());
        events.forEach(r -> EventSchemas.assertValid(TopicReader.header(r, "ce_type"), r.value()));
        JsonNode closed = json(events.get(1).value());
        assertEquals(custody, closed.get("productCode").asText());
        assertEquals(dana, closed.get("executiveId").asText());
        assertEquals("2026-03-02", closed.get("openedOn").asText());
        assertEquals(today, closed.get("closedOn").asText());
    }

    @Test
    void badHoldingsAreProblemsAndChangeNothing() {
        String dana = executive("Dana Bad Holding");
        String clientId = client(uniqueName("Bad Holding Co"), dana, null);
        String line = uniqueName("Line");
        String withdrawn = product(line);
        as("admin").body(Map.of("name", "Withdrawn", "productLine", line, "effectiveFrom", "2020-01-01", "active", false, "version", 0))
                .put("/api/products/" + withdrawn).then().statusCode(200);
        long before = holdings();
        asExecutive(dana).body(Map.of("productCode", "")).post("/api/clients/" + clientId + "/products").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("productCode"));
        asExecutive(dana).body(Map.of("productCode", "NO_SUCH_PRODUCT")).post("/api/clients/" + clientId + "/products").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:unknown-product")).body("productCodes", containsInAnyOrder("NO_SUCH_PRODUCT"));
        asExecutive(dana).body(Map.of("productCode", withdrawn)).post("/api/clients/" + clientId + "/products").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:product-not-offered"));
        asExecutive(dana).body(Map.of("productCode", product(line), "openedOn", calendar.today().plusDays(1).toString()))
                .post("/api/clients/" + clientId + "/products").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:future-opening-date"));
        asExecutive(dana).body(Map.of("reason", "x", "version", 0)).post("/api/clients/" + clientId + "/products/" + withdrawn + "/closure")
                .then().statusCode(404).contentType("application/problem+json");
        assertEquals(before, holdings());
    }

    @Test
    void theExecutiveTheirManagerAndAdminsRecordHoldingsComplianceReadsThemOthersSeeNothing() {
        String manager = executive("Mia Holdings");
        String dana = executive("Dana Holdings", manager);
        String clientId = client(uniqueName("Seen Co"), dana, null);
        String custody = product("Custody");
        String fx = product("FX");
        asManager(manager).body(Map.of("productCode", custody)).post("/api/clients/" + clientId + "/products").then().statusCode(201);
        as("admin").body(Map.of("productCode", fx)).post("/api/clients/" + clientId + "/products").then().statusCode(201);
        as("compliance-officer").get("/api/clients/" + clientId + "/products").then().statusCode(200)
                .body("productCode", containsInAnyOrder(custody, fx));
        as("compliance-officer").body(Map.of("productCode", product("Advisory"))).post("/api/clients/" + clientId + "/products")
                .then().statusCode(403);
        String eve = executive("Eve Holdings");
        asExecutive(eve).get("/api/clients/" + clientId + "/products").then().statusCode(404);
        asExecutive(eve).get("/api/clients/" + clientId + "/products/" + custody).then().statusCode(404);
        asExecutive(eve).body(Map.of("reason", "x", "version", 0)).post("/api/clients/" + clientId + "/products/" + custody + "/closure")
                .then().statusCode(404);
        asExecutive(dana).get("/api/clients/" + clientId + "/products/" + custody).then().statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void aWonOpportunityOpensTheProductsItSellsThatTheClientDoesNotHoldYet() {
        String dana = executive("Dana Seller");
        String clientId = client(uniqueName("Won Products Co"), dana, null);
        String treasury = product("Treasury management");
        String held = product("Custody");
        holds(clientId, held);
        Map<String, Object> deal = new HashMap<>(Map.of("productLine", "Treasury management", "productCodes", List.of(treasury, held),
                "amount", Map.of("amount", "50000", "currency", "USD"), "expectedCloseDate", "2026-12-15", "probability", 60));
        String opportunityId = asExecutive(dana).body(deal).post("/api/clients/" + clientId + "/opportunities").then().statusCode(201)
                .body("productCodes", containsInAnyOrder(treasury, held)).extract().path("id");
        asExecutive(dana).body(Map.of("stage", "WON", "closeDate", "2026-11-20", "version", 0)).post("/api/opportunities/" + opportunityId + "/stage")
                .then().statusCode(200);

        asExecutive(dana).get("/api/clients/" + clientId + "/products/" + treasury).then().statusCode(200)
                .body("opportunityId", equalTo(opportunityId)).body("openedOn", equalTo("2026-11-20"));
        asExecutive(dana).get("/api/clients/" + clientId + "/products/" + held).then().statusCode(200).body("opportunityId", nullValue());
        List<ConsumerRecord<String, String>> opened = TopicReader.read(bootstrap, TOPIC,
                r -> clientId.equals(r.key()) && ProductEvents.OPENED.equals(TopicReader.header(r, "ce_type")), 3, Duration.ofSeconds(10));
        assertEquals(2, opened.size(), "the product held before and the one the win opened");
        EventSchemas.assertValid(ProductEvents.OPENED, opened.get(1).value());
        assertEquals(opportunityId, json(opened.get(1).value()).get("opportunityId").asText());

        Map<String, Object> unknown = new HashMap<>(deal);
        unknown.put("productCodes", List.of("NO_SUCH_PRODUCT"));
        asExecutive(dana).body(unknown).post("/api/clients/" + clientId + "/opportunities").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:unknown-product"));
    }

    private static long holdings() {
        return QuarkusTransaction.requiringNew().call(() -> ProductHolding.count());
    }
}
