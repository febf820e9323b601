package io.accountable.notification.routing;

/** What an event is about, the unit people switch channels on and off for. */
public enum Category {
    CLIENTS,
    COMPLAINTS,
    QUOTA,
    COMPENSATION,
    GIFTS,
    COMPLIANCE_REVIEWS
}
