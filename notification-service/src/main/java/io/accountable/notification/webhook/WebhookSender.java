package io.accountable.notification.webhook;

import io.accountable.notification.delivery.Delivery;
import io.accountable.notification.delivery.DeliveryChannel;
import io.accountable.notification.delivery.DeliveryConfig;
import io.accountable.notification.delivery.DeliverySender;
import io.accountable.platform.tracing.TraceContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** POSTs a webhook delivery's CloudEvent to the subscription's current URL, signed with its current secrets (Standard Webhooks, and the deprecated headers). */
@ApplicationScoped
public class WebhookSender implements DeliverySender {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";

    @Inject
    DeliveryConfig config;

    private volatile HttpClient client;

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.WEBHOOK;
    }

    private record Endpoint(String url, String secret, List<String> signingSecrets, boolean active) {
    }

    @Override
    public Integer send(Delivery delivery, int attempt) {
        Instant now = Instant.now();
        Endpoint endpoint = QuarkusTransaction.requiringNew().call(() -> {
            WebhookSubscription subscription = WebhookSubscription.findById(UUID.fromString(delivery.target));
            return subscription == null ? null
                    : new Endpoint(subscription.url, subscription.secret, subscription.signingSecrets(now), subscription.active);
        });
        if (endpoint == null || !endpoint.active()) {
            throw new DeliveryFailure("The webhook subscription " + delivery.target + " is no longer active", null, null);
        }
        long timestamp = now.getEpochSecond();
        String id = delivery.id.toString();
        HttpRequest request = TraceContext.propagate(HttpRequest.newBuilder(URI.create(endpoint.url())))
                .timeout(config.webhookTimeout())
                .header("Content-Type", CONTENT_TYPE)
                .header("User-Agent", "Accountable-Webhooks/1")
                .header(WebhookSignature.ID_HEADER, id)
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(endpoint.signingSecrets(), id, timestamp, delivery.payload))
                .header(WebhookSignature.LEGACY_DELIVERY_ID_HEADER, id)
                .header(WebhookSignature.LEGACY_TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.LEGACY_SIGNATURE_HEADER, WebhookSignature.signLegacy(endpoint.secret(), timestamp, delivery.payload))
                .header(WebhookSignature.ATTEMPT_HEADER, Integer.toString(attempt))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload, StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> response;
        try {
            response = client().send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new DeliveryFailure("POST " + endpoint.url() + " failed: " + e, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("Interrupted while posting to " + endpoint.url(), null, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new DeliveryFailure("POST " + endpoint.url() + " answered " + response.statusCode(), response.statusCode(), null);
        }
        return response.statusCode();
    }

    private HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(config.webhookTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return client;
    }
}
