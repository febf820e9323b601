package io.accountable.notification.inbox;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the inbox's REST API reads. */
public final class InboxApi {

    private InboxApi() {
    }

    @Schema(name = "Notification", requiredProperties = {"id", "eventType", "title", "body", "link", "createdAt"})
    public record NotificationView(UUID id, @Schema(example = "accountable.compliance.gift-limit-warning.v1") String eventType,
            @Schema(description = "Names the clients and people by name, never by id alone",
                    example = "Gift limit warning: 80% used for Jordan Reyes (Harbor Freight Partners)") String title,
            @Schema(description = "Plain text; amounts carry their currency, as USD 1,240.00") String body,
            @Schema(description = "Where the frontend shows what the notification is about, built from ACCOUNTABLE_APP_URL; null when "
                    + "there is nothing more to see", nullable = true,
                    example = "https://app.example.com/compliance/recipients/04abaa60-1c2d-4e5f-8a9b-0c1d2e3f4a5b") String link,
            Instant createdAt, @Schema(nullable = true, description = "None while unread") Instant readAt) {

        static NotificationView of(Notification notification) {
            return new NotificationView(notification.id, notification.eventType, notification.title, notification.body,
                    notification.link, notification.createdAt, notification.readAt);
        }
    }

    @Schema(name = "UnreadCount")
    public record UnreadCount(@Schema(example = "3") long unread) {
    }

    @Schema(name = "MarkedRead")
    public record MarkedRead(@Schema(description = "How many notifications were newly marked read", example = "3") long marked) {
    }
}
