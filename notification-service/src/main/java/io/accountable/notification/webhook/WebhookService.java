package io.accountable.notification.webhook;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.notification.webhook.WebhookApi.NewWebhookSubscription;
import io.accountable.notification.webhook.WebhookApi.WebhookSubscriptionChange;
import io.accountable.notification.webhook.WebhookApi.WebhookSubscriptionView;
import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
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

    public WebhookSubscriptionView change(UUID id, WebhookSubscriptionChange request) {
        WebhookSubscription subscription = find(id);
        if (subscription.version != request.version()) {
            throw ProblemException.staleVersion("webhook subscription", id, request.version(), subscription.version);
        }
        subscription.url = requireValidUrl(request.url());
        subscription.eventTypes = new TreeSet<>(request.eventTypes());
        if (request.secret() != null) {
            subscription.secret = request.secret();
        }
        subscription.description = request.description();
        subscription.active = request.active();
        subscription.updatedAt = Instant.now();
        WebhookSubscription.flush();
        return WebhookSubscriptionView.of(subscription);
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
