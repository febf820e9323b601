package io.accountable.notification.routing;

/** A person to notify: their user id (token subject), and how to address them by e-mail when known. */
public record NotifiedUser(String id, String fullName, String email) {
}
