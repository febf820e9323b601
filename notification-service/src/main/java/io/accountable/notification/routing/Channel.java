package io.accountable.notification.routing;

/** How a person is told: the in-app inbox or e-mail. Webhooks serve systems, not people, and have their own subscriptions. */
public enum Channel {
    IN_APP,
    EMAIL
}
