package io.accountable.quota.commission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bonuses, cap, draw with recovery and base salary shares (docs/domain/commissions.md, "Other mechanics"). */
class PeriodSettlerTest {

    static final List<Tier> FLAT = List.of(Tier.of("0", "5"));
    static final List<Bonus> BONUSES = List.of(Bonus.of("100", "1000"), Bonus.of("120", "2500"));

    static PeriodSettler settler(BoundaryRule boundary, List<Bonus> bonuses, String cap, Draw draw) {
        return new PeriodSettler(new PlanTerms(TierMode.MARGINAL_RUNNING_TOTAL, boundary, TierBasis.AMOUNT, FLAT, bonuses,
                cap == null ? null : new BigDecimal(cap), draw));
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount).setScale(2);
    }

    @ParameterizedTest(name = "attainment {0}% earns {1}")
    @CsvSource({ "0, 0", "99.99, 0", "100, 1000", "100.00, 1000", "119.99, 1000", "120, 3500", "250, 3500" })
    void bonusesArePaidAtTheAttainmentThresholdsReached(String attainment, String bonus) {
        PeriodSettlement settlement = settler(BoundaryRule.EDGE_TAKES_HIGHER, BONUSES, null, null)
                .settle(money("2000"), new BigDecimal(attainment), BigDecimal.ZERO);

        assertEquals(money(bonus), settlement.bonusTotal());
        assertEquals(money("2000").add(money(bonus)), settlement.variablePay());
    }

    @Test
    void withTheLowerBoundaryRuleABonusNeedsMoreThanItsThreshold() {
        PeriodSettler settler = settler(BoundaryRule.EDGE_TAKES_LOWER, BONUSES, null, null);

        assertEquals(money("0"), settler.settle(money("0"), new BigDecimal("100"), BigDecimal.ZERO).bonusTotal());
        assertEquals(money("1000"), settler.settle(money("0"), new BigDecimal("100.01"), BigDecimal.ZERO).bonusTotal());
    }

    @Test
    void aPeriodWithoutQuotaEarnsNoBonus() {
        PeriodSettlement settlement = settler(BoundaryRule.EDGE_TAKES_HIGHER, BONUSES, null, null).settle(money("500"), null, BigDecimal.ZERO);

        assertEquals(List.of(), settlement.bonusesEarned());
        assertEquals(money("500"), settlement.variablePay());
    }

    @Test
    void theCapLimitsCommissionButNotBonuses() {
        PeriodSettlement settlement = settler(BoundaryRule.EDGE_TAKES_HIGHER, BONUSES, "10000", null)
                .settle(money("12000"), new BigDecimal("130"), BigDecimal.ZERO);

        assertEquals(money("-2000"), settlement.capAdjustment());
        assertEquals(money("3500"), settlement.bonusTotal());
        assertEquals(money("13500"), settlement.variablePay());
    }

    @Test
    void commissionUpToTheCapIsUntouched() {
        PeriodSettler settler = settler(BoundaryRule.EDGE_TAKES_HIGHER, List.of(), "10000", null);

        assertEquals(money("0"), settler.settle(money("10000"), null, BigDecimal.ZERO).capAdjustment());
        assertEquals(money("9999.99"), settler.settle(money("9999.99"), null, BigDecimal.ZERO).variablePay());
        assertEquals(money("10000"), settler.settle(money("10000.01"), null, BigDecimal.ZERO).variablePay());
    }

    @Test
    void aRecoverableDrawPays1000EachPeriodAndTheBalanceGrows500Then800Then1400() {
        PeriodSettler settler = settler(BoundaryRule.EDGE_TAKES_HIGHER, List.of(), null, new Draw(new BigDecimal("1000"), true));
        List<String> paid = new ArrayList<>();
        List<String> balances = new ArrayList<>();
        BigDecimal balance = BigDecimal.ZERO;
        for (String earnings : new String[] { "500", "700", "400", "2000", "1500", "1800" }) {
            PeriodSettlement settlement = settler.settle(money(earnings), null, balance);
            balance = settlement.drawBalanceAfter();
            paid.add(settlement.variablePay().toPlainString());
            balances.add(balance.toPlainString());
        }

        assertEquals(List.of("1000.00", "1000.00", "1000.00", "1000.00", "1100.00", "1800.00"), paid);
        assertEquals(List.of("500.00", "800.00", "1400.00", "400.00", "0.00", "0.00"), balances);
    }

    @Test
    void theDrawTopUpAndRecoveryAreShown() {
        PeriodSettler settler = settler(BoundaryRule.EDGE_TAKES_HIGHER, List.of(), null, new Draw(new BigDecimal("1000"), true));

        PeriodSettlement short_ = settler.settle(money("400"), null, money("800"));
        assertEquals(money("600"), short_.drawTopUp());
        assertEquals(money("0"), short_.drawRecovery());

        PeriodSettlement recovering = settler.settle(money("2000"), null, money("1400"));
        assertEquals(money("-1000"), recovering.drawRecovery());
        assertEquals(money("0"), recovering.drawTopUp());
    }

    @Test
    void earningsExactlyAtTheDrawNeitherTopUpNorRecover() {
        PeriodSettlement settlement = settler(BoundaryRule.EDGE_TAKES_HIGHER, List.of(), null, new Draw(new BigDecimal("1000"), true))
                .settle(money("1000"), null, money("500"));

        assertEquals(money("1000"), settlement.variablePay());
        assertEquals(money("500"), settlement.drawBalanceAfter());
    }

    @Test
    void aNonRecoverableDrawIsAFloorWithoutABalance() {
        PeriodSettler settler = settler(BoundaryRule.EDGE_TAKES_HIGHER, List.of(), null, new Draw(new BigDecimal("1000"), false));

        PeriodSettlement settlement = settler.settle(money("400"), null, BigDecimal.ZERO);
        assertEquals(money("1000"), settlement.variablePay());
        assertEquals(money("0"), settlement.drawBalanceAfter());
        assertEquals(money("3000"), settler.settle(money("3000"), null, BigDecimal.ZERO).variablePay());
    }

    @Test
    void clawbacksLargerThanCommissionLeaveNegativeEarningsThatTheDrawTopsUp() {
        PeriodSettlement withoutDraw = settler(BoundaryRule.EDGE_TAKES_HIGHER, List.of(), null, null).settle(money("-300"), null, BigDecimal.ZERO);
        assertEquals(money("-300"), withoutDraw.variablePay());

        PeriodSettlement withDraw = settler(BoundaryRule.EDGE_TAKES_HIGHER, List.of(), null, new Draw(new BigDecimal("1000"), true))
                .settle(money("-300"), null, BigDecimal.ZERO);
        assertEquals(money("1000"), withDraw.variablePay());
        assertEquals(money("1300"), withDraw.drawBalanceAfter());
    }

    @Test
    void capBonusesAndDrawTogether() {
        PeriodSettlement settlement = settler(BoundaryRule.EDGE_TAKES_HIGHER, BONUSES, "5000", new Draw(new BigDecimal("1000"), true))
                .settle(money("8000"), new BigDecimal("101"), money("1400"));

        assertEquals(money("-3000"), settlement.capAdjustment());
        assertEquals(money("6000"), settlement.earned());
        assertEquals(money("-1400"), settlement.drawRecovery());
        assertEquals(money("4600"), settlement.variablePay());
        assertEquals(money("0"), settlement.drawBalanceAfter());
    }

    @Test
    void monthlyBaseSalarySharesAddUpToTheAnnualSalary() {
        BigDecimal annual = new BigDecimal("100000");
        BigDecimal sum = BigDecimal.ZERO;
        for (int month = 1; month <= 12; month++) {
            sum = sum.add(PeriodSettler.baseSalaryShare(annual, month, 1));
        }

        assertEquals(money("100000"), sum);
        assertEquals(money("8333.33"), PeriodSettler.baseSalaryShare(annual, 1, 1));
        assertEquals(money("8333.34"), PeriodSettler.baseSalaryShare(annual, 2, 1));
        assertEquals(money("25000"), PeriodSettler.baseSalaryShare(annual, 1, 3));
        assertEquals(money("25000"), PeriodSettler.baseSalaryShare(annual, 10, 3));
        assertEquals(money("100000"), PeriodSettler.baseSalaryShare(annual, 1, 12));
        assertThrows(IllegalArgumentException.class, () -> PeriodSettler.baseSalaryShare(annual, 11, 3));
        assertThrows(IllegalArgumentException.class, () -> PeriodSettler.baseSalaryShare(annual, 0, 1));
    }

    @Test
    void bonusesAndDrawsMustBeWellFormed() {
        assertThrows(IllegalArgumentException.class, () -> Bonus.of("0", "100"));
        assertThrows(IllegalArgumentException.class, () -> Bonus.of("100", "-1"));
        assertThrows(IllegalArgumentException.class, () -> new Draw(new BigDecimal("-1"), true));
        assertThrows(IllegalArgumentException.class, () -> settler(BoundaryRule.EDGE_TAKES_HIGHER, List.of(), "-1", null));
    }
}
