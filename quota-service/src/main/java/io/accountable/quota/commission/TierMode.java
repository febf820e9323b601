package io.accountable.quota.commission;

/** How a plan turns the credited amounts of a commission period into commission (docs/domain/commissions.md, "Tier modes"). */
public enum TierMode {
    /** Each slice of the period's running total earns its own tier's rate. */
    MARGINAL_RUNNING_TOTAL,
    /** Each transaction alone is split across the tiers by its own amount; the running total is not used. */
    MARGINAL_PER_TRANSACTION,
    /** The whole period amount is paid at the rate of the highest tier reached (non-cumulative). */
    WHOLE_AMOUNT_HIGHEST_TIER,
    /**
     * Up to quota, everything is paid at the rate of the highest tier reached below quota (a tier that
     * unlocks pays retroactively on the whole amount); beyond quota, tiers starting at or above quota
     * accelerate marginally.
     */
    RETROACTIVE_UNLOCK
}
