package io.accountable.system;

import static io.accountable.system.RunningSystem.CLIENT;
import static io.accountable.system.RunningSystem.COMPLIANCE;
import static io.accountable.system.RunningSystem.NOTIFICATION;
import static io.accountable.system.RunningSystem.QUOTA;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What people do in the stories, each through a public REST API of the running system. */
final class Steps {

    static final Duration EVENTUALLY = Duration.ofSeconds(60);

    final RunningSystem system;

    Steps(RunningSystem system) {
        this.system = system;
    }

    record Executive(String id, String fullName, String email) {
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    Executive executive(String fullName, Executive manager) {
        String email = fullName.toLowerCase().replace(' ', '.') + "@firm.example";
        Map<String, Object> body = new HashMap<>(Map.of("fullName", fullName, "email", email, "region", "Northeast", "hireDate", "2020-02-01"));
        if (manager != null) {
            body.put("managerId", manager.id());
        }
        String id = system.asAdmin(CLIENT).body(body).post("/api/executives").then().statusCode(201).extract().path("id");
        return new Executive(id, fullName, email);
    }

    RequestSpecification asExecutive(String service, Executive executive) {
        return system.call(service, "account-executive", executive.id());
    }

    RequestSpecification asManager(String service, Executive manager) {
        return system.call(service, "sales-manager", manager.id());
    }

    /** A corporate client held by {@code holder} from today, or by nobody when null. */
    String corporateClient(String legalName, String tier, Executive holder) {
        return onboard(legalName, tier, holder).then().statusCode(201).extract().path("id");
    }

    Response onboard(String legalName, String tier, Executive holder) {
        Map<String, Object> body = new HashMap<>(Map.of("legalName", legalName, "clientType", "CORPORATE", "industry", "Logistics",
                "segment", "Mid-market", "region", "Northeast", "country", "US"));
        if (tier != null) {
            body.put("tier", tier);
        }
        if (holder != null) {
            body.put("primaryExecutiveId", holder.id());
        }
        return system.asAdmin(CLIENT).body(body).post("/api/clients");
    }

    int clientVersion(String clientId) {
        return system.asAdmin(CLIENT).get("/api/clients/" + clientId).then().statusCode(200).extract().path("version");
    }

    void activate(String clientId) {
        system.asAdmin(CLIENT).body(Map.of("status", "ACTIVE", "version", clientVersion(clientId)))
                .post("/api/clients/" + clientId + "/status").then().statusCode(200);
    }

    void assign(String clientId, Executive to, String effectiveDate, String reason) {
        system.asAdmin(CLIENT).body(Map.of("executiveId", to.id(), "effectiveDate", effectiveDate, "reason", reason,
                "version", clientVersion(clientId))).post("/api/clients/" + clientId + "/assignments").then().statusCode(200);
    }

    String contact(Executive holder, String clientId, String fullName) {
        return asExecutive(CLIENT, holder)
                .body(Map.of("fullName", fullName, "title", "Treasurer", "role", "DECISION_MAKER",
                        "email", fullName.toLowerCase().replace(' ', '.') + "@client.example"))
                .post("/api/clients/" + clientId + "/contacts").then().statusCode(201).extract().path("id");
    }

    /** The caller's inbox in notification-service, newest first. */
    static JsonPath inbox(RequestSpecification caller) {
        return caller.queryParam("size", 100).get("/api/notifications").then().statusCode(200).extract().jsonPath();
    }

    /** Waits for a notification of {@code eventType} whose text mentions {@code mention}; returns it (title, body, link …). */
    static Map<String, Object> awaitNotification(java.util.function.Supplier<RequestSpecification> caller, String eventType, String mention) {
        return await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() -> {
            List<Map<String, Object>> items = inbox(caller.get()).getList("items");
            return items.stream()
                    .filter(item -> eventType.equals(item.get("eventType")))
                    .filter(item -> (item.get("title") + " " + item.get("body")).contains(mention))
                    .findFirst().orElse(null);
        }, java.util.Objects::nonNull);
    }

    /** Waits for an e-mail to {@code address} whose subject contains {@code subject}; returns its plain text. */
    String awaitMail(String address, String subject) {
        return await().atMost(EVENTUALLY).until(() -> Arrays.stream(system.mail.getReceivedMessages())
                .filter(message -> sentTo(message, address) && subjectOf(message).contains(subject))
                .map(Steps::textOf).findFirst().orElse(null), java.util.Objects::nonNull);
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(recipient -> recipient.toString().contains(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    static String subjectOf(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            return "";
        }
    }

    /** The subject and the plain-text part, the way a mail client shows them. */
    private static String textOf(MimeMessage message) {
        try {
            return subjectOf(message) + "\n" + plainText(message.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable message", e);
        }
    }

    private static String plainText(Object content) throws MessagingException, IOException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return String.valueOf(part.getContent());
                }
                if (part.isMimeType("multipart/*")) {
                    return plainText(part.getContent());
                }
            }
        }
        return "";
    }

    RequestSpecification inboxOf(String role, String subject) {
        return system.call(NOTIFICATION, role, subject);
    }

    /** A sale of 1,000 USD to {@code clientId}, closed on {@code closeDate}. */
    Response sale(String clientId, String closeDate) {
        return system.asAdmin(QUOTA).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("clientId", clientId, "amount", Map.of("amount", "1000.00", "currency", "USD"), "productLine", "Advisory",
                        "closeDate", closeDate, "externalReference", "LOAD-" + UUID.randomUUID()))
                .post("/api/sales");
    }

    /** A 5 USD gift from {@code giver} to one contact, sent with {@code idempotencyKey}, so that a retry records it once. */
    Response gift(Executive giver, String contactId, String date, String idempotencyKey) {
        return asExecutive(COMPLIANCE, giver).header("Idempotency-Key", idempotencyKey)
                .body(Map.of("recipients", List.of(Map.of("contactId", contactId)), "giftDate", date, "description", "Logo umbrella",
                        "category", "BUSINESS_GIFT", "cost", Map.of("amount", "5.00", "currency", "USD"), "paidBy", "FIRM", "attestation", true))
                .post("/api/gifts");
    }

    /** Waits until {@code executive} has been told of each of {@code clients}' assignment; returns how often each was. */
    Map<String, Long> awaitAssignmentNotifications(Executive executive, Collection<String> clients) {
        return await().atMost(Duration.ofMinutes(2)).until(() -> assignmentNotifications(executive), notified -> notified.keySet().containsAll(clients));
    }

    /** How often the executive was told of each client's assignment, from every page of their inbox. */
    Map<String, Long> assignmentNotifications(Executive executive) {
        List<String> titles = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath inbox = inboxOf("account-executive", executive.id()).queryParam("page", page).queryParam("size", 200)
                    .get("/api/notifications").then().statusCode(200).extract().jsonPath();
            List<String> pageTitles = inbox.getList("items.findAll { it.eventType == 'accountable.client.client-assigned.v1' }.title");
            titles.addAll(pageTitles);
            links.addAll(inbox.getList("items.findAll { it.eventType == 'accountable.client.client-assigned.v1' }.link"));
            if (inbox.getList("items").size() < 200) {
                break;
            }
        }
        assertTrue(titles.stream().noneMatch(title -> title.matches(".*[0-9a-f]{8}-[0-9a-f]{4}-.*")), "titles name the client, not its id: " + titles);
        String clients = RunningSystem.APP_URL + "/clients/";
        assertTrue(links.stream().allMatch(link -> link.startsWith(clients)), "each links to its client: " + links);
        return links.stream().collect(Collectors.groupingBy(link -> link.substring(clients.length()), Collectors.counting()));
    }
}
