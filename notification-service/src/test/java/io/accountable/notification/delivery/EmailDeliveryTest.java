package io.accountable.notification.delivery;

import static io.accountable.notification.Fixtures.PATIENCE;
import static io.accountable.notification.Fixtures.QUOTA_TOPIC;
import static io.accountable.notification.Fixtures.emailOf;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.TestEvents;
import com.icegreen.greenmail.util.GreenMail;
import io.accountable.notification.Fixtures;
import io.accountable.notification.InjectSmtp;
import io.accountable.notification.Mailbox;
import io.accountable.notification.SmtpTestResource;
import io.accountable.notification.inbox.Notification;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** E-mail goes out over real SMTP, to a server inside this JVM, rendered from the event type's template. */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.GLOBAL)
class EmailDeliveryTest {

    static final String STATEMENT_ISSUED = "accountable.quota.statement-issued.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @InjectSmtp
    GreenMail smtp;

    @Test
    void anIssuedStatementIsMailedToTheExecutiveAndPutInTheirInbox() {
        String executive = Fixtures.executive(bootstrap, "Ada Brook", null);
        String eventId = TestEvents.publish(bootstrap, QUOTA_TOPIC, STATEMENT_ISSUED, executive, Fixtures.statementIssued(executive, "2026-Q3"));

        await().atMost(PATIENCE).until(() -> Mailbox.to(smtp, emailOf(executive)).size() == 1);
        Map<String, String> mail = Mailbox.to(smtp, emailOf(executive)).get(0);
        assertEquals("Your compensation statement for 2026-Q3 is ready", mail.get("subject"));
        assertEquals("accountable@example.com", mail.get("from"));
        assertTrue(mail.get("text").contains("Your statement for 2026-Q3, Ada Brook, totals USD 18,250.00."), mail.get("text"));
        assertTrue(mail.get("html").contains("<h2>Your compensation statement for 2026-Q3 is ready</h2>"), mail.get("html"));

        List<Delivery> deliveries = Fixtures.deliveriesOf(eventId);
        assertEquals(1, deliveries.size());
        String link = deliveries.get(0).link;
        assertTrue(link.matches("https://app\\.example\\.com/statements/[0-9a-f-]{36}"), link);
        assertTrue(mail.get("text").contains("Open in Accountable: " + link), mail.get("text"));
        assertTrue(mail.get("html").contains("<a href=\"" + link + "\">"), mail.get("html"));
        assertEquals(deliveries.get(0).id.toString(), mail.get("deliveryId"), "the e-mail carries the delivery id");
        await().atMost(PATIENCE).until(() -> Fixtures.deliveriesOf(eventId).get(0).status == DeliveryStatus.DELIVERED);
        Delivery delivered = Fixtures.deliveriesOf(eventId).get(0);
        assertEquals(DeliveryChannel.EMAIL, delivered.channel);
        assertEquals(1, delivered.attempts);

        List<Notification> inApp = Fixtures.notificationsOf(eventId);
        assertEquals(1, inApp.size());
        assertEquals(executive, inApp.get(0).recipientId);
        assertEquals(mail.get("subject"), inApp.get(0).title);
    }

    @Test
    void switchingEmailOffForACategoryStopsTheEmailButNotTheInAppNotification() {
        String executive = Fixtures.executive(bootstrap, "Bo Castell", null);
        given().auth().oauth2(Fixtures.executiveToken(executive))
                .contentType("application/json").body("{\"enabled\": false}")
                .put("/api/notification-preferences/COMPENSATION/EMAIL").then().statusCode(200);

        String muted = TestEvents.publish(bootstrap, QUOTA_TOPIC, STATEMENT_ISSUED, executive, Fixtures.statementIssued(executive, "2026-Q4"));
        String stillMailed = TestEvents.publish(bootstrap, Fixtures.CLIENT_TOPIC, "accountable.client.contact-overdue.v1", executive,
                Fixtures.contactOverdue(executive, UUID.randomUUID().toString()));

        await().atMost(PATIENCE).until(() -> Mailbox.to(smtp, emailOf(executive)).size() == 1);
        assertTrue(Mailbox.to(smtp, emailOf(executive)).get(0).get("subject").startsWith("Contact with "),
                "another category still reaches the executive by e-mail");
        assertEquals(1, Fixtures.notificationsOf(muted).size(), "the in-app notification still arrives");
        assertEquals(0, Fixtures.deliveriesOf(muted).size(), "no e-mail was even recorded");
        assertEquals(1, Fixtures.deliveriesOf(stillMailed).size());
        Fixtures.inboxOf(executive).body("items", hasSize(3)); // the welcome, the statement and the overdue contact
    }
}
