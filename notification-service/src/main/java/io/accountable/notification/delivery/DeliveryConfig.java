package io.accountable.notification.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How e-mails and webhook calls are sent and retried. */
@ConfigMapping(prefix = "accountable.notification.delivery")
public interface DeliveryConfig {

    /** How often the dispatcher looks for due deliveries (its schedule reads it; set in application.properties). */
    Duration pollInterval();

    /** Attempts before a delivery is marked FAILED. */
    @WithDefault("8")
    int maxAttempts();

    /** The wait after the first failure; each further failure doubles it, up to maxBackoff. */
    @WithDefault("30s")
    Duration initialBackoff();

    @WithDefault("1h")
    Duration maxBackoff();

    /** How long a claimed delivery may take before another dispatcher assumes it was lost mid-send. */
    @WithDefault("5m")
    Duration lease();

    /** Deliveries claimed per dispatcher run. */
    @WithDefault("50")
    int batchSize();

    /** How long a rotated-out webhook secret keeps signing beside the new one, so receivers can switch over. */
    @WithDefault("24h")
    Duration webhookSecretOverlap();

    /** Connect and response timeout of a webhook call. */
    @WithDefault("10s")
    Duration webhookTimeout();
}
