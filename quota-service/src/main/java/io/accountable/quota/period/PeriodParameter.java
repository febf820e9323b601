package io.accountable.quota.period;

import io.accountable.platform.problem.ProblemException;
import java.util.Map;

/** A period named in a request ({@code FY2026}, {@code FY2026-Q1}, {@code 2026-03}); a bad name is a 422. */
public final class PeriodParameter {

    private PeriodParameter() {
    }

    public static Period parse(String code, QuotaConfig config) {
        try {
            return Period.parse(code, config.fiscalYearStartMonth());
        } catch (IllegalArgumentException e) {
            throw ProblemException.ruleViolation("invalid-period", e.getMessage(), Map.of("period", String.valueOf(code)));
        }
    }
}
