package io.accountable.client.timeline;

import io.accountable.client.client.Money;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimelineGift", description = "A gift to one of the client's people, as compliance-service recorded it")
public record TimelineGift(
        @Schema(required = true, description = "The contact who received it") UUID contactId,
        @Schema(required = true, example = "Pat Doe") String recipientName,
        @Schema(required = true, description = "The executives who gave it") List<UUID> giverIds,
        @Schema(required = true, description = "compliance-service's gift category", example = "BUSINESS_GIFT") String category,
        @Schema(required = true, description = "This recipient's share, in US dollars") Money valueUsd) {
}
