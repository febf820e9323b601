package io.accountable.notification.routing;

/** What a notification says: a one-line title and a plain-text body. */
public record NotificationText(String title, String body) {
}
