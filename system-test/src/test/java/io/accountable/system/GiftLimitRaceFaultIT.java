package io.accountable.system;

import static io.accountable.system.RunningSystem.COMPLIANCE;
import static io.accountable.system.Steps.EVENTUALLY;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.devstack.AtOnce;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Gifts to one recipient sent at the same moment, half through each compliance-service replica: the
 * recipient's lock row is in the one database, so the replicas judge them one at a time and the
 * limit holds to the cent; every refusal names the sum already given correctly.
 */
class GiftLimitRaceFaultIT {

    static final int GIFTS = 16;

    @BeforeAll
    static void onTheReplicatedTopology() {
        RunningSystem.assumeReplicated();
    }

    final RunningSystem system = RunningSystem.get();
    final Steps steps = new Steps(system);

    @Test
    void giftsThroughBothReplicasAtOnceNeverExceedTheLimit() throws Exception {
        Steps.Executive giver = steps.executive(Steps.unique("Rory Race"), null);
        String clientId = steps.corporateClient(Steps.unique("Race Capital"), null, giver);
        String recipient = steps.contact(giver, clientId, Steps.unique("Pat Popular"));
        JsonPath policy = steps.asExecutive(COMPLIANCE, giver).get("/api/policy").then().statusCode(200).extract().jsonPath();
        String today = policy.getString("date");
        BigDecimal limit = new BigDecimal(policy.getString("limit.amount"));
        // An amount that does not divide the limit: the last gift that fits leaves less than one more.
        BigDecimal each = limit.divide(BigDecimal.valueOf(GIFTS / 2), 2, RoundingMode.DOWN).add(new BigDecimal("0.01"));
        int fitting = limit.divide(each, 0, RoundingMode.DOWN).intValueExact();
        // compliance-service learns of the recipient from client-service's events (into the one database both replicas read)
        await().atMost(EVENTUALLY).until(() -> "urn:accountable:problem:gift-over-limit".equals(
                gift(0, giver, recipient, today, limit.add(BigDecimal.ONE)).path("type")));

        List<Response> answers = AtOnce.send(GIFTS, i -> () -> gift(i % 2, giver, recipient, today, each));

        List<Response> accepted = answers.stream().filter(r -> r.statusCode() == 201).toList();
        List<Response> refused = answers.stream().filter(r -> r.statusCode() != 201).toList();
        assertEquals(fitting, accepted.size(), "as many gifts as fit under the limit are recorded, and no more");
        for (Response refusal : refused) {
            assertEquals(422, refusal.statusCode(), refusal.asString());
            assertEquals("urn:accountable:problem:gift-over-limit", refusal.path("type"));
            BigDecimal used = new BigDecimal(refusal.<String>path("used.amount"));
            assertTrue(used.add(each).compareTo(limit) > 0, "a refusal only when the gift would pass the limit: " + refusal.asString());
            assertTrue(used.compareTo(limit) <= 0);
        }
        JsonPath report = system.call(COMPLIANCE, "compliance-officer", "race-officer").queryParam("date", today)
                .get("/api/reports/recipients").then().statusCode(200).extract().jsonPath();
        BigDecimal used = new BigDecimal(report.getString("find { it.recipientId == '" + recipient + "' }.used.amount"));
        assertEquals(each.multiply(BigDecimal.valueOf(fitting)).setScale(2), used.setScale(2), "the recorded sum is the accepted gifts'");
        assertTrue(used.compareTo(limit) <= 0, "the recorded sum never exceeds the limit");
        FaultResults.report("one recipient's gifts through both compliance replicas at once", String.format(
                "%d gifts of USD %s against a USD %s limit: %d recorded (USD %s), %d refused with the sum already given; the limit held to the cent",
                GIFTS, each, limit.setScale(2), accepted.size(), used.setScale(2), refused.size()));
    }

    /** A gift sent to one replica named by number, not in turn: the race needs both at once. */
    private Response gift(int replica, Steps.Executive giver, String recipient, String date, BigDecimal amount) {
        return given().baseUri(system.fleet.uri(COMPLIANCE, replica).toString())
                .auth().oauth2(system.tokens.mint("account-executive", giver.id()))
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("recipients", List.of(Map.of("contactId", recipient)), "giftDate", date, "description", "Race basket",
                        "category", "BUSINESS_GIFT", "cost", Map.of("amount", amount.toPlainString(), "currency", "USD"),
                        "paidBy", "FIRM", "attestation", true))
                .post("/api/gifts");
    }
}
