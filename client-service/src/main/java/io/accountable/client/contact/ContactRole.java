package io.accountable.client.contact;

/** The part a person plays in the client relationship. */
public enum ContactRole {
    DECISION_MAKER, INFLUENCER, USER, GATEKEEPER, TECHNICAL, FINANCE, LEGAL, OTHER
}
