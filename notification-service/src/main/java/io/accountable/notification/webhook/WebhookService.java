package io.accountable.notification.webhook;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.notification.delivery.Deliveries;
import io.accountable.notification.delivery.DeliveryChannel;
import io.accountable.notification.delivery.DeliveryConfig;
import io.accountable.notification.webhook.WebhookApi.NewWebhookSubscription;
import io.accountable.notification.webhook.WebhookApi.SecretRotationView;
import io.accountable.notification.webhook.WebhookApi.WebhookSubscriptionChange;
import io.accountable.notification.webhook.WebhookApi.WebhookSubscriptionView;
import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class WebhookService {

    public WebhookSubscriptionView subscribe(NewWebhookSubscription request) {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.url = requireValidUrl(request.url());
        subscription.eventTypes = new TreeSet<>(request.eventTypes());
        subscription.secret = request.secret();
        subscription.description = request.description();
        subscription.active = request.active() == null || request.active();
        subscription.createdAt = Instant.now();
        subscription.updatedAt = subscription.createdAt;
        subscription.persistAndFlush();
        return WebhookSubscriptionView.of(subscription);
    }

    @Inject
    Deliveries deliveries;

    @Inject
    DeliveryConfig config;

    public WebhookSubscriptionView change(UUID id, WebhookSubscriptionChange request) {
        WebhookSubscription subscription = find(id);
        if (subscription.version != request.version()) {
            throw ProblemException.staleVersion("webhook subscription", id, request.version(), subscription.version);
        }
        subscription.url = requireValidUrl(request.url());
        subscription.eventTypes = new TreeSet<>(request.eventTypes());
        if (request.secret() != null) {
            // a secret set by hand replaces the old one at once; a rotation is the way with an overlap
            subscription.secret = request.secret();
            subscription.previousSecret = null;
            subscription.previousSecretUntil = null;
        }
        subscription.description = request.description();
        if (subscription.active && !request.active()) {
            deliveries.cancelUndelivered(DeliveryChannel.WEBHOOK, id.toString());
        }
        subscription.active = request.active();
        subscription.updatedAt = Instant.now();
        WebhookSubscription.flush();
        return WebhookSubscriptionView.of(subscription);
    }

    /**
     * Gives the subscription a new secret, returned only here; the current one keeps signing beside it
     * for {@code overlap} (the configured one when null), then stops.
     */
    public SecretRotationView rotateSecret(UUID id, Duration overlap) {
        WebhookSubscription subscription = find(id);
        Instant now = Instant.now();
        Duration kept = overlap == null ? config.webhookSecretOverlap() : overlap;
        subscription.previousSecret = kept.isZero() ? null : subscription.secret;
        subscription.previousSecretUntil = kept.isZero() ? null : now.plus(kept);
        subscription.secret = WebhookSignature.newSecret();
        subscription.updatedAt = now;
        WebhookSubscription.flush();
        return new SecretRotationView(subscription.id, subscription.secret, subscription.previousSecretUntil, subscription.version);
    }

    @Transactional(SUPPORTS)
    public WebhookSubscriptionView get(UUID id) {
        return WebhookSubscriptionView.of(find(id));
    }

    @Transactional(SUPPORTS)
    public Page<WebhookSubscriptionView> list(PageRequest page) {
        return Page.of(WebhookSubscription.findAll(Sort.descending("createdAt").and("id")), page, WebhookSubscriptionView::of);
    }

    private WebhookSubscription find(UUID id) {
        WebhookSubscription subscription = WebhookSubscription.findById(id);
        if (subscription == null) {
            throw ProblemException.notFound("webhook subscription", id);
        }
        return subscription;
    }

    private static String requireValidUrl(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                throw new URISyntaxException(url, "no host");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw ProblemException.ruleViolation("invalid-webhook-url", "The webhook URL " + url + " is not usable: " + e.getReason(),
                    Map.of("url", url));
        }
    }
}
