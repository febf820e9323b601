package io.accountable.quota.quota;

/** How the annual amount is spread over the quarters. */
public enum QuotaSplit {
    /** A quarter of the annual amount each, the last quarter taking the cents left over. */
    EVEN,
    /** Quarters given explicitly; they must add up to the annual amount. */
    EXPLICIT
}
