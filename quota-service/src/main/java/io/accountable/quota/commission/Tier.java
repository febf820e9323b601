package io.accountable.quota.commission;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A tier starts at {@code threshold} (an amount or a percentage of quota, per the plan's basis) and
 * runs up to the next tier's threshold; the last tier has no upper end. {@code ratePercent} 4 means 4%.
 */
public record Tier(BigDecimal threshold, BigDecimal ratePercent) {

    public Tier {
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(ratePercent, "ratePercent");
        if (threshold.signum() < 0 || ratePercent.signum() < 0) {
            throw new IllegalArgumentException("A tier's threshold and rate cannot be negative");
        }
    }

    public static Tier of(String threshold, String ratePercent) {
        return new Tier(new BigDecimal(threshold), new BigDecimal(ratePercent));
    }
}
