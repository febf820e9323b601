package io.accountable.system;

import static io.accountable.system.RunningSystem.CLIENT;
import static io.accountable.system.Steps.EVENTUALLY;
import static io.accountable.system.Steps.awaitNotification;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
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
                "accountable.client.contact-overdue.v1", clientId);
        assertTrue(overdue.get("title").toString().contains(legalName), "the title names the client: " + overdue);
        steps.asExecutive(CLIENT, casey).get("/api/executives/" + casey.id() + "/overdue-clients").then().statusCode(200)
                .body("clientId", org.hamcrest.Matchers.hasItem(clientId));

        MimeMessage mail = await().atMost(EVENTUALLY).until(() -> Arrays.stream(system.mail.getReceivedMessages())
                .filter(message -> sentTo(message, casey.email()) && subject(message).contains(legalName))
                .findFirst().orElse(null), java.util.Objects::nonNull);
        assertTrue(subject(mail).contains("overdue"), "the e-mail says what happened: " + subject(mail));
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(recipient -> recipient.toString().contains(address));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
