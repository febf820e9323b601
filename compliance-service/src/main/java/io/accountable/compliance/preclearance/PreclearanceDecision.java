package io.accountable.compliance.preclearance;

public enum PreclearanceDecision {
    APPROVED, DENIED, NEEDS_REVIEW
}
