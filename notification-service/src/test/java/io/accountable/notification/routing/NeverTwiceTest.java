package io.accountable.notification.routing;

import static io.accountable.notification.Fixtures.COMPLIANCE_TOPIC;
import static io.accountable.notification.Fixtures.PATIENCE;
import static io.accountable.notification.Fixtures.emailOf;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpServer;
import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.TestEvents;
import io.accountable.notification.Fixtures;
import io.accountable.notification.InjectSmtp;
import io.accountable.notification.Mailbox;
import io.accountable.notification.SmtpTestResource;
import io.accountable.notification.delivery.Delivery;
import io.accountable.notification.delivery.DeliveryChannel;
import io.accountable.notification.delivery.DeliveryStatus;
import io.accountable.notification.inbox.Notification;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A duplicated event gives one notification, one e-mail and one webhook call per person and subscription. */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.GLOBAL)
class NeverTwiceTest {

    static final String WARNING = "accountable.compliance.gift-limit-warning.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @InjectSmtp
    GreenMail smtp;

    @Test
    void aDuplicatedEventNotifiesMailsAndCallsOnce() throws IOException {
        List<String> bodies = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String subscription = given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON)
                    .body(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks", "eventTypes", List.of(WARNING),
                            "secret", "whsec_" + UUID.randomUUID()))
                    .post("/api/webhook-subscriptions").then().statusCode(201).extract().path("id");
            String executive = Fixtures.executive(bootstrap, "Dee Duplicate", null);
            String recipient = UUID.randomUUID().toString();
            String eventId = UUID.randomUUID().toString();
            Map<String, String> headers = TestEvents.cloudEvent(eventId, WARNING, "/accountable/compliance-service", recipient);
            TestEvents.send(bootstrap, COMPLIANCE_TOPIC, recipient, headers, Fixtures.giftLimitWarning(recipient, executive));
            TestEvents.send(bootstrap, COMPLIANCE_TOPIC, recipient, headers, Fixtures.giftLimitWarning(recipient, executive));
            // A later event on the same key: once it is through, both copies before it have been consumed.
            String marker = TestEvents.publish(bootstrap, COMPLIANCE_TOPIC, WARNING, recipient, Fixtures.giftLimitWarning(recipient, executive));

            await().atMost(PATIENCE).until(() -> Fixtures.deliveriesOf(marker).stream()
                    .filter(delivery -> delivery.status == DeliveryStatus.DELIVERED).count() >= 2);
            await().atMost(PATIENCE).until(() -> Fixtures.deliveriesOf(eventId).stream()
                    .allMatch(delivery -> delivery.status == DeliveryStatus.DELIVERED));

            List<Notification> notifications = Fixtures.notificationsOf(eventId);
            assertEquals(1, notifications.stream().filter(n -> n.recipientId.equals(executive)).count(), "one notification");
            List<Delivery> deliveries = Fixtures.deliveriesOf(eventId);
            assertEquals(1, deliveries.stream().filter(d -> d.channel == DeliveryChannel.EMAIL && d.target.equals(executive)).count());
            assertEquals(1, deliveries.stream().filter(d -> d.channel == DeliveryChannel.WEBHOOK && d.target.equals(subscription)).count());
            String mailedDelivery = deliveries.stream().filter(d -> d.target.equals(executive)).findFirst().orElseThrow().id.toString();
            assertEquals(1, Mailbox.to(smtp, emailOf(executive)).stream().filter(mail -> mail.get("deliveryId").equals(mailedDelivery)).count(),
                    "one e-mail");
            assertEquals(2, Mailbox.to(smtp, emailOf(executive)).size(), "the event's and the marker's");
            assertEquals(1, bodies.stream().filter(body -> body.contains("\"id\":\"" + eventId + "\"")).count(), "one webhook call");
            Fixtures.deactivateWebhook(subscription);
        } finally {
            receiver.stop(0);
        }
    }
}
