package io.accountable.quota.quota;

import io.accountable.quota.period.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * A fiscal year's quota over time. Each month's quota is a third of its quarter's amount, spread
 * evenly over the month's days; on each day the version then in effect counts, and before the first
 * version's effective date nothing does. So an executive who starts mid-year, or whose quota changes
 * mid-year, gets a quota prorated by days. A period's quota is the sum of its months, rounded
 * HALF_UP to cents.
 */
public final class QuotaSchedule {

    /** A version's quarterly amounts, in effect from {@code from}; on one date the higher sequence wins. */
    public record Step(LocalDate from, int sequence, List<BigDecimal> quarters) {
    }

    private final List<Step> steps;
    private final int fiscalYearStartMonth;

    public QuotaSchedule(List<Step> steps, int fiscalYearStartMonth) {
        this.steps = steps.stream().sorted(Comparator.comparing(Step::from).thenComparing(Step::sequence)).toList();
        this.fiscalYearStartMonth = fiscalYearStartMonth;
    }

    public BigDecimal amountFor(Period period) {
        BigDecimal total = BigDecimal.ZERO;
        for (YearMonth month = YearMonth.from(period.start()); !month.atDay(1).isAfter(period.end()); month = month.plusMonths(1)) {
            total = total.add(monthAmount(month));
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    /** The version in effect on {@code date}, or null before the first one. */
    public Step inEffectOn(LocalDate date) {
        Step current = null;
        for (Step step : steps) {
            if (!step.from().isAfter(date)) {
                current = step;
            }
        }
        return current;
    }

    private BigDecimal monthAmount(YearMonth month) {
        int quarter = (Period.month(month, fiscalYearStartMonth).fiscalMonth() - 1) / 3;
        BigDecimal dayWeighted = BigDecimal.ZERO;
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            Step step = inEffectOn(day);
            if (step != null) {
                dayWeighted = dayWeighted.add(step.quarters().get(quarter));
            }
        }
        return dayWeighted.divide(BigDecimal.valueOf(3L * month.lengthOfMonth()), 10, RoundingMode.HALF_UP);
    }
}
