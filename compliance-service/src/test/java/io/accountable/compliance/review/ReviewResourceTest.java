package io.accountable.compliance.review;

import static io.accountable.compliance.Fixtures.as;
import static io.accountable.compliance.Fixtures.asCompliance;
import static io.accountable.compliance.Fixtures.asExecutive;
import static io.accountable.compliance.Fixtures.executive;
import static io.accountable.compliance.Fixtures.gift;
import static io.accountable.compliance.Fixtures.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.accountable.devstack.DevStackTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class ReviewResourceTest {

    @Test
    void complianceDecidesAnOpenItemOnceWithAComment() {
        UUID giver = executive();
        String giftId = asExecutive(giver).body(with(gift("2026-09-01", "20.00"), "recipients",
                List.of(Map.of("fullName", "Russ Hanneman", "employerName", "RH " + UUID.randomUUID())))).post("/api/gifts")
                .then().statusCode(201).extract().path("id");
        String id = QuarkusTransaction.requiringNew().call(() -> ReviewItem.<ReviewItem>find("subjectId", UUID.fromString(giftId))
                .firstResult().id.toString());

        asCompliance().queryParam("status", "OPEN").queryParam("kind", "UNLISTED_RECIPIENT").queryParam("size", 200).get("/api/reviews")
                .then().statusCode(200).body("items.id", hasItem(id));
        asExecutive(giver).get("/api/reviews").then().statusCode(403);
        asCompliance().body(Map.of("decision", "MAYBE")).post("/api/reviews/" + id + "/decision").then().statusCode(400);
        asCompliance().body(Map.of("decision", "APPROVED", "comment", " ")).post("/api/reviews/" + id + "/decision").then().statusCode(400);
        as("compliance-officer", "officer-1").body(Map.of("decision", "APPROVED", "comment", "Known banker at the client"))
                .post("/api/reviews/" + id + "/decision")
                .then().statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decidedBy", equalTo("officer-1"))
                .body("comment", equalTo("Known banker at the client"));
        asCompliance().body(Map.of("decision", "REJECTED", "comment", "Second thoughts")).post("/api/reviews/" + id + "/decision")
                .then().statusCode(409).contentType("application/problem+json");
        asCompliance().get("/api/reviews/" + id).then().statusCode(200).body("decision", equalTo("APPROVED"));
        asCompliance().get("/api/reviews/" + UUID.randomUUID()).then().statusCode(404);
    }
}
