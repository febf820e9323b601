package io.accountable.compliance;

import static io.restassured.RestAssured.given;

import io.accountable.compliance.person.AssociatedPerson;
import io.accountable.compliance.recipient.Contact;
import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.DevTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data the read models would hold, written straight into this service's tables, and callers with tokens. */
public final class Fixtures {

    public static final DevTokens TOKENS = DevStackTestResource.tokens();

    private Fixtures() {
    }

    public static RequestSpecification as(String role, String subject) {
        return given().auth().oauth2(TOKENS.mint(role, subject)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asExecutive(UUID executiveId) {
        return as("account-executive", executiveId.toString());
    }

    public static RequestSpecification asCompliance() {
        return as("compliance-officer", "compliance-" + UUID.randomUUID());
    }

    public static UUID executive() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            AssociatedPerson person = new AssociatedPerson();
            person.id = id;
            person.fullName = "Executive " + id;
            person.email = id + "@firm.example";
            person.status = "ACTIVE";
            person.persist();
        });
        return id;
    }

    public static UUID contact(String employer) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Contact contact = new Contact();
            contact.id = id;
            contact.clientId = UUID.randomUUID();
            contact.employerName = employer;
            contact.fullName = "Contact " + id;
            contact.active = true;
            contact.persist();
        });
        return id;
    }

    /** A USD business gift to known contacts, paid by the firm, attested. */
    public static Map<String, Object> gift(String date, String amount, UUID... contactIds) {
        Map<String, Object> gift = new HashMap<>();
        gift.put("recipients", java.util.Arrays.stream(contactIds).map(id -> Map.of("contactId", id.toString())).toList());
        gift.put("giftDate", date);
        gift.put("description", "Gift basket");
        gift.put("category", "BUSINESS_GIFT");
        gift.put("cost", usd(amount));
        gift.put("paidBy", "FIRM");
        gift.put("attestation", true);
        return gift;
    }

    public static Map<String, Object> usd(String amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    public static List<String> ids(UUID... ids) {
        return java.util.Arrays.stream(ids).map(UUID::toString).toList();
    }
}
