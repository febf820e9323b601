package io.accountable.client.risk;

public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
