package io.accountable.client.complaint;

public enum ComplaintStatus {
    OPEN, ACKNOWLEDGED, RESOLVED
}
