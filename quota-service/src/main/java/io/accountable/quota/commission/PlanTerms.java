package io.accountable.quota.commission;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The arithmetic of one commission-plan version: how tiers apply, where their edges fall, and what
 * is paid on top of (bonuses) or instead of (cap, draw) the tiered commission. {@code cap} and
 * {@code draw} may be null (none). Tiers are sorted by threshold and the first starts at zero.
 */
public record PlanTerms(TierMode mode, BoundaryRule boundary, TierBasis basis, List<Tier> tiers, List<Bonus> bonuses,
        BigDecimal cap, Draw draw) {

    public PlanTerms {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(boundary, "boundary");
        Objects.requireNonNull(basis, "basis");
        if (tiers == null || tiers.isEmpty()) {
            throw new IllegalArgumentException("A plan needs at least one tier");
        }
        tiers = tiers.stream().sorted(Comparator.comparing(Tier::threshold)).toList();
        if (tiers.get(0).threshold().signum() != 0) {
            throw new IllegalArgumentException("The first tier must start at zero");
        }
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).threshold().compareTo(tiers.get(i - 1).threshold()) == 0) {
                throw new IllegalArgumentException("Two tiers start at " + tiers.get(i).threshold());
            }
        }
        bonuses = bonuses == null ? List.of()
                : bonuses.stream().sorted(Comparator.comparing(Bonus::attainmentPercent)).toList();
        if (cap != null && cap.signum() < 0) {
            throw new IllegalArgumentException("A cap cannot be negative");
        }
    }

    /** Whether the tiers need the period's quota to be evaluated. */
    public boolean needsQuota() {
        return basis == TierBasis.PERCENT_OF_QUOTA || mode == TierMode.RETROACTIVE_UNLOCK;
    }
}
