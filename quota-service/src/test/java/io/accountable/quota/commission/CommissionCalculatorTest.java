package io.accountable.quota.commission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tier modes of docs/domain/commissions.md, with its worked numbers, and their edges. */
class CommissionCalculatorTest {

    static final List<Tier> ANNUAL_TIERS = List.of(Tier.of("0", "4"), Tier.of("150000", "6"), Tier.of("250000", "8"));
    static final List<Tier> TRANSACTION_TIERS = List.of(Tier.of("0", "1"), Tier.of("1000", "2"), Tier.of("3000", "3"),
            Tier.of("8000", "5"));
    static final List<Tier> UNLOCK_TIERS = List.of(Tier.of("0", "5"), Tier.of("50", "10"), Tier.of("100", "20"));
    static final List<Tier> ABOVE_QUOTA_TIERS = List.of(Tier.of("0", "6"), Tier.of("100", "8"));
    static final List<String> SIX_TRANSACTIONS = List.of("200", "300", "1500", "1200", "2000", "4500");

    static PlanTerms plan(TierMode mode, BoundaryRule boundary, TierBasis basis, List<Tier> tiers) {
        return new PlanTerms(mode, boundary, basis, tiers, List.of(), null, null);
    }

    static PlanTerms plan(TierMode mode, List<Tier> tiers) {
        return plan(mode, BoundaryRule.EDGE_TAKES_HIGHER, TierBasis.AMOUNT, tiers);
    }

    static List<CommissionLine> lines(PlanTerms terms, String quota, String... amounts) {
        List<CreditedAmount> credits = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            credits.add(new CreditedAmount("sale-" + (i + 1), new BigDecimal(amounts[i])));
        }
        return new CommissionCalculator(terms, quota == null ? null : new BigDecimal(quota)).lines(credits);
    }

    static BigDecimal total(List<CommissionLine> lines) {
        return lines.stream().map(CommissionLine::commission).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static void assertMoney(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected).setScale(2), actual);
    }

    @Test
    void marginalOnTheRunningTotalPaysEachSliceAtItsTiersRate() {
        List<CommissionLine> lines = lines(plan(TierMode.MARGINAL_RUNNING_TOTAL, ANNUAL_TIERS), null, "145000", "20000");

        assertMoney("5800", lines.get(0).commission());
        assertMoney("1100", lines.get(1).commission());
        assertEquals(new BigDecimal("5.5000"), lines.get(1).ratePercent(), "blended 5.5%");
        assertEquals("MARGINAL_RUNNING_TOTAL: 5000.00 at 4% + 15000.00 at 6%", lines.get(1).rule());
    }

    @Test
    void marginalOnTheRunningTotalCrossesEveryTierInOneDeal() {
        List<CommissionLine> lines = lines(plan(TierMode.MARGINAL_RUNNING_TOTAL, ANNUAL_TIERS), null, "300000");

        assertMoney("16000", lines.get(0).commission(), "150,000 x 4% + 100,000 x 6% + 50,000 x 8%");
    }

    static void assertMoney(String expected, BigDecimal actual, String message) {
        assertEquals(new BigDecimal(expected).setScale(2), actual, message);
    }

    @Test
    void marginalWithinEachTransactionIgnoresTheRunningTotal() {
        List<CommissionLine> lines = lines(plan(TierMode.MARGINAL_PER_TRANSACTION, TRANSACTION_TIERS), null,
                SIX_TRANSACTIONS.toArray(String[]::new));

        assertEquals(List.of("2.00", "3.00", "20.00", "14.00", "30.00", "95.00"),
                lines.stream().map(l -> l.commission().toPlainString()).toList());
        assertMoney("164", total(lines));
        assertEquals("MARGINAL_PER_TRANSACTION: 1000.00 at 1% + 500.00 at 2%", lines.get(2).rule());
        assertEquals("MARGINAL_PER_TRANSACTION: 1000.00 at 1% + 2000.00 at 2% + 1500.00 at 3%", lines.get(5).rule());
    }

    @Test
    void theSameSixTransactionsOnARunningTotalEarn285() {
        List<CommissionLine> lines = lines(plan(TierMode.MARGINAL_RUNNING_TOTAL, TRANSACTION_TIERS), null,
                SIX_TRANSACTIONS.toArray(String[]::new));

        assertMoney("285", total(lines));
        assertMoney("285", CommissionCalculator.cents(
                new CommissionCalculator(plan(TierMode.MARGINAL_RUNNING_TOTAL, TRANSACTION_TIERS), null).cumulativeCommission(new BigDecimal("9700"))));
    }

    @Test
    void aTransactionAboveTheLastTierEdgeUsesTheTopRate() {
        List<CommissionLine> lines = lines(plan(TierMode.MARGINAL_PER_TRANSACTION, TRANSACTION_TIERS), null, "25000");

        assertMoney("1050", lines.get(0).commission(), "10 + 40 + 150 + 17,000 x 5%");
    }

    @Test
    void wholeAmountAtTheHighestTierReachedRepricesEarlierSales() {
        List<CommissionLine> lines = lines(plan(TierMode.WHOLE_AMOUNT_HIGHEST_TIER, ANNUAL_TIERS), null, "145000", "20000");

        assertMoney("5800", lines.get(0).commission(), "145,000 x 4%");
        assertMoney("4100", lines.get(1).commission(), "165,000 x 6% = 9,900, less the 5,800 already earned");
        assertMoney("9900", total(lines));
        assertTrue(lines.get(1).rule().contains("applied retroactively"), lines.get(1).rule());
    }

    @Test
    void retroactiveUnlockThenAcceleratorOnAMonthlyQuotaOf33000() {
        PlanTerms terms = plan(TierMode.RETROACTIVE_UNLOCK, BoundaryRule.EDGE_TAKES_HIGHER, TierBasis.PERCENT_OF_QUOTA, UNLOCK_TIERS);

        assertMoney("750", total(lines(terms, "33000", "15000")));
        assertMoney("2000", total(lines(terms, "33000", "20000")));
        assertMoney("4700", total(lines(terms, "33000", "40000")));
    }

    @Test
    void retroactiveUnlockShowsTheUpliftOnTheLineThatUnlocksIt() {
        PlanTerms terms = plan(TierMode.RETROACTIVE_UNLOCK, BoundaryRule.EDGE_TAKES_HIGHER, TierBasis.PERCENT_OF_QUOTA, UNLOCK_TIERS);

        List<CommissionLine> lines = lines(terms, "33000", "15000", "5000", "20000");

        assertMoney("750", lines.get(0).commission());
        assertMoney("1250", lines.get(1).commission(), "20,000 x 10% - 750");
        assertMoney("2700", lines.get(2).commission(), "4,700 - 2,000");
        assertMoney("4700", total(lines));
        assertTrue(lines.get(1).rule().contains("unlocks 10% retroactively on the earlier 15000.00"), lines.get(1).rule());
    }

    @Test
    void retroactiveUnlockWithTiersAsAmounts() {
        PlanTerms terms = plan(TierMode.RETROACTIVE_UNLOCK,
                List.of(Tier.of("0", "5"), Tier.of("16500", "10"), Tier.of("33000", "20")));

        assertMoney("4700", total(lines(terms, "33000", "40000")));
    }

    @Test
    void retroactiveUnlockPaysTheGapBetweenQuotaAndTheAcceleratorAtTheUnlockedRate() {
        PlanTerms terms = plan(TierMode.RETROACTIVE_UNLOCK, BoundaryRule.EDGE_TAKES_HIGHER, TierBasis.PERCENT_OF_QUOTA,
                List.of(Tier.of("0", "5"), Tier.of("50", "10"), Tier.of("120", "20")));

        assertMoney("4400", total(lines(terms, "30000", "40000")), "36,000 x 10% + 4,000 x 20%");
    }

    @Test
    void aboveQuotaNonCumulativePays8800AndCumulativePays6800() {
        assertMoney("8800", total(lines(plan(TierMode.WHOLE_AMOUNT_HIGHEST_TIER, BoundaryRule.EDGE_TAKES_HIGHER,
                TierBasis.PERCENT_OF_QUOTA, ABOVE_QUOTA_TIERS), "100000", "110000")));
        assertMoney("6800", total(lines(plan(TierMode.MARGINAL_RUNNING_TOTAL, BoundaryRule.EDGE_TAKES_HIGHER,
                TierBasis.PERCENT_OF_QUOTA, ABOVE_QUOTA_TIERS), "100000", "110000")));
    }

    @ParameterizedTest(name = "{0} with {1} at {2}: {3}")
    @CsvSource({
            "WHOLE_AMOUNT_HIGHEST_TIER, EDGE_TAKES_HIGHER, 150000, 9000",
            "WHOLE_AMOUNT_HIGHEST_TIER, EDGE_TAKES_LOWER, 150000, 6000",
            "WHOLE_AMOUNT_HIGHEST_TIER, EDGE_TAKES_LOWER, 150000.01, 9000.00",
            "WHOLE_AMOUNT_HIGHEST_TIER, EDGE_TAKES_HIGHER, 149999.99, 6000.00",
            "WHOLE_AMOUNT_HIGHEST_TIER, EDGE_TAKES_HIGHER, 250000, 20000",
            "WHOLE_AMOUNT_HIGHEST_TIER, EDGE_TAKES_LOWER, 250000, 15000",
            "MARGINAL_RUNNING_TOTAL, EDGE_TAKES_HIGHER, 150000, 6000",
            "MARGINAL_RUNNING_TOTAL, EDGE_TAKES_LOWER, 150000, 6000",
            "MARGINAL_PER_TRANSACTION, EDGE_TAKES_HIGHER, 150000, 6000",
    })
    void theBoundaryRuleDecidesTheRateOfAnAmountExactlyOnAnEdge(TierMode mode, BoundaryRule boundary, String amount, String expected) {
        assertMoney(expected, total(lines(plan(mode, boundary, TierBasis.AMOUNT, ANNUAL_TIERS), null, amount)));
    }

    @ParameterizedTest(name = "{0} on a quota of 33,000 at 16,500: {1}")
    @CsvSource({ "EDGE_TAKES_HIGHER, 1650", "EDGE_TAKES_LOWER, 825" })
    void theBoundaryRuleAppliesToARetroactiveUnlock(BoundaryRule boundary, String expected) {
        PlanTerms terms = plan(TierMode.RETROACTIVE_UNLOCK, boundary, TierBasis.PERCENT_OF_QUOTA, UNLOCK_TIERS);

        assertMoney(expected, total(lines(terms, "33000", "16500")));
    }

    @Test
    void exactlyAtQuotaNothingAccelerates() {
        PlanTerms terms = plan(TierMode.RETROACTIVE_UNLOCK, BoundaryRule.EDGE_TAKES_HIGHER, TierBasis.PERCENT_OF_QUOTA, UNLOCK_TIERS);

        assertMoney("3300", total(lines(terms, "33000", "33000")));
    }

    @Test
    void linesAreRoundedHalfUpToCentsAndAddUpToTheRoundedPeriodTotal() {
        PlanTerms running = plan(TierMode.MARGINAL_RUNNING_TOTAL, List.of(Tier.of("0", "1")));
        List<CommissionLine> lines = lines(running, null, "0.50", "0.50", "0.50");

        assertEquals(List.of("0.01", "0.00", "0.01"), lines.stream().map(l -> l.commission().toPlainString()).toList());
        assertMoney("0.02", total(lines), "1.50 x 1% = 0.015, rounded half up");

        List<CommissionLine> perTransaction = lines(plan(TierMode.MARGINAL_PER_TRANSACTION, List.of(Tier.of("0", "1"))), null,
                "0.50", "0.50", "0.50");
        assertEquals(List.of("0.01", "0.01", "0.01"), perTransaction.stream().map(l -> l.commission().toPlainString()).toList());
    }

    @Test
    void manySmallSalesOnARunningTotalAddUpToTheCent() {
        PlanTerms terms = plan(TierMode.MARGINAL_RUNNING_TOTAL, List.of(Tier.of("0", "3.33"), Tier.of("1000", "7.77")));
        String[] amounts = new String[100];
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = "19.99";
        }

        List<CommissionLine> lines = lines(terms, null, amounts);

        BigDecimal expected = CommissionCalculator.cents(new CommissionCalculator(terms, null).cumulativeCommission(new BigDecimal("1999")));
        assertEquals(expected, total(lines));
        assertMoney("110.92", expected, "1,000 x 3.33% + 999 x 7.77% = 33.30 + 77.6223");
    }

    @Test
    void aZeroRateTierEarnsNothingUntilTheNextTier() {
        List<CommissionLine> lines = lines(plan(TierMode.MARGINAL_RUNNING_TOTAL, List.of(Tier.of("0", "0"), Tier.of("10000", "10"))),
                null, "8000", "4000");

        assertMoney("0", lines.get(0).commission());
        assertMoney("200", lines.get(1).commission());
        assertEquals(new BigDecimal("0.0000"), lines.get(0).ratePercent());
    }

    @Test
    void noSalesNoLines() {
        assertEquals(List.of(), lines(plan(TierMode.MARGINAL_RUNNING_TOTAL, ANNUAL_TIERS), null));
    }

    @Test
    void tiersAreSortedWhateverOrderTheyCameIn() {
        PlanTerms terms = plan(TierMode.MARGINAL_RUNNING_TOTAL,
                List.of(Tier.of("250000", "8"), Tier.of("0", "4"), Tier.of("150000", "6")));

        assertMoney("1100", lines(terms, null, "145000", "20000").get(1).commission());
    }

    @Test
    void aPlanMustBeWellFormed() {
        assertThrows(IllegalArgumentException.class, () -> plan(TierMode.MARGINAL_RUNNING_TOTAL, List.of()));
        assertThrows(IllegalArgumentException.class, () -> plan(TierMode.MARGINAL_RUNNING_TOTAL, List.of(Tier.of("100", "4"))));
        assertThrows(IllegalArgumentException.class,
                () -> plan(TierMode.MARGINAL_RUNNING_TOTAL, List.of(Tier.of("0", "4"), Tier.of("0", "6"))));
        assertThrows(IllegalArgumentException.class, () -> Tier.of("0", "-1"));
        assertThrows(IllegalArgumentException.class, () -> Tier.of("-5", "1"));
        assertThrows(IllegalArgumentException.class, () -> new CreditedAmount("x", BigDecimal.ZERO));
    }

    @Test
    void tiersRelativeToQuotaNeedAQuota() {
        PlanTerms terms = plan(TierMode.MARGINAL_RUNNING_TOTAL, BoundaryRule.EDGE_TAKES_HIGHER, TierBasis.PERCENT_OF_QUOTA, ABOVE_QUOTA_TIERS);

        assertThrows(IllegalArgumentException.class, () -> new CommissionCalculator(terms, null));
        assertThrows(IllegalArgumentException.class, () -> new CommissionCalculator(terms, BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> new CommissionCalculator(plan(TierMode.RETROACTIVE_UNLOCK, UNLOCK_TIERS), null));
    }
}
