package io.accountable.quota.commission;

import java.math.BigDecimal;

/**
 * The commission one credited amount earned: {@code commission} in cents, the effective
 * {@code ratePercent} (commission / amount, to four decimals) and the {@code rule} that produced it,
 * e.g. {@code "MARGINAL_RUNNING_TOTAL: 5000.00 at 4% + 15000.00 at 6%"}.
 */
public record CommissionLine(String reference, BigDecimal amount, BigDecimal commission, BigDecimal ratePercent,
        String rule) {
}
