package io.accountable.compliance.preclearance;

import java.math.BigDecimal;
import java.util.Collection;

/** The value bands that answer a pre-clearance without a person: approve, deny, or ask compliance. */
public final class PreclearanceRules {

    private PreclearanceRules() {
    }

    public record Answer(PreclearanceDecision decision, String reason) {
    }

    /**
     * @param counts whether the gift counts toward the limit
     * @param nominal whether it is an item of nominal value, bounded by the ceiling instead
     * @param listed whether the recipient is a known contact
     */
    public static Answer decide(boolean counts, boolean nominal, boolean listed, BigDecimal share, BigDecimal used,
            BigDecimal limit, BigDecimal reviewThreshold, BigDecimal nominalCeiling) {
        if (nominal && share.compareTo(nominalCeiling) > 0) {
            return new Answer(PreclearanceDecision.DENIED, "worth more than the ceiling for items of nominal value; ask for a BUSINESS_GIFT");
        }
        BigDecimal after = used.add(share);
        if (counts && after.compareTo(limit) > 0) {
            return new Answer(PreclearanceDecision.DENIED, "would exceed the limit");
        }
        if (!listed) {
            return new Answer(PreclearanceDecision.NEEDS_REVIEW, "the recipient is not in the contact directory");
        }
        if (counts && after.compareTo(reviewThreshold) > 0) {
            return new Answer(PreclearanceDecision.NEEDS_REVIEW, "would take the recipient close to the limit");
        }
        return new Answer(PreclearanceDecision.APPROVED, counts ? "within the limit" : "outside the limit");
    }

    /** The answer for a gift to several recipients: the least favourable of theirs. */
    public static PreclearanceDecision overall(Collection<PreclearanceDecision> decisions) {
        if (decisions.contains(PreclearanceDecision.DENIED)) {
            return PreclearanceDecision.DENIED;
        }
        return decisions.contains(PreclearanceDecision.NEEDS_REVIEW) ? PreclearanceDecision.NEEDS_REVIEW : PreclearanceDecision.APPROVED;
    }
}
