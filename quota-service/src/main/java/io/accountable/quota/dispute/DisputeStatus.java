package io.accountable.quota.dispute;

public enum DisputeStatus {
    OPEN, ACCEPTED, REJECTED
}
