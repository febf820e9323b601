package io.accountable.notification.webhook;

import jakarta.transaction.TransactionScoped;
import java.util.List;

/**
 * The active webhook subscriptions as the consumer's transaction sees them, read once however many
 * events the transaction applies (a partition's poll goes in one).
 */
@TransactionScoped
class ActiveSubscriptions {

    private List<WebhookSubscription> active;

    List<WebhookSubscription> list() {
        if (active == null) {
            active = WebhookSubscription.list("active = true");
        }
        return active;
    }
}
