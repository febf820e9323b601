package io.accountable.notification.inbox;

import io.accountable.notification.AppLinks;
import io.accountable.platform.events.EventHandler;
import io.accountable.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** Greets a newly registered executive in their inbox. */
@ApplicationScoped
public class WelcomeNotifier implements EventHandler {

    static final String EXECUTIVE_REGISTERED = "accountable.client.executive-registered.v1";

    record RegisteredExecutive(String executiveId, String fullName) {
    }

    @Inject
    Inbox inbox;

    @Inject
    AppLinks links;

    @Override
    public Set<String> eventTypes() {
        return Set.of(EXECUTIVE_REGISTERED);
    }

    @Override
    public void apply(IncomingEvent event) {
        RegisteredExecutive executive = event.dataAs(RegisteredExecutive.class);
        if (executive.executiveId() == null) {
            throw new IllegalArgumentException("executive-registered event " + event.id() + " names no executive");
        }
        inbox.deliver(executive.executiveId(), event.id(), event.type(), "Welcome to Accountable, " + executive.fullName(),
                "Your account is ready. Your clients, quota and gift allowance will show up here as they are set up.",
                links.base() + "/executives/" + executive.executiveId());
    }
}
