package io.accountable.notification.delivery;

public enum DeliveryStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** Claimed by a dispatcher and being sent; if the lease runs out the outcome is unknown and it is sent again. */
    SENDING,
    DELIVERED,
    /** Every attempt failed; an admin can replay it. */
    FAILED,
    /** Its webhook subscription was deactivated before it was delivered; it is not sent (an admin can still replay it). */
    CANCELLED
}
