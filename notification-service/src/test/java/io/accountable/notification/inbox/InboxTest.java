package io.accountable.notification.inbox;

import static io.accountable.notification.Fixtures.CLIENT_TOPIC;
import static io.accountable.notification.Fixtures.PATIENCE;
import static io.accountable.notification.Fixtures.executiveToken;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.TestEvents;
import io.accountable.notification.Fixtures;
import io.accountable.notification.SmtpTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The caller's own inbox: paging, unread filter and count, marking read, and the live stream. */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.GLOBAL)
class InboxTest {

    static final String OVERDUE = "accountable.client.contact-overdue.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @TestHTTPResource("/api/notifications/stream")
    URL streamUrl;

    @Inject
    NotificationStream stream;

    String overdue(String executive) {
        return TestEvents.publish(bootstrap, CLIENT_TOPIC, OVERDUE, executive, Fixtures.contactOverdue(executive, UUID.randomUUID().toString()));
    }

    @Test
    void theInboxPagesFiltersUnreadCountsAndMarksRead() {
        String executive = UUID.randomUUID().toString();
        String token = executiveToken(executive);
        overdue(executive);
        overdue(executive);
        String third = overdue(executive);
        await().atMost(PATIENCE).untilAsserted(() -> Fixtures.inboxOf(executive).body("totalItems", equalTo(3)));

        given().auth().oauth2(token).queryParam("size", 2).get("/api/notifications").then().statusCode(200)
                .body("items", hasSize(2)).body("totalPages", equalTo(2)).body("items[0].title", notNullValue());
        given().auth().oauth2(token).get("/api/notifications/unread-count").then().statusCode(200).body("unread", equalTo(3));

        String id = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification> find("eventId", third).firstResult().id.toString());
        given().auth().oauth2(token).post("/api/notifications/" + id + "/read").then().statusCode(200).body("readAt", notNullValue());
        given().auth().oauth2(token).get("/api/notifications/unread-count").then().body("unread", equalTo(2));
        given().auth().oauth2(token).queryParam("unread", true).get("/api/notifications").then().body("items", hasSize(2))
                .body("items.id", not(hasItem(id)));

        given().auth().oauth2(token).post("/api/notifications/read-all").then().statusCode(200).body("marked", equalTo(2));
        given().auth().oauth2(token).get("/api/notifications/unread-count").then().body("unread", equalTo(0));
        given().auth().oauth2(token).queryParam("unread", true).get("/api/notifications").then().body("items", hasSize(0));
    }

    @Test
    void optionalPayloadFieldsEnrichTheTextWhenPresent() {
        String executive = UUID.randomUUID().toString();
        String eventId = TestEvents.publish(bootstrap, CLIENT_TOPIC, OVERDUE, executive,
                Fixtures.contactOverdue(executive, UUID.randomUUID().toString()).replace("\"tier\"", "\"legalName\": \"Harbor & Pine LLC\", \"tier\""));
        await().atMost(PATIENCE).until(() -> !Fixtures.notificationsOf(eventId).isEmpty());
        assertEquals("Contact with Harbor & Pine LLC is overdue", Fixtures.notificationsOf(eventId).get(0).title);
    }

    @Test
    void nobodyReadsOrMarksAnotherUsersNotifications() {
        String owner = UUID.randomUUID().toString();
        String eventId = overdue(owner);
        await().atMost(PATIENCE).untilAsserted(() -> Fixtures.inboxOf(owner).body("items", hasSize(1)));
        String id = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification> find("eventId", eventId).firstResult().id.toString());

        String intruder = executiveToken(UUID.randomUUID().toString());
        given().auth().oauth2(intruder).get("/api/notifications").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(intruder).post("/api/notifications/" + id + "/read").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(intruder).post("/api/notifications/read-all").then().statusCode(200).body("marked", equalTo(0));
        given().auth().oauth2(executiveToken(owner)).get("/api/notifications/unread-count").then().body("unread", equalTo(1));
        given().post("/api/notifications/" + id + "/read").then().statusCode(401);
    }

    @Test
    void badPagingAndIdsAreProblems() {
        String token = executiveToken(UUID.randomUUID().toString());
        given().auth().oauth2(token).queryParam("size", 0).get("/api/notifications").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(token).queryParam("page", -1).get("/api/notifications").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(token).post("/api/notifications/not-a-uuid/read").then().statusCode(404);
    }

    @Test
    void theStreamDeliversANewNotificationAsItArrives() throws Exception {
        String executive = UUID.randomUUID().toString();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(streamUrl.toString()))
                .header("Authorization", "Bearer " + executiveToken(executive))
                .header("Accept", "text/event-stream").GET().build();
        CompletableFuture<String> firstData = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(response -> {
                    assertEquals(200, response.statusCode());
                    return firstDataLine(response.body());
                });
        await().atMost(PATIENCE).until(() -> stream.listening(executive) == 1);

        String eventId = overdue(executive);
        String data = firstData.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        String notificationId = QuarkusTransaction.requiringNew()
                .call(() -> Notification.<Notification> find("eventId", eventId).firstResult().id.toString());
        assertTrue(data.contains("\"id\":\"" + notificationId + "\""), data);
        assertTrue(data.contains("\"eventType\":\"" + OVERDUE + "\""), data);
        firstData.cancel(true);

        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(URI.create(streamUrl.toString())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
    }

    private static String firstDataLine(InputStream body) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("data:")) {
                    return line.substring("data:".length()).strip();
                }
            }
            throw new IllegalStateException("The stream ended without data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
