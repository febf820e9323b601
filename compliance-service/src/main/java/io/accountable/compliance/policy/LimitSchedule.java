package io.accountable.compliance.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The effective-dated per-recipient limit: each step holds from its date until the next one. */
public record LimitSchedule(List<Step> steps) {

    public record Step(LocalDate effectiveFrom, BigDecimal amountUsd) {
    }

    public LimitSchedule {
        steps = steps.stream().sorted(Comparator.comparing(Step::effectiveFrom)).toList();
    }

    /** The limit in force on {@code date}; empty before the first step. */
    public Optional<BigDecimal> limitOn(LocalDate date) {
        BigDecimal limit = null;
        for (Step step : steps) {
            if (step.effectiveFrom().isAfter(date)) {
                break;
            }
            limit = step.amountUsd();
        }
        return Optional.ofNullable(limit);
    }
}
