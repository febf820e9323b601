package io.accountable.notification.inbox;

import io.accountable.notification.recipient.Recipient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.UUID;

final class RecipientLookup {

    private RecipientLookup() {
    }

    static String email(String executiveId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Recipient recipient = Recipient.findById(UUID.fromString(executiveId));
            return recipient == null ? null : recipient.email;
        });
    }

    static String status(String executiveId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Recipient recipient = Recipient.findById(UUID.fromString(executiveId));
            return recipient == null ? null : recipient.status;
        });
    }
}
