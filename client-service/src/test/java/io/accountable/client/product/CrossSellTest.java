package io.accountable.client.product;

import static io.accountable.client.Fixtures.as;
import static io.accountable.client.Fixtures.asExecutive;
import static io.accountable.client.Fixtures.asManager;
import static io.accountable.client.Fixtures.executive;
import static io.accountable.client.Fixtures.holds;
import static io.accountable.client.Fixtures.newClient;
import static io.accountable.client.Fixtures.product;
import static io.accountable.client.Fixtures.uniqueName;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.accountable.devstack.DevStackTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The ranking on a worked example. Segment S has six clients: Dana's Alpha and Foxtrot, and B, C, D,
 * E held elsewhere. Open holdings: P1 by B, C, D, E (4); P2 by Alpha, B, C (3); P3 by B, E (2); P4
 * only by D, who closed it (0). Foxtrot closed P1. So Alpha, holding P2, is offered P1 (4 of 6, 67 %)
 * then P3 (2 of 6, 33 %); Foxtrot, which cannot reopen P1, P2 (3 of 6, 50 %) then P3. Dana's client
 * in a segment of its own has no peers and so no suggestions.
 */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class CrossSellTest {

    static String client(String legalName, String executiveId, String segment) {
        Map<String, Object> body = newClient(legalName);
        body.put("segment", segment);
        if (executiveId != null) {
            body.put("primaryExecutiveId", executiveId);
        }
        return as("admin").body(body).post("/api/clients").then().statusCode(201).extract().path("id");
    }

    static void closes(String clientId, String productCode) {
        as("admin").body(Map.of("reason", "Gave it up", "version", 0)).post("/api/clients/" + clientId + "/products/" + productCode + "/closure")
                .then().statusCode(200);
    }

    @Test
    void eachClientIsOfferedWhatItsSegmentHoldsMostAndItDoesNot() {
        String manager = executive("Mia Cross");
        String dana = executive("Dana Cross", manager);
        String other = executive("Oscar Cross");
        String segment = uniqueName("Segment");
        String line1 = uniqueName("Line one");
        String line2 = uniqueName("Line two");
        String p1 = product(line1);
        String p2 = product(line1);
        String p3 = product(line2);
        String p4 = product(line2);

        String alpha = client(uniqueName("Alpha"), dana, segment);
        String foxtrot = client(uniqueName("Foxtrot"), dana, segment);
        client(uniqueName("Loner"), dana, uniqueName("Segment of one"));
        String b = client(uniqueName("Bravo"), other, segment);
        String c = client(uniqueName("Charlie"), other, segment);
        String d = client(uniqueName("Delta"), null, segment);
        String e = client(uniqueName("Echo"), other, segment);
        holds(b, p1);
        holds(c, p1);
        holds(d, p1);
        holds(e, p1);
        holds(alpha, p2);
        holds(b, p2);
        holds(c, p2);
        holds(b, p3);
        holds(e, p3);
        holds(d, p4);
        closes(d, p4);
        holds(foxtrot, p1);
        closes(foxtrot, p1);

        asExecutive(dana).get("/api/executives/" + dana + "/cross-sell").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.clientId", contains(alpha, foxtrot))
                .body("items[0].segment", equalTo(segment))
                .body("items[0].suggestions.productCode", contains(p1, p3))
                .body("items[0].suggestions.holders", contains(4, 2))
                .body("items[0].suggestions.segmentClients", contains(6, 6))
                .body("items[0].suggestions.sharePercent", contains(67, 33))
                .body("items[0].suggestions[0].productLine", equalTo(line1))
                .body("items[1].suggestions.productCode", contains(p2, p3))
                .body("items[1].suggestions.holders", contains(3, 2))
                .body("items[1].suggestions.sharePercent", contains(50, 33));

        asExecutive(dana).get("/api/executives/" + dana + "/cross-sell?productLine=" + line2).then().statusCode(200)
                .body("items.clientId", contains(alpha, foxtrot))
                .body("items[0].suggestions.productCode", contains(p3))
                .body("items[1].suggestions.productCode", contains(p3));
        asExecutive(dana).get("/api/executives/" + dana + "/cross-sell?size=1&page=1").then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(1)).body("totalItems", equalTo(2)).body("totalPages", equalTo(2))
                .body("items.clientId", contains(foxtrot));

        asManager(manager).get("/api/executives/" + dana + "/cross-sell").then().statusCode(200).body("totalItems", equalTo(2));
        as("compliance-officer").get("/api/executives/" + dana + "/cross-sell").then().statusCode(200).body("totalItems", equalTo(2));
        asExecutive(other).get("/api/executives/" + dana + "/cross-sell").then().statusCode(404).contentType("application/problem+json");
        asManager(manager).get("/api/executives/" + other + "/cross-sell").then().statusCode(404);
        as("admin").get("/api/executives/" + UUID.randomUUID() + "/cross-sell").then().statusCode(404);
        asExecutive(dana).get("/api/executives/" + dana + "/cross-sell?size=0").then().statusCode(400).contentType("application/problem+json");
    }
}
