package io.accountable.client.client;

import java.util.Set;

/** The client lifecycle: PROSPECT → ACTIVE ⇄ DORMANT, and CLOSED (final) from any other status. */
public enum ClientStatus {
    PROSPECT, ACTIVE, DORMANT, CLOSED;

    public boolean mayBecome(ClientStatus next) {
        return switch (this) {
            case PROSPECT -> Set.of(ACTIVE, CLOSED).contains(next);
            case ACTIVE -> Set.of(DORMANT, CLOSED).contains(next);
            case DORMANT -> Set.of(ACTIVE, CLOSED).contains(next);
            case CLOSED -> false;
        };
    }
}
