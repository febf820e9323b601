package io.accountable.quota.common;

import java.math.BigDecimal;

/** Numbers as people read them: 60 rather than 60.0000 or 6E+1. */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
