package io.accountable.compliance.review;

public enum ReviewKind {
    UNLISTED_RECIPIENT, PRECLEARANCE, ENTERTAINMENT, RECEIVED_GIFT
}
