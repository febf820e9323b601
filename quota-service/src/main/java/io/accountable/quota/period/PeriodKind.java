package io.accountable.quota.period;

public enum PeriodKind {
    MONTH, QUARTER, YEAR
}
