package io.accountable.quota.commission;

/** Which rate an amount exactly on a tier's lower edge takes. */
public enum BoundaryRule {
    /** The default: reaching the edge is reaching the tier. */
    EDGE_TAKES_HIGHER,
    /** The tier is reached only by going past its edge. */
    EDGE_TAKES_LOWER
}
