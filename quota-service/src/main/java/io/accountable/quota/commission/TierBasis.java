package io.accountable.quota.commission;

/** What a tier's threshold is measured in. */
public enum TierBasis {
    /** The threshold is an amount of credited sales. */
    AMOUNT,
    /** The threshold is a percentage of the period's quota (50 = half of quota). */
    PERCENT_OF_QUOTA
}
