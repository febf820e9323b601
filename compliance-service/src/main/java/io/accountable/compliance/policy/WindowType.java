package io.accountable.compliance.policy;

/** How the year of "per recipient per year" is counted. */
public enum WindowType {
    CALENDAR_YEAR, FISCAL_YEAR, ROLLING_12_MONTHS
}
