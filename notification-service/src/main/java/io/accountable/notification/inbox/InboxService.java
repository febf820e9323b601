package io.accountable.notification.inbox;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.notification.inbox.InboxApi.MarkedRead;
import io.accountable.notification.inbox.InboxApi.NotificationView;
import io.accountable.notification.inbox.InboxApi.UnreadCount;
import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** A user's own inbox: every method takes the caller's id, so nobody reaches another's notifications. */
@ApplicationScoped
@Transactional
public class InboxService {

    @Transactional(SUPPORTS)
    public Page<NotificationView> list(String userId, boolean unreadOnly, PageRequest page) {
        String query = "recipientId = :recipient" + (unreadOnly ? " and readAt is null" : "");
        return Page.of(Notification.find(query, Sort.descending("createdAt").and("id"), Parameters.with("recipient", userId)),
                page, NotificationView::of);
    }

    @Transactional(SUPPORTS)
    public UnreadCount unread(String userId) {
        return new UnreadCount(Notification.count("recipientId = ?1 and readAt is null", userId));
    }

    /** Another user's notification is answered as unknown, not forbidden, so ids reveal nothing. */
    public NotificationView markRead(String userId, UUID id) {
        Notification notification = Notification.findById(id);
        if (notification == null || !notification.recipientId.equals(userId)) {
            throw ProblemException.notFound("notification", id);
        }
        if (notification.readAt == null) {
            notification.readAt = Instant.now();
        }
        return NotificationView.of(notification);
    }

    public MarkedRead markAllRead(String userId) {
        return new MarkedRead(Notification.update("readAt = ?1 where recipientId = ?2 and readAt is null", Instant.now(), userId));
    }
}
