package io.accountable.notification.routing;

import io.accountable.notification.delivery.Deliveries;
import io.accountable.notification.delivery.DeliveryChannel;
import io.accountable.notification.inbox.Inbox;
import io.accountable.platform.events.EventHandler;
import io.accountable.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Turns a notifying event into in-app notifications and e-mails for the people its routing rule
 * names, as their preferences allow, and into webhook deliveries for the subscriptions that take
 * it. Everything is recorded in the consumer's transaction, which also records the event id, so a
 * redelivered event changes nothing; e-mails and webhook calls go out after commit.
 */
@ApplicationScoped
public class NotificationRouter implements EventHandler {

    private static final Logger LOG = Logger.getLogger(NotificationRouter.class);

    @Inject
    AudienceResolver audiences;

    @Inject
    NotificationTemplates templates;

    @Inject
    ChannelPreferences preferences;

    @Inject
    Inbox inbox;

    @Inject
    Deliveries deliveries;

    @Override
    public Set<String> eventTypes() {
        return EventCatalogue.NOTIFYING_TYPES;
    }

    @Override
    public void apply(IncomingEvent event) {
        RoutingRule rule = RoutingRule.findById(event.type());
        if (rule == null || !rule.active) {
            LOG.infof("No active routing rule for %s; event %s notifies nobody", event.type(), event.id());
        } else {
            notifyPeople(rule, event);
        }
    }

    private void notifyPeople(RoutingRule rule, IncomingEvent event) {
        for (NotifiedUser user : audiences.resolve(rule.audiences, event.data())) {
            NotificationText text = templates.render(event.type(), event.data(), user);
            Set<Channel> channels = preferences.allowed(user.id(), rule.category, rule.channels);
            if (channels.contains(Channel.IN_APP)) {
                inbox.deliver(user.id(), event.id(), event.type(), text.title(), text.body(), text.link());
            }
            if (channels.contains(Channel.EMAIL)) {
                if (user.email() == null) {
                    LOG.infof("No e-mail address known for %s; event %s reaches them in-app only", user.id(), event.id());
                } else {
                    deliveries.record(DeliveryChannel.EMAIL, event.id(), event.type(), user.id(), user.email(), text.title(), text.body(),
                            text.link());
                }
            }
        }
    }
}
