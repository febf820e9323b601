package io.accountable.notification.routing;

/** Who an event concerns, as its payload and the recipient directory tell. */
public enum Audience {
    /** The executives the event names: executiveId, executiveIds, giverIds or hostIds. */
    EXECUTIVE,
    /** The executive a client was reassigned from: previousExecutiveId. */
    PREVIOUS_EXECUTIVE,
    /** The payload's managerId, or else the managers of the executives it names. */
    MANAGER,
    COMPLIANCE,
    /** Compliance officers, only when the payload's decision is NEEDS_REVIEW (a pre-clearance they must look at). */
    COMPLIANCE_ON_REVIEW,
    ADMINS
}
