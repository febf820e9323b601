package io.accountable.client.executive;

public enum ExecutiveStatus {
    ACTIVE, ON_LEAVE, DEPARTED
}
