package io.accountable.quota.statement;

import static io.accountable.quota.Fixtures.as;
import static io.accountable.quota.statement.CompensationScenario.amounts;
import static io.accountable.quota.statement.CompensationScenario.terms;
import static io.accountable.quota.statement.CompensationScenario.tier;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.devstack.DevStackTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Every worked example of docs/domain/commissions.md, through the REST API: plans, quotas, sales, reversals, statements. */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class CommissionAcceptanceTest {

    static final List<String[]> ANNUAL_TIERS = List.of(tier("0", "4"), tier("150000", "6"), tier("250000", "8"));
    static final List<String[]> TRANSACTION_TIERS = List.of(tier("0", "1"), tier("1000", "2"), tier("3000", "3"), tier("8000", "5"));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void marginalOnTheRunningTotalPays1100OnA20000DealAt145000YearToDate() {
        CompensationScenario scenario = CompensationScenario.onPlan(bootstrap,
                terms("MARGINAL_RUNNING_TOTAL", "YEAR", "AMOUNT", ANNUAL_TIERS), "2026-01-01");
        scenario.sell("145000.00", "2026-02-10");
        scenario.sell("20000.00", "2026-05-05");

        JsonPath may = scenario.statement("2026-05");
        assertEquals(List.of("1100.00"), amounts(may, "SALE"));
        assertEquals(5.5f, may.getFloat("lines[0].ratePercent"), "blended 5.5%");
        assertTrue(may.getString("lines[0].rule").contains("5000.00 at 4% + 15000.00 at 6%"), may.getString("lines[0].rule"));
        assertEquals("6900.00", scenario.statement("FY2026").getString("totals.commission.amount"), "5,800 + 1,100");
    }

    @Test
    void sixTransactionsEarn164MarginalWithinEachAnd285OnTheRunningTotal() {
        CompensationScenario perTransaction = CompensationScenario.onPlan(bootstrap,
                terms("MARGINAL_PER_TRANSACTION", "MONTH", "AMOUNT", TRANSACTION_TIERS), "2026-01-01");
        CompensationScenario running = CompensationScenario.onPlan(bootstrap,
                terms("MARGINAL_RUNNING_TOTAL", "MONTH", "AMOUNT", TRANSACTION_TIERS), "2026-01-01");
        int day = 1;
        for (String amount : List.of("200.00", "300.00", "1500.00", "1200.00", "2000.00", "4500.00")) {
            String date = "2026-03-%02d".formatted(day++);
            perTransaction.sell(amount, date);
            running.sell(amount, date);
        }

        JsonPath each = perTransaction.statement("2026-03");
        assertEquals(List.of("2.00", "3.00", "20.00", "14.00", "30.00", "95.00"), amounts(each, "SALE"));
        assertEquals("164.00", each.getString("totals.commission.amount"));
        assertEquals("285.00", running.statement("2026-03").getString("totals.commission.amount"));
    }

    @Test
    void retroactiveUnlockThenAcceleratorOnAMonthlyQuotaOf33000Pays750Then2000Then4700() {
        CompensationScenario scenario = CompensationScenario.onPlan(bootstrap,
                terms("RETROACTIVE_UNLOCK", "MONTH", "PERCENT_OF_QUOTA", List.of(tier("0", "5"), tier("50", "10"), tier("100", "20"))),
                "2026-01-01").quota(2026, "396000.00");
        scenario.sell("15000.00", "2026-01-20");
        scenario.sell("20000.00", "2026-02-20");
        scenario.sell("40000.00", "2026-03-20");

        assertEquals("750.00", scenario.statement("2026-01").getString("totals.commission.amount"));
        assertEquals("2000.00", scenario.statement("2026-02").getString("totals.commission.amount"));
        JsonPath march = scenario.statement("2026-03");
        assertEquals("4700.00", march.getString("totals.commission.amount"));
        assertEquals("33000.00", march.getString("quota.amount"));
        assertEquals(121.21f, march.getFloat("attainmentPercent"));
    }

    @Test
    void aRetroactiveUnlockShowsOnTheSaleThatUnlocksIt() {
        CompensationScenario scenario = CompensationScenario.onPlan(bootstrap,
                terms("RETROACTIVE_UNLOCK", "MONTH", "PERCENT_OF_QUOTA", List.of(tier("0", "5"), tier("50", "10"), tier("100", "20"))),
                "2026-01-01").quota(2026, "396000.00");
        scenario.sell("15000.00", "2026-04-02");
        scenario.sell("5000.00", "2026-04-03");

        JsonPath april = scenario.statement("2026-04");
        assertEquals(List.of("750.00", "1250.00"), amounts(april, "SALE"));
        assertTrue(april.getString("lines[1].rule").contains("unlocks 10% retroactively"), april.getString("lines[1].rule"));
    }

    @Test
    void tiersRelativeToQuotaWithoutAQuotaAreA422NotAGuess() {
        CompensationScenario scenario = CompensationScenario.onPlan(bootstrap,
                terms("RETROACTIVE_UNLOCK", "MONTH", "PERCENT_OF_QUOTA", List.of(tier("0", "5"), tier("50", "10"), tier("100", "20"))),
                "2026-01-01");
        scenario.sell("15000.00", "2026-01-20");

        as("account-executive", scenario.executive)
                .get("/api/statements/" + scenario.executive + "/2026-01").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:no-quota-for-period"))
                .body("period", equalTo("2026-01"));
    }

    @Test
    void aboveQuotaNonCumulativePays8800AndCumulativePays6800() {
        List<String[]> tiers = List.of(tier("0", "6"), tier("100", "8"));
        CompensationScenario nonCumulative = CompensationScenario.onPlan(bootstrap,
                terms("WHOLE_AMOUNT_HIGHEST_TIER", "MONTH", "PERCENT_OF_QUOTA", tiers), "2026-01-01").quota(2026, "1200000.00");
        CompensationScenario cumulative = CompensationScenario.onPlan(bootstrap,
                terms("MARGINAL_RUNNING_TOTAL", "MONTH", "PERCENT_OF_QUOTA", tiers), "2026-01-01").quota(2026, "1200000.00");
        nonCumulative.sell("110000.00", "2026-04-15");
        cumulative.sell("110000.00", "2026-04-15");

        assertEquals("8800.00", nonCumulative.statement("2026-04").getString("totals.commission.amount"));
        assertEquals("6800.00", cumulative.statement("2026-04").getString("totals.commission.amount"));
    }

    @Test
    void theBoundaryRuleIsAPlanSetting() {
        List<String[]> tiers = List.of(tier("0", "4"), tier("150000", "6"));
        CompensationScenario higher = CompensationScenario.onPlan(bootstrap, terms("WHOLE_AMOUNT_HIGHEST_TIER", "MONTH", "AMOUNT", tiers),
                "2026-01-01");
        Map<String, Object> lowerTerms = terms("WHOLE_AMOUNT_HIGHEST_TIER", "MONTH", "AMOUNT", tiers);
        lowerTerms.put("boundaryRule", "EDGE_TAKES_LOWER");
        CompensationScenario lower = CompensationScenario.onPlan(bootstrap, lowerTerms, "2026-01-01");
        higher.sell("150000.00", "2026-06-01");
        lower.sell("150000.00", "2026-06-01");

        assertEquals("9000.00", higher.statement("2026-06").getString("totals.commission.amount"), "on the edge: the higher tier");
        assertEquals("6000.00", lower.statement("2026-06").getString("totals.commission.amount"), "on the edge: the lower tier");
    }

    @Test
    void aDrawPays1000EachMonthWhileTheBalanceGrows500Then800Then1400AndIsRecoveredLater() {
        Map<String, Object> terms = terms("MARGINAL_RUNNING_TOTAL", "MONTH", "AMOUNT", List.<String[]> of(tier("0", "10")));
        terms.put("draw", Map.of("amount", "1000", "recoverable", true));
        CompensationScenario scenario = CompensationScenario.onPlan(bootstrap, terms, "2026-01-01");
        scenario.sell("5000.00", "2026-01-15");
        scenario.sell("7000.00", "2026-02-15");
        scenario.sell("4000.00", "2026-03-15");
        scenario.sell("20000.00", "2026-04-15");

        List<String> totals = List.of("2026-01", "2026-02", "2026-03", "2026-04").stream()
                .map(month -> scenario.statement(month).getString("totals.totalCompensation.amount")).toList();
        assertEquals(List.of("1000.00", "1000.00", "1000.00", "1000.00"), totals);
        assertEquals(List.of("500.00"), amounts(scenario.statement("2026-01"), "DRAW_TOP_UP"));
        JsonPath march = scenario.statement("2026-03");
        assertEquals(List.of("600.00"), amounts(march, "DRAW_TOP_UP"));
        assertTrue(march.getString("lines.find { it.kind == 'DRAW_TOP_UP' }.rule").contains("owed 1400.00"));
        assertTrue(scenario.statement("2026-02").getString("lines.find { it.kind == 'DRAW_TOP_UP' }.rule").contains("owed 800.00"));
        JsonPath april = scenario.statement("2026-04");
        assertEquals(List.of("-1000.00"), amounts(april, "DRAW_RECOVERY"));
        assertTrue(april.getString("lines.find { it.kind == 'DRAW_RECOVERY' }.rule").contains("owed 400.00"));
        assertEquals("1400.00", scenario.statement("FY2026-Q1").getString("totals.draw.amount"), "the quarter shows its three top-ups");
    }

    @Test
    void aReversalClawsBackAtTheRateOriginallyPaidInThePeriodOfTheReversal() {
        CompensationScenario scenario = CompensationScenario.onPlan(bootstrap,
                terms("MARGINAL_RUNNING_TOTAL", "YEAR", "AMOUNT", ANNUAL_TIERS), "2026-01-01");
        scenario.sell("145000.00", "2026-02-10");
        String deal = scenario.sell("20000.00", "2026-05-05");
        scenario.reverse(deal, "5000.00", "2026-06-10");
        scenario.reverse(deal, "15000.00", "2026-07-10");

        JsonPath june = scenario.statement("2026-06");
        assertEquals(List.of("-275.00"), amounts(june, "CLAWBACK"), "5,000 at the 5.5% the deal earned");
        assertEquals(5.5f, june.getFloat("lines.find { it.kind == 'CLAWBACK' }.ratePercent"));
        assertEquals(List.of("-825.00"), amounts(scenario.statement("2026-07"), "CLAWBACK"));
        assertEquals(List.of("1100.00"), amounts(scenario.statement("2026-05"), "SALE"), "May is not rewritten");
        JsonPath year = scenario.statement("FY2026");
        assertEquals("6900.00", year.getString("totals.commission.amount"));
        assertEquals("-1100.00", year.getString("totals.clawbacks.amount"));
    }

    @Test
    void bonusesAtOneHundredAndOneHundredTwentyPercentAndACapPerPeriod() {
        Map<String, Object> terms = terms("MARGINAL_RUNNING_TOTAL", "MONTH", "AMOUNT", List.<String[]> of(tier("0", "10")));
        terms.put("bonuses", List.of(Map.of("attainmentPercent", "100", "amount", "1000"), Map.of("attainmentPercent", "120", "amount", "2500")));
        terms.put("cap", "1100");
        terms.put("baseSalary", "60000");
        CompensationScenario scenario = CompensationScenario.onPlan(bootstrap, terms, "2026-01-01").quota(2026, "120000.00");
        scenario.sell("12000.00", "2026-05-10");
        scenario.sell("10000.00", "2026-06-10");
        scenario.sell("9999.99", "2026-07-10");

        JsonPath may = scenario.statement("2026-05");
        assertEquals(List.of("-100.00"), amounts(may, "CAP"));
        assertEquals(List.of("1000.00", "2500.00"), amounts(may, "BONUS"));
        assertEquals(List.of("5000.00"), amounts(may, "BASE_SALARY"));
        assertEquals("9600.00", may.getString("totals.totalCompensation.amount"), "1,200 - 100 + 3,500 + 5,000");
        assertEquals(List.of("1000.00"), amounts(scenario.statement("2026-06"), "BONUS"), "exactly 100% earns the 100% bonus");
        assertEquals(List.of(), amounts(scenario.statement("2026-07"), "BONUS"), "99.9999% earns none");
        assertEquals(List.of("15000.00"), amounts(scenario.statement("FY2026-Q2"), "BASE_SALARY"));
    }
}
