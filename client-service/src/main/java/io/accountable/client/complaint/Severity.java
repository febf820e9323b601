package io.accountable.client.complaint;

public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
