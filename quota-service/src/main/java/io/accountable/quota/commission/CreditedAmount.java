package io.accountable.quota.commission;

import java.math.BigDecimal;
import java.util.Objects;

/** One credited sale (the executive's share of it) in a commission period, in the order it was credited. */
public record CreditedAmount(String reference, BigDecimal amount) {

    public CreditedAmount {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("A credited amount must be positive");
        }
    }
}
