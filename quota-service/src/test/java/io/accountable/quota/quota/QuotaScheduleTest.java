package io.accountable.quota.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.quota.period.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotaScheduleTest {

    static QuotaSchedule.Step step(String from, int sequence, String... quarters) {
        return new QuotaSchedule.Step(LocalDate.parse(from), sequence, List.of(quarters).stream().map(BigDecimal::new).toList());
    }

    static BigDecimal amount(QuotaSchedule schedule, String period) {
        return schedule.amountFor(Period.parse(period, 1));
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount).setScale(2);
    }

    @Test
    void aFullYearQuotaGivesEachMonthAThirdOfItsQuarter() {
        QuotaSchedule schedule = new QuotaSchedule(List.of(step("2026-01-01", 1, "99000", "99000", "99000", "99000")), 1);

        assertEquals(money("33000"), amount(schedule, "2026-02"));
        assertEquals(money("99000"), amount(schedule, "FY2026-Q3"));
        assertEquals(money("396000"), amount(schedule, "FY2026"));
    }

    @Test
    void anExecutiveStartingMidYearHasAQuotaProratedByDays() {
        QuotaSchedule schedule = new QuotaSchedule(List.of(step("2026-04-16", 1, "30000", "30000", "30000", "30000")), 1);

        assertEquals(money("0"), amount(schedule, "FY2026-Q1"));
        assertEquals(money("5000"), amount(schedule, "2026-04"), "15 of April's 30 days");
        assertEquals(money("25000"), amount(schedule, "FY2026-Q2"));
        assertEquals(money("85000"), amount(schedule, "FY2026"));
    }

    @Test
    void aMidYearChangeAppliesFromItsDate() {
        QuotaSchedule schedule = new QuotaSchedule(List.of(step("2026-01-01", 1, "30000", "30000", "30000", "30000"),
                step("2026-08-01", 2, "40000", "40000", "40000", "40000")), 1);

        assertEquals(money("10000"), amount(schedule, "2026-07"));
        assertEquals(money("13333.33"), amount(schedule, "2026-08"));
        assertEquals(money("36666.67"), amount(schedule, "FY2026-Q3"));
        assertEquals(money("136666.67"), amount(schedule, "FY2026"));
    }

    @Test
    void aChangeWithinAMonthIsProratedByItsDays() {
        QuotaSchedule schedule = new QuotaSchedule(List.of(step("2026-01-01", 1, "90000", "0", "0", "0"),
                step("2026-01-11", 2, "180000", "0", "0", "0")), 1);

        assertEquals(money("50322.58"), amount(schedule, "2026-01"), "(10 x 30,000 + 21 x 60,000) / 31");
    }

    @Test
    void onTheSameDateTheLaterVersionWins() {
        QuotaSchedule schedule = new QuotaSchedule(List.of(step("2026-01-01", 2, "12", "12", "12", "12"),
                step("2026-01-01", 1, "99", "99", "99", "99")), 1);

        assertEquals(money("4"), amount(schedule, "2026-01"));
        assertEquals(2, schedule.inEffectOn(LocalDate.parse("2026-06-01")).sequence());
    }

    @Test
    void explicitQuartersAreUsedAsGiven() {
        QuotaSchedule schedule = new QuotaSchedule(List.of(step("2025-10-01", 1, "10000", "20000", "30000", "40000")), 10);

        assertEquals(money("10000"), schedule.amountFor(Period.parse("FY2026-Q1", 10)));
        assertEquals(money("40000"), schedule.amountFor(Period.parse("FY2026-Q4", 10)));
        assertEquals(money("13333.33"), schedule.amountFor(Period.parse("2026-07", 10)), "July is in the fourth fiscal quarter");
    }
}
