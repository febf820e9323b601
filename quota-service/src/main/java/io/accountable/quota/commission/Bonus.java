package io.accountable.quota.commission;

import java.math.BigDecimal;
import java.util.Objects;

/** A fixed amount paid once in a period whose attainment reaches {@code attainmentPercent} of quota. */
public record Bonus(BigDecimal attainmentPercent, BigDecimal amount) {

    public Bonus {
        Objects.requireNonNull(attainmentPercent, "attainmentPercent");
        Objects.requireNonNull(amount, "amount");
        if (attainmentPercent.signum() <= 0 || amount.signum() < 0) {
            throw new IllegalArgumentException("A bonus needs a positive attainment threshold and a non-negative amount");
        }
    }

    public static Bonus of(String attainmentPercent, String amount) {
        return new Bonus(new BigDecimal(attainmentPercent), new BigDecimal(amount));
    }
}
