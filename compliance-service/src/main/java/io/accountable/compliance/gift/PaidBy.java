package io.accountable.compliance.gift;

public enum PaidBy {
    FIRM, GIVER
}
