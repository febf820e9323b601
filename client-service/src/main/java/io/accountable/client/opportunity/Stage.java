package io.accountable.client.opportunity;

/** Pipeline stages; WON and LOST close an opportunity for good. */
public enum Stage {
    QUALIFICATION, PROPOSAL, NEGOTIATION, WON, LOST;

    public boolean isClosed() {
        return this == WON || this == LOST;
    }
}
