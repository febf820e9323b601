package io.accountable.notification.routing;

/** What a notification says: a one-line title, a plain-text body and where the frontend shows it (or null). */
public record NotificationText(String title, String body, String link) {
}
