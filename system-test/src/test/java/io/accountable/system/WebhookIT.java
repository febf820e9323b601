package io.accountable.system;

import static io.accountable.system.RunningSystem.NOTIFICATION;
import static io.accountable.system.Steps.EVENTUALLY;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An internal system subscribes to client events and receives them as signed CloudEvents over HTTP. */
class WebhookIT {

    private static final String SECRET = "whsec_system_test_9f8e7d6c5b4a";

    final RunningSystem system = RunningSystem.get();
    final Steps steps = new Steps(system);
    final List<Delivery> received = new CopyOnWriteArrayList<>();
    HttpServer receiver;

    record Delivery(Map<String, String> headers, byte[] body) {
        JsonPath json() {
            return JsonPath.from(new String(body, StandardCharsets.UTF_8));
        }
    }

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void aSubscriberReceivesSignedEventsItCanVerify() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks/accountable", this::receive);
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/accountable";
        String subscription = system.asAdmin(NOTIFICATION)
                .body(Map.of("url", url, "eventTypes", List.of("accountable.client.*"), "secret", SECRET, "description", "CRM activity feed"))
                .post("/api/webhook-subscriptions").then().statusCode(201).extract().path("id");

        Steps.Executive executive = steps.executive(Steps.unique("Wren Webhook"), null);
        String clientId = steps.corporateClient(Steps.unique("Fabrikam Freight"), null, executive);

        Delivery onboarded = await().atMost(EVENTUALLY).until(() -> received.stream()
                .filter(delivery -> clientId.equals(delivery.json().getString("subject"))
                        && "accountable.client.client-onboarded.v1".equals(delivery.json().getString("type")))
                .findFirst().orElse(null), java.util.Objects::nonNull);
        assertTrue(onboarded.headers().get("content-type").startsWith("application/cloudevents+json"));
        assertEquals("1.0", onboarded.json().getString("specversion"));
        assertEquals(clientId, onboarded.json().getString("data.clientId"));
        assertTrue(signatureValid(onboarded), "the signature verifies with the subscription's secret, as docs/webhooks.md describes");
        long age = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(onboarded.headers().get("accountable-timestamp")));
        assertTrue(age < 300, "the timestamp is fresh");

        system.asAdmin(NOTIFICATION).body(Map.of("url", url, "eventTypes", List.of("accountable.client.*"), "active", false, "version", 0))
                .put("/api/webhook-subscriptions/" + subscription).then().statusCode(200);
    }

    private void receive(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new java.util.HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        received.add(new Delivery(headers, exchange.getRequestBody().readAllBytes()));
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    private static boolean signatureValid(Delivery delivery) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((delivery.headers().get("accountable-timestamp") + ".").getBytes(StandardCharsets.UTF_8));
            String expected = "v1=" + HexFormat.of().formatHex(mac.doFinal(delivery.body()));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    delivery.headers().get("accountable-signature").getBytes(StandardCharsets.US_ASCII));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
