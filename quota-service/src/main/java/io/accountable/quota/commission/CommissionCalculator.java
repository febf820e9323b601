package io.accountable.quota.commission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The commission of one commission period under one plan version and one quota.
 *
 * <p>Rounding: all arithmetic is exact {@link BigDecimal}; money is rounded HALF_UP to cents once per
 * statement line. In the running-total modes a line is the difference between the period's
 * cumulative commission (rounded to cents) after and before the line, so the lines of a period add
 * up to its rounded cumulative commission exactly, and a retroactive unlock shows up on the line
 * that unlocked it. In {@link TierMode#MARGINAL_PER_TRANSACTION} each line is its own amount's
 * commission rounded to cents.
 */
public final class CommissionCalculator {

    public static final int CENTS = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PlanTerms terms;
    private final BigDecimal quota;
    /** The plan's tiers with thresholds resolved to amounts. */
    private final List<Tier> tiers;

    /**
     * @param quota the period's quota; may be null when the plan does not need it
     * @throws IllegalArgumentException when the plan needs a quota and there is none (or it is zero)
     */
    public CommissionCalculator(PlanTerms terms, BigDecimal quota) {
        if (terms.needsQuota() && (quota == null || quota.signum() <= 0)) {
            throw new IllegalArgumentException("The plan's tiers are relative to quota, and the period has no quota");
        }
        this.terms = terms;
        this.quota = quota;
        this.tiers = terms.tiers().stream()
                .map(t -> new Tier(terms.basis() == TierBasis.AMOUNT ? t.threshold() : t.threshold().multiply(quota).divide(HUNDRED),
                        t.ratePercent()))
                .toList();
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).threshold().compareTo(tiers.get(i - 1).threshold()) == 0) {
                throw new IllegalArgumentException("Two tiers start at " + tiers.get(i).threshold());
            }
        }
    }

    /** The commission line of each credited amount, in order. */
    public List<CommissionLine> lines(List<CreditedAmount> credits) {
        List<CommissionLine> lines = new ArrayList<>(credits.size());
        BigDecimal runningTotal = BigDecimal.ZERO;
        BigDecimal paidSoFar = BigDecimal.ZERO;
        for (CreditedAmount credit : credits) {
            BigDecimal before = runningTotal;
            runningTotal = runningTotal.add(credit.amount());
            BigDecimal commission;
            String rule;
            if (terms.mode() == TierMode.MARGINAL_PER_TRANSACTION) {
                commission = cents(marginal(tiers, BigDecimal.ZERO, credit.amount()));
                rule = describeSlices(BigDecimal.ZERO, credit.amount(), tiers);
            } else {
                BigDecimal cumulative = cents(cumulativeCommission(runningTotal));
                commission = cumulative.subtract(paidSoFar);
                paidSoFar = cumulative;
                rule = describeRunning(before, runningTotal);
            }
            lines.add(new CommissionLine(credit.reference(), credit.amount(), commission, rate(commission, credit.amount()),
                    terms.mode() + ": " + rule));
        }
        return lines;
    }

    /** The period's commission, unrounded, when its credited running total is {@code total}. */
    public BigDecimal cumulativeCommission(BigDecimal total) {
        return switch (terms.mode()) {
            case MARGINAL_RUNNING_TOTAL -> marginal(tiers, BigDecimal.ZERO, total);
            case MARGINAL_PER_TRANSACTION -> throw new IllegalStateException("Per-transaction tiers have no running total");
            case WHOLE_AMOUNT_HIGHEST_TIER -> total.multiply(tiers.get(tierReached(tiers, total)).ratePercent()).divide(HUNDRED);
            case RETROACTIVE_UNLOCK -> marginal(unlockedTiers(total), BigDecimal.ZERO, total);
        };
    }

    /** The index of the highest tier {@code total} reaches, by the plan's boundary rule. */
    int tierReached(List<Tier> tierList, BigDecimal total) {
        int reached = 0;
        for (int i = 1; i < tierList.size(); i++) {
            int position = total.compareTo(tierList.get(i).threshold());
            if (position > 0 || position == 0 && terms.boundary() == BoundaryRule.EDGE_TAKES_HIGHER) {
                reached = i;
            }
        }
        return reached;
    }

    /**
     * Retroactive unlock as marginal tiers: everything below the first tier at or above quota is paid at
     * the rate of the highest below-quota tier reached; the tiers from quota on stay as they are.
     */
    private List<Tier> unlockedTiers(BigDecimal total) {
        List<Tier> belowQuota = tiers.stream().filter(t -> t.threshold().compareTo(quota) < 0).toList();
        List<Tier> fromQuota = tiers.stream().filter(t -> t.threshold().compareTo(quota) >= 0).toList();
        List<Tier> unlocked = new ArrayList<>();
        unlocked.add(new Tier(BigDecimal.ZERO, belowQuota.get(tierReached(belowQuota, total)).ratePercent()));
        unlocked.addAll(fromQuota);
        return unlocked;
    }

    /** Commission on the part of [from, to] that falls in each tier, at that tier's rate. */
    private static BigDecimal marginal(List<Tier> tierList, BigDecimal from, BigDecimal to) {
        BigDecimal commission = BigDecimal.ZERO;
        for (int i = 0; i < tierList.size(); i++) {
            BigDecimal slice = slice(tierList, i, from, to);
            commission = commission.add(slice.multiply(tierList.get(i).ratePercent()).divide(HUNDRED));
        }
        return commission;
    }

    private static BigDecimal slice(List<Tier> tierList, int i, BigDecimal from, BigDecimal to) {
        BigDecimal lower = tierList.get(i).threshold().max(from);
        BigDecimal upper = i + 1 < tierList.size() ? tierList.get(i + 1).threshold().min(to) : to;
        return upper.subtract(lower).max(BigDecimal.ZERO);
    }

    private String describeRunning(BigDecimal before, BigDecimal after) {
        return switch (terms.mode()) {
            case MARGINAL_RUNNING_TOTAL -> describeSlices(before, after, tiers);
            case WHOLE_AMOUNT_HIGHEST_TIER -> wholeAmount(before, after);
            case RETROACTIVE_UNLOCK -> retroactive(before, after);
            case MARGINAL_PER_TRANSACTION -> throw new IllegalStateException("Per-transaction tiers have no running total");
        };
    }

    private String wholeAmount(BigDecimal before, BigDecimal after) {
        int tierBefore = tierReached(tiers, before);
        int tierAfter = tierReached(tiers, after);
        String rule = "running total " + money(after) + " reaches tier " + (tierAfter + 1) + " at " + percent(tiers.get(tierAfter).ratePercent());
        return tierAfter == tierBefore ? rule : rule + ", applied retroactively to the earlier " + money(before);
    }

    private String retroactive(BigDecimal before, BigDecimal after) {
        BigDecimal rateBefore = unlockedTiers(before).get(0).ratePercent();
        List<Tier> unlocked = unlockedTiers(after);
        BigDecimal rateAfter = unlocked.get(0).ratePercent();
        String rule = describeSlices(before, after, unlocked);
        return rateAfter.compareTo(rateBefore) == 0 || before.signum() == 0 ? rule
                : rule + "; unlocks " + percent(rateAfter) + " retroactively on the earlier "
                        + money(before.min(unlocked.size() > 1 ? unlocked.get(1).threshold() : before));
    }

    private static String describeSlices(BigDecimal from, BigDecimal to, List<Tier> tierList) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < tierList.size(); i++) {
            BigDecimal slice = slice(tierList, i, from, to);
            if (slice.signum() > 0) {
                parts.add(money(slice) + " at " + percent(tierList.get(i).ratePercent()));
            }
        }
        return parts.isEmpty() ? "nothing" : parts.stream().collect(Collectors.joining(" + "));
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(CENTS, ROUNDING);
    }

    /** commission / amount as a percentage to four decimals: the rate a clawback uses. */
    static BigDecimal rate(BigDecimal commission, BigDecimal amount) {
        return commission.multiply(HUNDRED).divide(amount, 4, ROUNDING);
    }

    private static String money(BigDecimal amount) {
        return cents(amount).toPlainString();
    }

    private static String percent(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString() + "%";
    }
}
