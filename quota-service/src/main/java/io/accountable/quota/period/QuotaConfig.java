package io.accountable.quota.period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.List;

/** The firm's quota settings. */
@ConfigMapping(prefix = "accountable.quota")
public interface QuotaConfig {

    /** The month (1 = January) the fiscal year starts; a fiscal year is named after the calendar year it ends in. */
    @WithDefault("1")
    int fiscalYearStartMonth();

    /** The firm's reporting currency: what credited sales are shown in for a period without a quota. */
    @WithDefault("USD")
    String currency();

    /** Attainment percentages whose crossing is published. */
    @WithDefault("50,75,100,120")
    List<BigDecimal> attainmentThresholds();
}
