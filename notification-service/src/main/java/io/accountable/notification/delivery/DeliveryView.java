package io.accountable.notification.delivery;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Delivery", description = "One e-mail or webhook call for one event, with its retry state")
public record DeliveryView(UUID id, DeliveryChannel channel, String eventId,
        @Schema(example = "accountable.compliance.gift-limit-warning.v1") String eventType,
        @Schema(description = "The user id (e-mail) or subscription id (webhook)") String target,
        String destination, DeliveryStatus status, int attempts,
        @Schema(nullable = true, description = "None once delivered, failed for good or cancelled") Instant nextAttemptAt,
        @Schema(nullable = true, description = "None unless the last attempt failed") String lastError,
        @Schema(nullable = true, description = "None before the first answer") Integer lastResponseStatus, Instant createdAt,
        @Schema(nullable = true, description = "None until delivered") Instant deliveredAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.id, delivery.channel, delivery.eventId, delivery.eventType, delivery.target,
                delivery.destination, delivery.status, delivery.attempts, delivery.nextAttemptAt, delivery.lastError,
                delivery.lastResponseStatus, delivery.createdAt, delivery.deliveredAt);
    }
}
