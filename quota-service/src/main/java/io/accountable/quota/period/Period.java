package io.accountable.quota.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fiscal period: {@code FY2026} (a fiscal year), {@code FY2026-Q2} (its second quarter) or
 * {@code 2026-03} (a calendar month, which belongs to the fiscal year it falls in). {@code fiscalMonth}
 * is the period's first month counted from the fiscal year's start (1..12).
 */
public record Period(PeriodKind kind, int fiscalYear, int number, LocalDate start, LocalDate end, int fiscalMonth) {

    private static final Pattern YEAR = Pattern.compile("FY(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("FY(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    /** @throws IllegalArgumentException for anything that is not one of the three forms */
    public static Period parse(String code, int fiscalYearStartMonth) {
        Matcher year = YEAR.matcher(code == null ? "" : code);
        if (year.matches()) {
            return year(Integer.parseInt(year.group(1)), fiscalYearStartMonth);
        }
        Matcher quarter = QUARTER.matcher(code == null ? "" : code);
        if (quarter.matches()) {
            return quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)), fiscalYearStartMonth);
        }
        Matcher month = MONTH.matcher(code == null ? "" : code);
        if (month.matches()) {
            return month(YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))), fiscalYearStartMonth);
        }
        throw new IllegalArgumentException("A period is FY2026, FY2026-Q1 or 2026-01, not " + code);
    }

    public static Period year(int fiscalYear, int startMonth) {
        LocalDate start = yearStart(fiscalYear, startMonth);
        return new Period(PeriodKind.YEAR, fiscalYear, 1, start, start.plusYears(1).minusDays(1), 1);
    }

    public static Period quarter(int fiscalYear, int quarter, int startMonth) {
        LocalDate start = yearStart(fiscalYear, startMonth).plusMonths(3L * (quarter - 1));
        return new Period(PeriodKind.QUARTER, fiscalYear, quarter, start, start.plusMonths(3).minusDays(1), 3 * (quarter - 1) + 1);
    }

    public static Period month(YearMonth month, int startMonth) {
        int fiscalYear = fiscalYearOf(month.atDay(1), startMonth);
        int fiscalMonth = (int) ChronoUnit.MONTHS.between(YearMonth.from(yearStart(fiscalYear, startMonth)), month) + 1;
        return new Period(PeriodKind.MONTH, fiscalYear, fiscalMonth, month.atDay(1), month.atEndOfMonth(), fiscalMonth);
    }

    /** The period of {@code kind} that contains {@code date}. */
    public static Period containing(PeriodKind kind, LocalDate date, int startMonth) {
        Period month = month(YearMonth.from(date), startMonth);
        return switch (kind) {
            case MONTH -> month;
            case QUARTER -> quarter(month.fiscalYear(), (month.fiscalMonth() - 1) / 3 + 1, startMonth);
            case YEAR -> year(month.fiscalYear(), startMonth);
        };
    }

    public static int fiscalYearOf(LocalDate date, int startMonth) {
        return startMonth == 1 || date.getMonthValue() < startMonth ? date.getYear() : date.getYear() + 1;
    }

    static LocalDate yearStart(int fiscalYear, int startMonth) {
        return LocalDate.of(startMonth == 1 ? fiscalYear : fiscalYear - 1, startMonth, 1);
    }

    public int months() {
        return switch (kind) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case YEAR -> 12;
        };
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** The period of the same kind right after this one. */
    public Period next(int startMonth) {
        return containing(kind, end.plusDays(1), startMonth);
    }

    public String code() {
        return switch (kind) {
            case YEAR -> "FY" + fiscalYear;
            case QUARTER -> "FY" + fiscalYear + "-Q" + number;
            case MONTH -> YearMonth.from(start).toString();
        };
    }

    @Override
    public String toString() {
        return code();
    }
}
