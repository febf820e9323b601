package io.accountable.compliance.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AggregationWindowTest {

    @ParameterizedTest(name = "{0} {1} on {2} -> {3}..{4}")
    @CsvSource({
            "CALENDAR_YEAR,     , 2026-01-01, 2026-01-01, 2026-12-31",
            "CALENDAR_YEAR,     , 2026-12-31, 2026-01-01, 2026-12-31",
            "CALENDAR_YEAR,     , 2024-02-29, 2024-01-01, 2024-12-31",
            "FISCAL_YEAR,      7, 2026-06-30, 2025-07-01, 2026-06-30",
            "FISCAL_YEAR,      7, 2026-07-01, 2026-07-01, 2027-06-30",
            "FISCAL_YEAR,      1, 2026-03-15, 2026-01-01, 2026-12-31",
            "FISCAL_YEAR,     10, 2026-09-30, 2025-10-01, 2026-09-30",
            "FISCAL_YEAR,     10, 2026-10-01, 2026-10-01, 2027-09-30",
            "ROLLING_12_MONTHS, , 2026-03-30, 2025-03-31, 2026-03-30",
            "ROLLING_12_MONTHS, , 2026-01-01, 2025-01-02, 2026-01-01",
            "ROLLING_12_MONTHS, , 2024-02-29, 2023-03-01, 2024-02-29",
    })
    void windowOfAGiftDate(WindowType type, Integer fiscalStartMonth, LocalDate date, LocalDate start, LocalDate end) {
        AggregationWindow window = AggregationWindow.of(type, fiscalStartMonth, date);
        assertEquals(new AggregationWindow(start, end), window);
        assertTrue(window.contains(date));
        assertTrue(window.contains(start));
        assertTrue(window.contains(end));
        assertFalse(window.contains(start.minusDays(1)));
        assertFalse(window.contains(end.plusDays(1)));
    }

    @Test
    void aRollingWindowForgetsAGiftTheDayAfterItsAnniversary() {
        LocalDate gift = LocalDate.of(2025, 5, 10);
        assertTrue(AggregationWindow.of(WindowType.ROLLING_12_MONTHS, null, LocalDate.of(2026, 5, 9)).contains(gift));
        assertFalse(AggregationWindow.of(WindowType.ROLLING_12_MONTHS, null, LocalDate.of(2026, 5, 10)).contains(gift));
    }

    @Test
    void windowsOverlapWhenTheyShareADay() {
        AggregationWindow year = new AggregationWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertTrue(year.overlaps(new AggregationWindow(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 1, 1))));
        assertFalse(year.overlaps(new AggregationWindow(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))));
    }

    @Test
    void theLimitInForceChangesOnItsEffectiveDate() {
        LimitSchedule schedule = new LimitSchedule(List.of(
                new LimitSchedule.Step(LocalDate.of(2026, 3, 30), new BigDecimal("300")),
                new LimitSchedule.Step(LocalDate.of(1992, 12, 28), new BigDecimal("100"))));
        assertEquals(Optional.empty(), schedule.limitOn(LocalDate.of(1992, 12, 27)));
        assertEquals(Optional.of(new BigDecimal("100")), schedule.limitOn(LocalDate.of(1992, 12, 28)));
        assertEquals(Optional.of(new BigDecimal("100")), schedule.limitOn(LocalDate.of(2026, 3, 29)));
        assertEquals(Optional.of(new BigDecimal("300")), schedule.limitOn(LocalDate.of(2026, 3, 30)));
        assertEquals(Optional.of(new BigDecimal("300")), schedule.limitOn(LocalDate.of(2030, 1, 1)));
    }
}
