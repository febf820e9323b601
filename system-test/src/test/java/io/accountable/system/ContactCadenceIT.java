package io.accountable.system;

import static io.accountable.system.RunningSystem.CLIENT;
import static io.accountable.system.Steps.awaitNotification;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A corporate client whose contact cadence lapses: the executive finds out from the inbox and by e-mail. */
class ContactCadenceIT {

    final RunningSystem system = RunningSystem.get();
    final Steps steps = new Steps(system);

    @Test
    void aLapsedCadenceReachesTheExecutivesInboxAndMailbox() {
        Steps.Executive manager = steps.executive(Steps.unique("Morgan Lead"), null);
        Steps.Executive casey = steps.executive(Steps.unique("Casey Cadence"), manager);

        String tier = "WEEKLY" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        system.asAdmin(CLIENT).body(Map.of("code", tier, "name", "Weekly touch", "cadenceDays", 7)).post("/api/tiers")
                .then().statusCode(201);
        String legalName = Steps.unique("Harbor Freight Partners");
        String clientId = steps.corporateClient(legalName, tier, casey);
        steps.activate(clientId);
        String cfo = steps.contact(casey, clientId, Steps.unique("Jordan Reyes"));
        steps.contact(casey, clientId, Steps.unique("Avery Chen"));

        Instant twentyDaysAgo = Instant.now().minus(20, ChronoUnit.DAYS);
        steps.asExecutive(CLIENT, casey)
                .body(Map.of("kind", "MEETING", "occurredAt", twentyDaysAgo.toString(), "summary", "Annual review", "contactIds", List.of(cfo)))
                .post("/api/clients/" + clientId + "/interactions").then().statusCode(201);
        steps.asExecutive(CLIENT, casey)
                .body(Map.of("kind", "CALL", "occurredAt", twentyDaysAgo.plus(1, ChronoUnit.DAYS).toString(), "summary", "Follow-up on pricing"))
                .post("/api/clients/" + clientId + "/interactions").then().statusCode(201);

        Map<String, Object> overdue = awaitNotification(() -> steps.inboxOf("account-executive", casey.id()),
                "accountable.client.contact-overdue.v1", legalName);
        assertTrue(overdue.get("title").toString().contains(legalName), "the title names the client: " + overdue);
        steps.asExecutive(CLIENT, casey).get("/api/executives/" + casey.id() + "/overdue-clients").then().statusCode(200)
                .body("clientId", org.hamcrest.Matchers.hasItem(clientId));

        assertTrue(overdue.get("body").toString().contains(casey.fullName()), "the body names the executive: " + overdue);
        assertEquals(RunningSystem.APP_URL + "/clients/" + clientId, overdue.get("link"));

        String mail = steps.awaitMail(casey.email(), "Contact with " + legalName);
        assertTrue(mail.contains("Contact with " + legalName + " is overdue"), "the e-mail says what happened to which client: " + mail);
        assertTrue(mail.contains(casey.fullName()), "the e-mail names the executive: " + mail);
        assertTrue(mail.contains("Open in Accountable: " + RunningSystem.APP_URL + "/clients/" + clientId), "the e-mail links to the client: " + mail);
    }
}
