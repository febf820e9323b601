package io.accountable.client.interaction;

public enum InteractionKind {
    VISIT, CALL, MEETING, EMAIL, EVENT
}
