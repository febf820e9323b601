package io.accountable.compliance.policy;

import static io.accountable.compliance.Fixtures.asCompliance;
import static io.accountable.compliance.Fixtures.asExecutive;
import static io.accountable.compliance.Fixtures.contact;
import static io.accountable.compliance.Fixtures.executive;
import static io.accountable.compliance.Fixtures.gift;
import static io.accountable.compliance.Fixtures.usd;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.accountable.devstack.DevStackTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class RetentionTest {

    @Test
    void giftsAndEntertainmentShowTheirRetentionFromThePolicyInForceOnTheirDate() {
        UUID giver = executive();
        UUID recipient = contact("Employer " + UUID.randomUUID());
        String id = asExecutive(giver).body(gift("2019-02-28", "20.00", recipient)).post("/api/gifts")
                .then().statusCode(201).body("retainUntil", equalTo("2025-02-28")).extract().path("id");
        String correction = asExecutive(giver).body(Map.of("reason", "Receipt shows USD 25", "gift", gift("2020-02-29", "25.00", recipient)))
                .post("/api/gifts/" + id + "/corrections").then().statusCode(201).extract().path("id");
        asCompliance().get("/api/gifts/" + id).then().statusCode(200).body("retainUntil", equalTo("2025-02-28"));
        asExecutive(giver).get("/api/gifts/" + correction + "/history")
                .then().statusCode(200).body("retainUntil", contains("2025-02-28", "2026-02-28"));

        Map<String, Object> event = new HashMap<>();
        event.put("hostAttended", true);
        event.put("attendees", List.of(Map.of("contactId", recipient.toString())));
        event.put("purpose", "Portfolio review");
        event.put("businessRelationship", "Treasury client");
        event.put("venue", "Steakhouse");
        event.put("eventDate", "2021-06-15");
        event.put("totalCost", usd("80.00"));
        String entertainment = asExecutive(giver).body(event).post("/api/entertainment")
                .then().statusCode(201).body("retainUntil", equalTo("2027-06-15")).extract().path("id");
        asCompliance().get("/api/entertainment/" + entertainment).then().statusCode(200).body("retainUntil", equalTo("2027-06-15"));
    }
}
