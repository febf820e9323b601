package io.accountable.system;

import static io.accountable.system.RunningSystem.CLIENT;
import static io.accountable.system.Steps.awaitNotification;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A contact answers a survey below the tier's floor: the executive and their manager find out from the inbox. */
class SatisfactionDropIT {

    final RunningSystem system = RunningSystem.get();
    final Steps steps = new Steps(system);

    @Test
    void aSatisfactionDropReachesTheExecutiveAndTheirManager() {
        Steps.Executive manager = steps.executive(Steps.unique("Riley Lead"), null);
        Steps.Executive sam = steps.executive(Steps.unique("Sam Survey"), manager);

        String tier = "CSAT" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        system.asAdmin(CLIENT).body(Map.of("code", tier, "name", "Watched closely", "cadenceDays", 90, "csatFloor", 4))
                .post("/api/tiers").then().statusCode(201);
        String legalName = Steps.unique("Lakeside Mills");
        String clientId = steps.corporateClient(legalName, tier, sam);
        steps.activate(clientId);
        String treasurer = steps.contact(sam, clientId, Steps.unique("Quinn Ortiz"));

        String answerId = steps.asExecutive(CLIENT, sam)
                .body(Map.of("survey", "Quarterly service survey", "scale", "CSAT", "score", 2, "answeredOn", LocalDate.now().minusDays(1).toString(),
                        "contactId", treasurer))
                .post("/api/clients/" + clientId + "/survey-answers").then().statusCode(201).extract().path("id");
        steps.asExecutive(CLIENT, sam).get("/api/clients/" + clientId + "/satisfaction").then().statusCode(200)
                .body("scales.find { it.scale == 'CSAT' }.latest.id", equalTo(answerId))
                .body("scales.find { it.scale == 'CSAT' }.belowFloor", equalTo(true));

        Map<String, Object> dropped = awaitNotification(() -> steps.inboxOf("account-executive", sam.id()),
                "accountable.client.satisfaction-dropped.v1", legalName);
        assertEquals("Satisfaction dropped at " + legalName + ": CSAT 2", dropped.get("title"));
        assertTrue(dropped.get("body").toString().contains("below the " + tier + " tier's floor of 4"), "the body says why: " + dropped);
        assertEquals(RunningSystem.APP_URL + "/clients/" + clientId, dropped.get("link"));

        Map<String, Object> toManager = awaitNotification(() -> steps.inboxOf("sales-manager", manager.id()),
                "accountable.client.satisfaction-dropped.v1", legalName);
        assertEquals(dropped.get("title"), toManager.get("title"));
    }
}
