package io.accountable.quota.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest(name = "{0} with the fiscal year starting in month {1}: {2} to {3}")
    @CsvSource({
            "FY2026, 1, 2026-01-01, 2026-12-31, 2026",
            "FY2026-Q2, 1, 2026-04-01, 2026-06-30, 2026",
            "2026-03, 1, 2026-03-01, 2026-03-31, 2026",
            "FY2027, 10, 2026-10-01, 2027-09-30, 2027",
            "FY2027-Q1, 10, 2026-10-01, 2026-12-31, 2027",
            "FY2027-Q4, 10, 2027-07-01, 2027-09-30, 2027",
            "2026-10, 10, 2026-10-01, 2026-10-31, 2027",
            "2026-09, 10, 2026-09-01, 2026-09-30, 2026",
            "2028-02, 1, 2028-02-01, 2028-02-29, 2028",
    })
    void parsesTheThreeForms(String code, int startMonth, LocalDate start, LocalDate end, int fiscalYear) {
        Period period = Period.parse(code, startMonth);

        assertEquals(start, period.start());
        assertEquals(end, period.end());
        assertEquals(fiscalYear, period.fiscalYear());
        assertEquals(code, period.code());
    }

    @ParameterizedTest
    @CsvSource({ "2026-10-15, 10, 1, FY2027-Q1", "2026-09-30, 10, 12, FY2026-Q4", "2026-05-01, 1, 5, FY2026-Q2", "2026-12-31, 4, 9, FY2027-Q3" })
    void findsTheFiscalMonthAndQuarterOfADate(LocalDate date, int startMonth, int fiscalMonth, String quarter) {
        assertEquals(fiscalMonth, Period.containing(PeriodKind.MONTH, date, startMonth).fiscalMonth());
        assertEquals(quarter, Period.containing(PeriodKind.QUARTER, date, startMonth).code());
    }

    @ParameterizedTest
    @CsvSource({ "2026-12, 1, 2027-01", "FY2026-Q4, 1, FY2027-Q1", "FY2026, 7, FY2027" })
    void knowsTheNextPeriod(String code, int startMonth, String next) {
        assertEquals(next, Period.parse(code, startMonth).next(startMonth).code());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "2026", "FY26", "FY2026-Q5", "FY2026-Q0", "2026-13", "2026-00", "fy2026", "2026-1" })
    void refusesAnythingElse(String code) {
        assertThrows(IllegalArgumentException.class, () -> Period.parse(code, 1));
    }
}
