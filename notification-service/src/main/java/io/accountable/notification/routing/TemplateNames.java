package io.accountable.notification.routing;

import io.accountable.notification.directory.ClientName;
import io.accountable.notification.directory.ContactName;
import io.accountable.notification.recipient.Recipient;
import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The names notification templates show instead of ids, as {@code name:client(data.clientId)}, read
 * from notification-service's own read models inside the transaction that applies the event. An id
 * the read models do not know yet (its event is still on its way) is shown with what it is, never alone.
 */
@TemplateExtension(namespace = "name")
public class TemplateNames {

    private TemplateNames() {
    }

    /** The client's legal name. */
    static String client(Object id) {
        return lookup(id, "client", uuid -> {
            ClientName client = ClientName.findById(uuid);
            return client == null ? null : client.legalName;
        });
    }

    /** The executive's (or manager's) full name. */
    static String executive(Object id) {
        return lookup(id, "executive", uuid -> {
            Recipient executive = Recipient.findById(uuid);
            return executive == null ? null : executive.fullName;
        });
    }

    /** The contact's full name with their employer, as "Jordan Reyes (Harbor Freight Partners)". */
    static String contact(Object id) {
        return lookup(id, "contact", uuid -> {
            ContactName contact = ContactName.findById(uuid);
            return contact == null ? null : contact.fullName + " (" + contact.employerName + ")";
        });
    }

    /** Several executives, as "Ann Lee, Bo Park and Cy Moss". */
    static String executives(Object ids) {
        return sentence(ids, TemplateNames::executive);
    }

    /** Several contacts, each with their employer. */
    static String contacts(Object ids) {
        return sentence(ids, TemplateNames::contact);
    }

    private static String lookup(Object id, String what, Function<UUID, String> name) {
        if (id == null || id.toString().isBlank()) {
            return "no " + what;
        }
        String found = null;
        try {
            found = name.apply(UUID.fromString(id.toString()));
        } catch (IllegalArgumentException notAnId) {
            // a malformed id is shown as the publisher sent it, marked as unknown below
        }
        return found != null ? found : "an unknown " + what + " (id " + id + ")";
    }

    private static String sentence(Object ids, Function<Object, String> name) {
        List<String> names = new ArrayList<>();
        if (ids instanceof Iterable<?> many) {
            many.forEach(id -> names.add(name.apply(id)));
        } else if (ids != null) {
            names.add(name.apply(ids));
        }
        if (names.isEmpty()) {
            return "nobody";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
