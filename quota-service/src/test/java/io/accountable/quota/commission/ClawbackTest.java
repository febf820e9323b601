package io.accountable.quota.commission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ClawbackTest {

    static BigDecimal clawback(String amount, String commission, String before, String reversing) {
        return Clawback.of(new BigDecimal(amount), new BigDecimal(commission), new BigDecimal(before), new BigDecimal(reversing));
    }

    @Test
    void aFullReversalTakesBackExactlyWhatTheSaleEarned() {
        assertEquals(new BigDecimal("-1100.00"), clawback("20000", "1100.00", "0", "20000"));
    }

    @Test
    void aPartialReversalTakesBackAtTheRateOriginallyPaid() {
        assertEquals(new BigDecimal("-275.00"), clawback("20000", "1100.00", "0", "5000"), "5,000 at the 5.5% the sale earned");
        assertEquals(new BigDecimal("-825.00"), clawback("20000", "1100.00", "5000", "15000"));
    }

    @Test
    void partialReversalsAddUpToTheOriginalCommissionToTheCent() {
        BigDecimal first = clawback("3", "100.00", "0", "1");
        BigDecimal second = clawback("3", "100.00", "1", "1");
        BigDecimal third = clawback("3", "100.00", "2", "1");

        assertEquals(new BigDecimal("-33.33"), first);
        assertEquals(new BigDecimal("-33.34"), second);
        assertEquals(new BigDecimal("-33.33"), third);
        assertEquals(new BigDecimal("-100.00"), first.add(second).add(third));
    }

    @Test
    void aSaleThatEarnedNothingClawsBackNothing() {
        assertEquals(new BigDecimal("0.00"), clawback("500", "0", "0", "500"));
    }

    @Test
    void moreThanWasCreditedCannotBeReversed() {
        assertThrows(IllegalArgumentException.class, () -> clawback("20000", "1100", "15000", "5000.01"));
        assertThrows(IllegalArgumentException.class, () -> clawback("20000", "1100", "0", "0"));
        assertThrows(IllegalArgumentException.class, () -> clawback("20000", "1100", "0", "-1"));
    }
}
