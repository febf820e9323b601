package io.accountable.compliance.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.compliance.policy.Deceased;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GiftValuationTest {

    @Test
    void valueIsTheHigherOfCostAndMarketAndForTicketsOfCostAndFace() {
        assertEquals(new BigDecimal("120"), GiftValuation.value(GiftCategory.BUSINESS_GIFT, new BigDecimal("80"), new BigDecimal("120"), null));
        assertEquals(new BigDecimal("80"), GiftValuation.value(GiftCategory.BUSINESS_GIFT, new BigDecimal("80"), new BigDecimal("50"), new BigDecimal("500")));
        assertEquals(new BigDecimal("80"), GiftValuation.value(GiftCategory.BUSINESS_GIFT, new BigDecimal("80"), null, null));
        assertEquals(new BigDecimal("250"), GiftValuation.value(GiftCategory.UNHOSTED_TICKETS, new BigDecimal("90"), new BigDecimal("400"), new BigDecimal("250")));
    }

    @ParameterizedTest(name = "{0} among {1}")
    @CsvSource({
            "100.00, 3, 33.34 33.33 33.33",
            "100.00, 1, 100.00",
            "0.05,   3, 0.02 0.02 0.01",
            "10.00,  4, 2.50 2.50 2.50 2.50",
            "299.99, 7, 42.86 42.86 42.86 42.86 42.85 42.85 42.85",
    })
    void sharesAddUpToTheCent(BigDecimal amount, int recipients, String expected) {
        List<BigDecimal> shares = GiftValuation.split(amount, recipients);
        assertEquals(List.of(expected.split(" ")), shares.stream().map(BigDecimal::toPlainString).toList());
        assertEquals(0, amount.compareTo(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    @Test
    void convertsAtTheRecordedRateToTheCent() {
        assertEquals(new BigDecimal("108.65"), GiftValuation.toUsd(new BigDecimal("100.00"), new BigDecimal("1.08645")));
    }

    @Test
    void whatCountsTowardTheLimit() {
        Set<Deceased> family = EnumSet.of(Deceased.RECIPIENT, Deceased.SPOUSE, Deceased.PARENT, Deceased.PARENT_IN_LAW,
                Deceased.SIBLING, Deceased.CHILD);
        assertTrue(GiftValuation.countsTowardLimit(GiftCategory.BUSINESS_GIFT, PaidBy.GIVER, null, family));
        assertTrue(GiftValuation.countsTowardLimit(GiftCategory.UNHOSTED_TICKETS, PaidBy.FIRM, null, family));
        assertTrue(GiftValuation.countsTowardLimit(GiftCategory.PERSONAL, PaidBy.FIRM, null, family));
        assertFalse(GiftValuation.countsTowardLimit(GiftCategory.PERSONAL, PaidBy.GIVER, null, family));
        for (GiftCategory outside : List.of(GiftCategory.DE_MINIMIS, GiftCategory.PROMOTIONAL_LOGO_ITEM, GiftCategory.COMMEMORATIVE,
                GiftCategory.DISASTER_DONATION, GiftCategory.EMPLOYMENT_AGREEMENT_PAYMENT)) {
            assertFalse(GiftValuation.countsTowardLimit(outside, PaidBy.FIRM, null, family), outside.name());
        }
        for (Deceased relative : family) {
            assertFalse(GiftValuation.countsTowardLimit(GiftCategory.BEREAVEMENT, PaidBy.FIRM, relative, family), relative.name());
        }
        assertTrue(GiftValuation.countsTowardLimit(GiftCategory.BEREAVEMENT, PaidBy.FIRM, Deceased.OTHER, family));
        assertTrue(GiftValuation.countsTowardLimit(GiftCategory.BEREAVEMENT, PaidBy.FIRM, Deceased.SIBLING, EnumSet.of(Deceased.RECIPIENT)),
                "only the relationships the policy lists are excluded");
    }
}
