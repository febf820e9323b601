package io.accountable.notification.inbox;

import io.accountable.notification.inbox.InboxApi.NotificationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Puts notifications into inboxes, inside the transaction that applies the event. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Inbox {

    @Inject
    Event<NotificationCreated> created;

    /**
     * One notification per person per event needs no read first: the consumer applies an event once,
     * its routing names each person once, and the unique key (recipient, event) stands behind both.
     */
    public void deliver(String recipientId, String eventId, String eventType, String title, String body, String link) {
        Notification notification = Notification.of(recipientId, eventId, eventType, title, body, link);
        notification.persist();
        created.fire(new NotificationCreated(recipientId, NotificationView.of(notification)));
    }
}
