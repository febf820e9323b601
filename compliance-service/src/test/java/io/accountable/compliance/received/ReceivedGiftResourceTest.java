package io.accountable.compliance.received;

import static io.accountable.compliance.Fixtures.asCompliance;
import static io.accountable.compliance.Fixtures.asExecutive;
import static io.accountable.compliance.Fixtures.executive;
import static io.accountable.compliance.Fixtures.usd;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.compliance.review.ReviewItem;
import io.accountable.compliance.review.ReviewKind;
import io.accountable.devstack.DevStackTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class ReceivedGiftResourceTest {

    @Test
    void aReceivedGiftAboveTheThresholdGoesToReviewAndOnlyItsOwnerAndComplianceSeeIt() {
        UUID executive = executive();
        String small = asExecutive(executive).body(received("100.00")).post("/api/received-gifts")
                .then().statusCode(201).body("aboveThreshold", equalTo(false)).body("executiveId", equalTo(executive.toString()))
                .extract().path("id");
        String large = asExecutive(executive).body(received("100.01")).post("/api/received-gifts")
                .then().statusCode(201).body("aboveThreshold", equalTo(true)).extract().path("id");

        assertEquals(0L, reviewsOf(small));
        assertEquals(1L, reviewsOf(large));
        asExecutive(executive()).get("/api/received-gifts/" + large).then().statusCode(404);
        asCompliance().get("/api/received-gifts/" + large).then().statusCode(200).body("valueUsd.amount", equalTo("100.01"));
        asExecutive(executive).get("/api/received-gifts").then().statusCode(200).body("totalItems", equalTo(2));

        long before = QuarkusTransaction.requiringNew().call(() -> ReceivedGift.count());
        asExecutive(executive).body(Map.of("giverName", "")).post("/api/received-gifts").then().statusCode(400);
        asExecutive(executive).body(Map.of("executiveId", executive().toString(), "receivedDate", "2026-05-04", "giverName", "Pat",
                "giverEmployer", "Globex", "description", "Wine", "estimatedValue", usd("10"))).post("/api/received-gifts")
                .then().statusCode(403);
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> ReceivedGift.count()));
    }

    private static long reviewsOf(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ReviewItem.count("kind = ?1 and subjectId = ?2", ReviewKind.RECEIVED_GIFT,
                UUID.fromString(id)));
    }

    private static Map<String, Object> received(String amount) {
        return Map.of("receivedDate", "2026-05-04", "giverName", "Pat Doe", "giverEmployer", "Globex Corp",
                "description", "Bottle of wine", "estimatedValue", usd(amount));
    }
}
