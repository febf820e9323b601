package io.accountable.compliance.review;

public enum ReviewOutcome {
    APPROVED, REJECTED
}
