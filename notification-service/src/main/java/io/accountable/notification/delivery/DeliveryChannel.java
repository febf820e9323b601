package io.accountable.notification.delivery;

/** What a delivery goes out through. */
public enum DeliveryChannel {
    EMAIL,
    WEBHOOK
}
