package io.accountable.notification.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountable.notification.delivery.Deliveries;
import io.accountable.notification.delivery.DeliveryChannel;
import io.accountable.platform.events.EventHandler;
import io.accountable.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records a webhook delivery of an event for every active subscription whose filter takes it:
 * subscribers get every type of the consumed topics, not only those that notify people.
 */
@ApplicationScoped
public class WebhookFanout implements EventHandler {

    @Inject
    Deliveries deliveries;

    @Inject
    ObjectMapper mapper;

    @Inject
    ActiveSubscriptions activeSubscriptions;

    @Override
    public Set<String> eventTypes() {
        return Set.of(EVERY_TYPE);
    }

    @Override
    public void apply(IncomingEvent event) {
        List<WebhookSubscription> subscriptions = activeSubscriptions.list().stream()
                .filter(subscription -> subscription.accepts(event.type())).toList();
        if (subscriptions.isEmpty()) {
            return;
        }
        String cloudEvent = structuredCloudEvent(event);
        for (WebhookSubscription subscription : subscriptions) {
            deliveries.record(DeliveryChannel.WEBHOOK, event.id(), event.type(), subscription.id.toString(), subscription.url, null,
                    cloudEvent, null);
        }
    }

    /** The event in CloudEvents 1.0 structured JSON mode: attributes and data in one document. */
    private String structuredCloudEvent(IncomingEvent event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("specversion", "1.0");
        json.put("id", event.id());
        json.put("source", event.source());
        json.put("type", event.type());
        if (event.subject() != null) {
            json.put("subject", event.subject());
        }
        if (event.time() != null) {
            json.put("time", event.time().toInstant().toString());
        }
        json.put("datacontenttype", "application/json");
        json.put("data", event.data());
        try {
            return mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.id() + " cannot be written as JSON", e);
        }
    }
}
