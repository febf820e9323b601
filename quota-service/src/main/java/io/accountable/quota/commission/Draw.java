package io.accountable.quota.commission;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A guaranteed minimum of variable pay per commission period. A recoverable draw's top-ups become a
 * balance the executive owes, recovered from later earnings above the minimum; a non-recoverable
 * draw is simply a floor.
 */
public record Draw(BigDecimal minimum, boolean recoverable) {

    public Draw {
        Objects.requireNonNull(minimum, "minimum");
        if (minimum.signum() < 0) {
            throw new IllegalArgumentException("A draw cannot be negative");
        }
    }
}
