package io.accountable.platform.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How POSTs sent with an Idempotency-Key are answered again. */
@ConfigMapping(prefix = "accountable.idempotency")
public interface IdempotencyConfig {

    /** How long an answer is kept unless the deployment sets otherwise; the API contract says so too. */
    int DEFAULT_RETENTION_DAYS = 7;

    /** How long an answer is kept: a retry within it gets the first answer, as payment APIs do. */
    @WithDefault("P" + DEFAULT_RETENTION_DAYS + "D")
    Duration retention();
}
