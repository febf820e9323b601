package io.accountable.quota.commission;

import java.math.BigDecimal;

/**
 * A reversal (cancellation or refund) takes back the commission its sale earned at the rate
 * originally paid, never at the rate of the period the reversal falls in.
 */
public final class Clawback {

    private Clawback() {
    }

    /**
     * The (negative, or zero) commission of reversing {@code reversing} of a credited amount that
     * earned {@code originalCommission} on {@code originalAmount}, of which {@code reversedBefore} was
     * already reversed. Computed as the difference of cumulative clawbacks rounded HALF_UP to cents, so
     * partial reversals that add up to the whole amount take back exactly the original commission.
     *
     * @throws IllegalArgumentException when more would be reversed than was credited
     */
    public static BigDecimal of(BigDecimal originalAmount, BigDecimal originalCommission, BigDecimal reversedBefore,
            BigDecimal reversing) {
        if (originalAmount.signum() <= 0 || reversing.signum() <= 0 || reversedBefore.signum() < 0) {
            throw new IllegalArgumentException("Amounts of a reversal must be positive");
        }
        BigDecimal reversedAfter = reversedBefore.add(reversing);
        if (reversedAfter.compareTo(originalAmount) > 0) {
            throw new IllegalArgumentException("Cannot reverse " + reversedAfter + " of a credit of " + originalAmount);
        }
        return clawedBack(originalAmount, originalCommission, reversedBefore)
                .subtract(clawedBack(originalAmount, originalCommission, reversedAfter));
    }

    private static BigDecimal clawedBack(BigDecimal originalAmount, BigDecimal originalCommission, BigDecimal reversed) {
        return originalCommission.multiply(reversed).divide(originalAmount, CommissionCalculator.CENTS, CommissionCalculator.ROUNDING);
    }
}
