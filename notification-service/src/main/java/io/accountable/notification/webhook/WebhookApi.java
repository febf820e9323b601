package io.accountable.notification.webhook;

import io.accountable.platform.api.BasedOnVersion;
import io.accountable.platform.api.Versioned;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the webhook subscriptions' REST API reads and writes. */
public final class WebhookApi {

    /** A week: longer than any receiver needs to switch secrets. */
    static final long MAX_OVERLAP_SECONDS = 7 * 24 * 3600;
    static final String URL = "^https?://\\S+$";
    static final String EVENT_TYPE_FILTER = "^(\\*|accountable\\.[a-z]+\\.\\*|accountable\\.[a-z]+\\.[a-z0-9-]+\\.v[0-9]+)$";

    private WebhookApi() {
    }

    @Schema(name = "NewWebhookSubscription")
    public record NewWebhookSubscription(
            @NotBlank @Size(max = 2048) @Pattern(regexp = URL, message = "must be an http or https URL")
            @Schema(example = "https://crm.firm.example/hooks/accountable") String url,
            @NotEmpty @Size(max = 50)
            @Schema(description = "Exact event types, accountable.<context>.* for one publisher, or * for all",
                    example = "[\"accountable.compliance.*\", \"accountable.quota.statement-issued.v1\"]")
            Set<@NotNull @Pattern(regexp = EVENT_TYPE_FILTER, message = "must be an event type, accountable.<context>.* or *") String> eventTypes,
            @NotBlank @Size(min = 16, max = 255) @Schema(description = "Shared secret for the HMAC-SHA256 signature; write-only",
                    example = "whsec_3f9a8b7c6d5e4f3a2b1c") String secret,
            @Size(max = 200) @Schema(example = "CRM activity feed") String description,
            @Schema(description = "Defaults to true") Boolean active) {
    }

    @Schema(name = "WebhookSubscriptionChange", description = "The whole subscription as it should be, with the version it was read at")
    public record WebhookSubscriptionChange(
            @NotBlank @Size(max = 2048) @Pattern(regexp = URL, message = "must be an http or https URL") String url,
            @NotEmpty @Size(max = 50)
            Set<@NotNull @Pattern(regexp = EVENT_TYPE_FILTER, message = "must be an event type, accountable.<context>.* or *") String> eventTypes,
            @Size(min = 16, max = 255) @Schema(description = "A new secret; leave out to keep the current one") String secret,
            @Size(max = 200) String description,
            @NotNull Boolean active,
            @NotNull @PositiveOrZero @Schema(example = "0") Long version) implements BasedOnVersion {
    }

    @Schema(name = "WebhookSecretRotationRequest", description = "How long the current secret keeps signing beside the new one")
    public record SecretRotationRequest(
            @PositiveOrZero @Max(MAX_OVERLAP_SECONDS)
            @Schema(description = "Seconds the current secret keeps signing beside the new one; 0 stops it at once;"
                    + " leave out for the configured overlap (24 hours unless the deployment sets otherwise)", example = "86400")
            Long overlapSeconds) {
    }

    @Schema(name = "WebhookSecretRotation", description = "The new secret, shown only in this answer")
    public record SecretRotationView(
            UUID subscriptionId,
            @Schema(description = "The new secret: whsec_ and the base64 HMAC key; keep it now, it is not shown again",
                    example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
            @Schema(nullable = true, description = "Until when the previous secret also signs; null when it stopped at once")
            Instant previousSecretExpiresAt,
            @Schema(description = "The subscription's version after the rotation") long version) {
    }

    @Schema(name = "WebhookSubscription")
    public record WebhookSubscriptionView(UUID id, String url, List<String> eventTypes,
            @Schema(nullable = true) String description, boolean active, long version,
            Instant createdAt, Instant updatedAt) implements Versioned {

        static WebhookSubscriptionView of(WebhookSubscription subscription) {
            return new WebhookSubscriptionView(subscription.id, subscription.url, subscription.eventTypes.stream().sorted().toList(),
                    subscription.description, subscription.active, subscription.version, subscription.createdAt, subscription.updatedAt);
        }
    }
}
