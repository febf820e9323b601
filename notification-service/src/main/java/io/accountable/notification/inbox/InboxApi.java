package io.accountable.notification.inbox;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the inbox's REST API reads. */
public final class InboxApi {

    private InboxApi() {
    }

    @Schema(name = "Notification")
    public record NotificationView(UUID id, @Schema(example = "accountable.compliance.gift-limit-warning.v1") String eventType,
            String title, String body, Instant createdAt, Instant readAt) {

        static NotificationView of(Notification notification) {
            return new NotificationView(notification.id, notification.eventType, notification.title, notification.body,
                    notification.createdAt, notification.readAt);
        }
    }

    @Schema(name = "UnreadCount")
    public record UnreadCount(@Schema(example = "3") long unread) {
    }

    @Schema(name = "MarkedRead")
    public record MarkedRead(@Schema(description = "How many notifications were newly marked read", example = "3") long marked) {
    }
}
