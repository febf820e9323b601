package io.accountable.quota.commission;

import java.math.BigDecimal;
import java.util.List;

/**
 * Settles a commission period: cap, bonuses and draw, in that order. The cap limits commission
 * (bonuses are paid on top of a capped commission); bonuses follow the plan's boundary rule, so by
 * default an attainment of exactly 100% earns the 100% bonus; the draw applies to everything earned.
 */
public final class PeriodSettler {

    private final PlanTerms terms;

    public PeriodSettler(PlanTerms terms) {
        this.terms = terms;
    }

    /**
     * @param commission the period's commission lines and clawbacks added up (cents)
     * @param attainmentPercent the period's attainment, or null when it has no quota (no bonuses then)
     * @param drawBalanceBefore what the executive owes from earlier draw top-ups (zero or positive)
     */
    public PeriodSettlement settle(BigDecimal commission, BigDecimal attainmentPercent, BigDecimal drawBalanceBefore) {
        BigDecimal capAdjustment = terms.cap() != null && commission.compareTo(terms.cap()) > 0
                ? terms.cap().subtract(commission)
                : BigDecimal.ZERO.setScale(CommissionCalculator.CENTS);
        List<Bonus> bonuses = attainmentPercent == null ? List.of()
                : terms.bonuses().stream().filter(b -> reaches(attainmentPercent, b.attainmentPercent())).toList();
        BigDecimal bonusTotal = cents(bonuses.stream().map(Bonus::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal earned = cents(commission.add(capAdjustment).add(bonusTotal));
        BigDecimal zero = cents(BigDecimal.ZERO);
        if (terms.draw() == null) {
            return new PeriodSettlement(cents(commission), cents(capAdjustment), bonuses, bonusTotal, earned, zero, zero,
                    cents(drawBalanceBefore), earned);
        }
        BigDecimal minimum = cents(terms.draw().minimum());
        if (earned.compareTo(minimum) < 0) {
            BigDecimal topUp = minimum.subtract(earned);
            BigDecimal balance = terms.draw().recoverable() ? drawBalanceBefore.add(topUp) : drawBalanceBefore;
            return new PeriodSettlement(cents(commission), cents(capAdjustment), bonuses, bonusTotal, earned, topUp, zero,
                    cents(balance), minimum);
        }
        BigDecimal recovery = drawBalanceBefore.min(earned.subtract(minimum));
        return new PeriodSettlement(cents(commission), cents(capAdjustment), bonuses, bonusTotal, earned, zero,
                cents(recovery.negate()), cents(drawBalanceBefore.subtract(recovery)), earned.subtract(recovery));
    }

    private boolean reaches(BigDecimal attainment, BigDecimal threshold) {
        int position = attainment.compareTo(threshold);
        return position > 0 || position == 0 && terms.boundary() == BoundaryRule.EDGE_TAKES_HIGHER;
    }

    /**
     * The base salary share of the fiscal months {@code firstMonth} to {@code firstMonth + months - 1}
     * (1 = first month of the fiscal year), as the difference of cumulative shares rounded HALF_UP to
     * cents, so the twelve monthly shares add up to the annual salary exactly.
     */
    public static BigDecimal baseSalaryShare(BigDecimal annualSalary, int firstMonth, int months) {
        if (firstMonth < 1 || months < 1 || firstMonth + months - 1 > 12) {
            throw new IllegalArgumentException("Fiscal months " + firstMonth + ".." + (firstMonth + months - 1) + " are not in one year");
        }
        return cumulativeSalary(annualSalary, firstMonth + months - 1).subtract(cumulativeSalary(annualSalary, firstMonth - 1));
    }

    private static BigDecimal cumulativeSalary(BigDecimal annualSalary, int months) {
        return annualSalary.multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(12), CommissionCalculator.CENTS,
                CommissionCalculator.ROUNDING);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return CommissionCalculator.cents(amount);
    }
}
