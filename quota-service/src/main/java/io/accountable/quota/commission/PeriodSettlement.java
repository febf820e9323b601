package io.accountable.quota.commission;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a commission period pays besides base salary. {@code commission} is the tiered commission net
 * of clawbacks; {@code capAdjustment} (zero or negative) brings it down to the cap; {@code earned} adds
 * the bonuses; a draw then tops it up to the minimum ({@code drawTopUp}) or recovers an earlier
 * top-up from it ({@code drawRecovery}, zero or negative). {@code variablePay} is what is paid.
 */
public record PeriodSettlement(BigDecimal commission, BigDecimal capAdjustment, List<Bonus> bonusesEarned,
        BigDecimal bonusTotal, BigDecimal earned, BigDecimal drawTopUp, BigDecimal drawRecovery, BigDecimal drawBalanceAfter,
        BigDecimal variablePay) {
}
