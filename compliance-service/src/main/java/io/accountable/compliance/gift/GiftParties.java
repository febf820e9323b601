package io.accountable.compliance.gift;

import io.accountable.compliance.Money;
import io.accountable.compliance.gift.GiftApi.RecipientRef;
import io.accountable.compliance.person.AssociatedPerson;
import io.accountable.compliance.recipient.Contact;
import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.security.CurrentUser;
import io.accountable.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Who gives and who receives, as a gift or a pre-clearance names them, checked against the read models. */
@ApplicationScoped
public class GiftParties {

    /** A recipient resolved against the contact directory. */
    public record Recipient(UUID id, UUID contactId, String fullName, String employerName) {

        public boolean listed() {
            return contactId != null;
        }
    }

    @Inject
    CurrentUser user;

    /** An executive names only themselves among the givers (with colleagues); compliance may name anyone. */
    public Set<UUID> givers(List<UUID> requested) {
        Set<UUID> givers = new LinkedHashSet<>(requested == null ? List.of() : requested);
        if (!seesAll()) {
            UUID me = callerAsExecutive();
            if (givers.isEmpty()) {
                givers.add(me);
            } else if (!givers.contains(me)) {
                throw ProblemException.forbidden("An executive records only gifts they give themselves");
            }
        }
        if (givers.isEmpty()) {
            throw ProblemException.ruleViolation("givers-required", "Name the executives who give the gift", Map.of("field", "giverIds"));
        }
        List<UUID> unknown = givers.stream().filter(id -> AssociatedPerson.findById(id) == null).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.ruleViolation("unknown-giver", "Not an associated person of the firm: " + unknown,
                    Map.of("giverIds", unknown.stream().map(UUID::toString).toList()));
        }
        return givers;
    }

    public List<Recipient> recipients(List<RecipientRef> requested) {
        List<Recipient> recipients = new ArrayList<>();
        for (RecipientRef ref : requested) {
            Recipient recipient;
            if (ref.contactId() != null) {
                Contact contact = Contact.findById(ref.contactId());
                if (contact == null) {
                    throw ProblemException.ruleViolation("unknown-contact", "No contact with id " + ref.contactId()
                            + "; name the recipient with fullName and employerName instead", Map.of("contactId", ref.contactId().toString()));
                }
                recipient = new Recipient(contact.id, contact.id, contact.fullName, contact.employer());
            } else {
                recipient = new Recipient(unlistedId(ref.fullName(), ref.employerName()), null, ref.fullName().strip(),
                        ref.employerName().strip());
            }
            if (recipients.stream().anyMatch(r -> r.id().equals(recipient.id()))) {
                throw ProblemException.ruleViolation("duplicate-recipient", "Recipient " + recipient.fullName() + " is named twice",
                        Map.of("recipientId", recipient.id().toString()));
            }
            recipients.add(recipient);
        }
        return recipients;
    }

    /** The same name at the same employer is the same recipient, so the limit adds up their gifts too. */
    static UUID unlistedId(String fullName, String employerName) {
        String identity = "unlisted\n" + normalize(fullName) + "\n" + normalize(employerName);
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8));
    }

    private static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The one currency of a gift's amounts. */
    public static String currency(Money... amounts) {
        String currency = amounts[0].currency();
        for (Money other : amounts) {
            if (other != null && !other.currency().equals(currency)) {
                throw ProblemException.ruleViolation("mixed-currencies", "Cost, market value and face value must be in one currency",
                        Map.of("currency", currency));
            }
        }
        return currency;
    }

    /** The rate to USD: 1 for USD, and for another currency the rate the caller used, which is required. */
    public static BigDecimal rateToUsd(String currency, BigDecimal rate) {
        if (Money.USD.equals(currency)) {
            if (rate != null && rate.compareTo(BigDecimal.ONE) != 0) {
                throw ProblemException.ruleViolation("usd-rate-not-one", "A gift in USD has a rate to USD of 1", Map.of("rateToUsd", rate));
            }
            return BigDecimal.ONE;
        }
        if (rate == null) {
            throw ProblemException.ruleViolation("rate-required", "A gift in " + currency
                    + " needs the rate to USD used for its date, so an examiner can follow the conversion", Map.of("field", "rateToUsd"));
        }
        return rate;
    }

    public boolean seesAll() {
        return user.is(Roles.COMPLIANCE_OFFICER);
    }

    /** Whether the caller may see a record given by these executives: compliance, a giver, or a giver's manager. */
    public boolean maySee(Collection<UUID> giverIds) {
        if (seesAll()) {
            return true;
        }
        UUID me = callerAsExecutiveOrNull();
        if (me == null) {
            return false;
        }
        return giverIds.contains(me) || user.is(Roles.SALES_MANAGER) && giverIds.stream()
                .map(id -> AssociatedPerson.<AssociatedPerson>findById(id)).anyMatch(p -> p != null && me.equals(p.supervisorId));
    }

    /** Only one of a record's own executives, or compliance, may correct what it says. */
    public void requireOneOf(Collection<UUID> executives, String detail) {
        if (!seesAll() && !executives.contains(callerAsExecutive())) {
            throw ProblemException.forbidden(detail);
        }
    }

    public UUID callerAsExecutive() {
        UUID me = callerAsExecutiveOrNull();
        if (me == null) {
            throw ProblemException.forbidden("The token's subject is not an executive id");
        }
        return me;
    }

    private UUID callerAsExecutiveOrNull() {
        try {
            return UUID.fromString(user.id());
        } catch (IllegalArgumentException notAnExecutive) {
            return null;
        }
    }
}
