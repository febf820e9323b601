package io.accountable.notification.inbox;

import io.accountable.notification.inbox.InboxApi.NotificationView;

/** Fired when a notification lands in an inbox; observers see it once the transaction commits. */
public record NotificationCreated(String recipientId, NotificationView notification) {
}
