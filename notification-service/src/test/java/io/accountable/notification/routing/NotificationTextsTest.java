package io.accountable.notification.routing;

import static io.accountable.notification.Fixtures.CLIENT_TOPIC;
import static io.accountable.notification.Fixtures.COMPLIANCE_TOPIC;
import static io.accountable.notification.Fixtures.PATIENCE;
import static io.accountable.notification.Fixtures.QUOTA_TOPIC;
import static io.accountable.notification.Fixtures.emailOf;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.TestEvents;
import io.accountable.notification.Fixtures;
import io.accountable.notification.InjectSmtp;
import io.accountable.notification.Mailbox;
import io.accountable.notification.SmtpTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * What people read, through the inbox API and the e-mail: clients by legal name, executives and
 * contacts by full name (contacts with their employer), amounts with their currency, and a link into
 * the frontend built from ACCOUNTABLE_APP_URL (https://app.example.com/ in the tests).
 */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.GLOBAL)
class NotificationTextsTest {

    /** A UUID standing alone: not inside an "(id …)" that says what it is. */
    private static final Pattern BARE_UUID = Pattern.compile("(?<!\\(id )[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @InjectSmtp
    GreenMail smtp;

    @Test
    void aReassignmentNamesTheClientAndBothExecutivesAndLinksToTheClient() {
        String manager = Fixtures.executive(bootstrap, "Greta Lund", null);
        String previous = Fixtures.executive(bootstrap, "Hal Moreno", manager);
        String next = Fixtures.executive(bootstrap, "Ida Okafor", manager);
        String client = Fixtures.client(bootstrap, "Harbor Freight Partners");
        String eventId = TestEvents.publish(bootstrap, CLIENT_TOPIC, "accountable.client.client-assigned.v1", client, """
                {"clientId": "%s", "executiveId": "%s", "previousExecutiveId": "%s", "effectiveDate": "2026-11-23", "reason": "REBALANCING"}"""
                .formatted(client, next, previous));

        Map<String, Object> notification = inboxItem(next, eventId);
        assertEquals("Harbor Freight Partners now belongs to Ida Okafor", notification.get("title"));
        assertEquals("Harbor Freight Partners was assigned to Ida Okafor (previously Hal Moreno), effective 2026-11-23.\nReason: REBALANCING.",
                notification.get("body"));
        assertEquals("https://app.example.com/clients/" + client, notification.get("link"));

        Map<String, String> mail = awaitMail(previous, "Harbor Freight Partners now belongs to Ida Okafor");
        assertTrue(mail.get("text").contains("(previously Hal Moreno)"), mail.get("text"));
        assertTrue(mail.get("text").contains("Open in Accountable: https://app.example.com/clients/" + client), mail.get("text"));
        assertNoBareIds(notification.get("title") + " " + notification.get("body") + " " + mail.get("subject") + " " + mail.get("text")
                .replace("https://app.example.com/clients/" + client, ""));
    }

    @Test
    void aGiftLimitWarningNamesTheContactWithTheirEmployerAndTheGiversAndFormatsTheAmounts() {
        String first = Fixtures.executive(bootstrap, "Eli Sandoval", null);
        String second = Fixtures.executive(bootstrap, "Fay Whitlock", null);
        String client = Fixtures.client(bootstrap, "Northwind Traders");
        String contact = Fixtures.contact(bootstrap, client, "Jordan Reyes", "Northwind Traders Inc.");
        String eventId = TestEvents.publish(bootstrap, COMPLIANCE_TOPIC, "accountable.compliance.gift-limit-warning.v1", contact, """
                {"recipientId": "%s", "executiveIds": ["%s", "%s"], "windowStart": "2026-01-01", "windowEnd": "2026-12-31",
                 "limit": {"amount": "1500", "currency": "USD"}, "used": {"amount": "1240.5", "currency": "USD"},
                 "remaining": {"amount": "259.50", "currency": "USD"}, "percent": 82}""".formatted(contact, first, second));

        Map<String, Object> notification = inboxItem(first, eventId);
        assertEquals("Gift limit warning: 82% used for Jordan Reyes (Northwind Traders Inc.)", notification.get("title"));
        assertEquals("Gifts to Jordan Reyes (Northwind Traders Inc.) from Eli Sandoval and Fay Whitlock between 2026-01-01 and 2026-12-31 "
                + "total USD 1,240.50 of the USD 1,500.00 limit; USD 259.50 remains.", notification.get("body"));
        assertEquals("https://app.example.com/compliance/recipients/" + contact, notification.get("link"));
        assertNoBareIds(notification.get("title") + " " + notification.get("body"));
    }

    @Test
    void quotaNotificationsNameTheExecutiveToTheirManagerWithTheAmountsInTheirCurrency() {
        String manager = Fixtures.executive(bootstrap, "Mara Quist", null);
        String executive = Fixtures.executive(bootstrap, "Noel Brandt", manager);
        String eventId = TestEvents.publish(bootstrap, QUOTA_TOPIC, "accountable.quota.attainment-threshold-crossed.v1", executive, """
                {"executiveId": "%s", "managerId": "%s", "period": "2026", "thresholdPercent": 100, "attainmentPercent": 104.5,
                 "quota": {"amount": "1000000.00", "currency": "EUR"}, "credited": {"amount": "1045000.00", "currency": "EUR"}}"""
                .formatted(executive, manager));

        Map<String, Object> notification = inboxItem(manager, eventId);
        assertEquals("Noel Brandt passed 100% of quota for 2026", notification.get("title"));
        assertEquals("Noel Brandt has reached 104.5% of quota for 2026: EUR 1,045,000.00 credited against EUR 1,000,000.00.",
                notification.get("body"));
        assertEquals("https://app.example.com/executives/" + executive + "/attainment/2026", notification.get("link"));
    }

    @Test
    void aRenamedClientIsNamedAsItIsNowAndAnOlderEventDoesNotUndoTheRename() {
        String executive = Fixtures.executive(bootstrap, "Olga Varga", null);
        String client = Fixtures.client(bootstrap, "Contoso Ltd");
        String updated = """
                {"clientId": "%s", "legalName": "%s", "clientType": "CORPORATE", "tier": "STANDARD", "segment": "MID_MARKET",
                 "region": "West", "country": "US", "status": "ACTIVE", "primaryExecutiveId": "%s", "version": %d}""";
        TestEvents.publish(bootstrap, CLIENT_TOPIC, "accountable.client.client-updated.v1", client,
                updated.formatted(client, "Contoso Holdings plc", executive, 2));
        TestEvents.publish(bootstrap, CLIENT_TOPIC, "accountable.client.client-updated.v1", client,
                updated.formatted(client, "Contoso Interim Name", executive, 1));
        String eventId = TestEvents.publish(bootstrap, CLIENT_TOPIC, "accountable.client.retention-risk-flagged.v1", client, """
                {"clientId": "%s", "executiveId": "%s", "flag": "HIGH", "reason": "Competitor pitch", "nextReviewDate": "2026-12-01"}"""
                .formatted(client, executive));

        Map<String, Object> notification = inboxItem(executive, eventId);
        assertEquals("Retention risk flagged for Contoso Holdings plc", notification.get("title"));
        assertEquals("Contoso Holdings plc was flagged HIGH for Olga Varga to act on.\nReason: Competitor pitch. Next review: 2026-12-01.",
                notification.get("body"));
    }

    @Test
    void anIdTheReadModelsDoNotKnowYetIsShownWithWhatItIsNeverAlone() {
        String executive = Fixtures.executive(bootstrap, "Pia Lindqvist", null);
        String unknownContact = UUID.randomUUID().toString();
        String eventId = TestEvents.publish(bootstrap, COMPLIANCE_TOPIC, "accountable.compliance.preclearance-decided.v1", executive, """
                {"preclearanceId": "%s", "executiveId": "%s", "recipientId": "%s", "decision": "APPROVED",
                 "valueUsd": {"amount": "95.00", "currency": "USD"}}""".formatted(UUID.randomUUID(), executive, unknownContact));

        Map<String, Object> notification = inboxItem(executive, eventId);
        assertEquals("Pre-clearance APPROVED for a gift of USD 95.00 to an unknown contact (id " + unknownContact + ")",
                notification.get("title"));
        assertTrue(notification.get("body").toString().startsWith("The pre-clearance Pia Lindqvist asked for"), notification.get("body").toString());
        assertNoBareIds(notification.get("title") + " " + notification.get("body"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> inboxItem(String userId, String eventId) {
        return await().atMost(PATIENCE).until(() -> {
            List<Map<String, Object>> items = Fixtures.inboxOf(userId).extract().jsonPath().getList("items");
            List<String> ids = Fixtures.notificationsOf(eventId).stream().filter(n -> n.recipientId.equals(userId)).map(n -> n.id.toString()).toList();
            return items.stream().filter(item -> ids.contains(item.get("id"))).findFirst().orElse(null);
        }, java.util.Objects::nonNull);
    }

    private Map<String, String> awaitMail(String executiveId, String subject) {
        return await().atMost(PATIENCE).until(() -> Mailbox.to(smtp, emailOf(executiveId)).stream()
                .filter(mail -> subject.equals(mail.get("subject"))).findFirst().orElse(null), java.util.Objects::nonNull);
    }

    private static void assertNoBareIds(String text) {
        assertFalse(BARE_UUID.matcher(text).find(), "no id stands alone: " + text);
    }
}
