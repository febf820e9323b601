package io.accountable.compliance.policy;

import java.time.LocalDate;

/** The dates (both inclusive) whose gifts are summed when a gift on a given date is judged. */
public record AggregationWindow(LocalDate start, LocalDate end) {

    /**
     * The window of a gift on {@code date}: its calendar year, its fiscal year (starting on the
     * first of {@code fiscalYearStartMonth}), or the twelve months ending on that date.
     */
    public static AggregationWindow of(WindowType type, Integer fiscalYearStartMonth, LocalDate date) {
        return switch (type) {
            case CALENDAR_YEAR -> new AggregationWindow(date.withDayOfYear(1), date.withDayOfYear(date.lengthOfYear()));
            case FISCAL_YEAR -> {
                LocalDate start = LocalDate.of(date.getYear(), fiscalYearStartMonth, 1);
                if (start.isAfter(date)) {
                    start = start.minusYears(1);
                }
                yield new AggregationWindow(start, start.plusYears(1).minusDays(1));
            }
            case ROLLING_12_MONTHS -> new AggregationWindow(date.minusMonths(12).plusDays(1), date);
        };
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public boolean overlaps(AggregationWindow other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }
}
