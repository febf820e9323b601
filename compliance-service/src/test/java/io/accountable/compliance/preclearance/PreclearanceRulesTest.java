package io.accountable.compliance.preclearance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PreclearanceRulesTest {

    @ParameterizedTest(name = "counts={0} nominal={1} listed={2} share={3} used={4} -> {5}")
    @CsvSource({
            "true,  false, true,  100.00,   0.00, APPROVED",
            "true,  false, true,  240.00,   0.00, APPROVED",
            "true,  false, true,  240.01,   0.00, NEEDS_REVIEW",
            "true,  false, true,   60.00, 240.00, NEEDS_REVIEW",
            "true,  false, true,   60.00, 240.01, DENIED",
            "true,  false, false,  10.00,   0.00, NEEDS_REVIEW",
            "true,  false, false, 301.00,   0.00, DENIED",
            "false, true,  true,   50.00, 300.00, APPROVED",
            "false, true,  true,   50.01,   0.00, DENIED",
            "false, false, true, 5000.00, 300.00, APPROVED",
    })
    void decidesByValueBand(boolean counts, boolean nominal, boolean listed, BigDecimal share, BigDecimal used,
            PreclearanceDecision expected) {
        assertEquals(expected, PreclearanceRules.decide(counts, nominal, listed, share, used, new BigDecimal("300"),
                new BigDecimal("240"), new BigDecimal("50")).decision());
    }

    @Test
    void severalRecipientsGetTheLeastFavourableAnswer() {
        assertEquals(PreclearanceDecision.DENIED, PreclearanceRules.overall(List.of(PreclearanceDecision.APPROVED,
                PreclearanceDecision.NEEDS_REVIEW, PreclearanceDecision.DENIED)));
        assertEquals(PreclearanceDecision.NEEDS_REVIEW, PreclearanceRules.overall(List.of(PreclearanceDecision.APPROVED,
                PreclearanceDecision.NEEDS_REVIEW)));
        assertEquals(PreclearanceDecision.APPROVED, PreclearanceRules.overall(List.of(PreclearanceDecision.APPROVED)));
    }
}
