package io.accountable.system;

import static io.accountable.system.RunningSystem.COMPLIANCE;
import static io.accountable.system.RunningSystem.NOTIFICATION;
import static io.accountable.system.Steps.EVENTUALLY;
import static io.accountable.system.Steps.awaitNotification;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * FINRA Rule 3220 across the services: the recipient and the giver are known to compliance-service
 * only from client-service's events, and compliance officers hear of warnings and refusals from
 * notification-service. Amounts follow the policy in force, read from the API, not assumed.
 */
class GiftLimitIT {

    final RunningSystem system = RunningSystem.get();
    final Steps steps = new Steps(system);

    @Test
    void giftsUpToTheWarningWarnAndOneMoreOverTheLimitIsRefusedAndReported() {
        String officer = "co-" + UUID.randomUUID();
        system.asAdmin(NOTIFICATION).body(Map.of("id", officer, "fullName", "Quinn Compliance", "email", "quinn.compliance@firm.example",
                "role", "COMPLIANCE_OFFICER")).post("/api/staff-members").then().statusCode(201);
        Steps.Executive giver = steps.executive(Steps.unique("Gale Giver"), null);
        String legalName = Steps.unique("Contoso Capital");
        String clientId = steps.corporateClient(legalName, null, giver);
        String recipientName = Steps.unique("Pat Recipient");
        String recipient = steps.contact(giver, clientId, recipientName);
        String namedRecipient = recipientName + " (" + legalName + ")";
        String recipientPage = RunningSystem.APP_URL + "/compliance/recipients/" + recipient;

        JsonPath policy = steps.asExecutive(COMPLIANCE, giver).get("/api/policy").then().statusCode(200).extract().jsonPath();
        String today = policy.getString("date");
        BigDecimal limit = new BigDecimal(policy.getString("limit.amount"));
        BigDecimal warningAt = limit.multiply(BigDecimal.valueOf(policy.getInt("warningPercent"))).divide(BigDecimal.valueOf(100), 2, RoundingMode.UP);

        BigDecimal first = warningAt.subtract(new BigDecimal("20.00"));
        BigDecimal second = new BigDecimal("20.00");
        // compliance-service learns of the giver and the contact from events, so the first gift may have to wait for them
        await().atMost(EVENTUALLY).until(() -> gift(giver, recipient, today, first, "first-" + recipient).statusCode() == 201);
        gift(giver, recipient, today, second, "second-" + recipient).then().statusCode(201);

        Map<String, Object> warning = awaitNotification(() -> steps.inboxOf("account-executive", giver.id()),
                "accountable.compliance.gift-limit-warning.v1", namedRecipient);
        assertTrue(warning.get("title").toString().contains("used for " + namedRecipient), "the title names the contact and employer: " + warning);
        assertTrue(warning.get("body").toString().contains("from " + giver.fullName()), "the body names the giver: " + warning);
        assertTrue(warning.get("body").toString().contains("of the USD " + String.format(java.util.Locale.US, "%,.2f", limit) + " limit"), "amounts carry the currency: " + warning);
        assertEquals(recipientPage, warning.get("link"));
        awaitNotification(() -> steps.inboxOf("compliance-officer", officer), "accountable.compliance.gift-limit-warning.v1", namedRecipient);
        String warningMail = steps.awaitMail("quinn.compliance@firm.example", "used for " + namedRecipient);
        assertTrue(warningMail.contains("from " + giver.fullName()), "the e-mail names the giver: " + warningMail);
        assertTrue(warningMail.contains("Open in Accountable: " + recipientPage), "the e-mail links to the recipient: " + warningMail);

        BigDecimal used = first.add(second);
        BigDecimal remaining = limit.subtract(used);
        gift(giver, recipient, today, remaining.add(new BigDecimal("0.01")), "over-" + recipient).then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:gift-over-limit"))
                .body("used.amount", equalTo(used.setScale(2).toPlainString()))
                .body("remaining.amount", equalTo(remaining.setScale(2).toPlainString()));
        Map<String, Object> refusal = awaitNotification(() -> steps.inboxOf("compliance-officer", officer),
                "accountable.compliance.gift-refused-over-limit.v1", namedRecipient);
        assertTrue(refusal.get("body").toString().contains("from " + giver.fullName() + " to " + namedRecipient), "names both: " + refusal);

        JsonPath report = system.call(COMPLIANCE, "compliance-officer", officer).queryParam("date", today)
                .get("/api/reports/recipients").then().statusCode(200).extract().jsonPath();
        String line = "find { it.recipientId == '" + recipient + "' }";
        assertEquals(used.setScale(2).toPlainString(), report.getString(line + ".used.amount"));
        assertEquals(remaining.setScale(2).toPlainString(), report.getString(line + ".remaining.amount"));
        assertEquals(limit.setScale(2).toPlainString(), report.getString(line + ".limit.amount"));
    }

    private Response gift(Steps.Executive giver, String contactId, String date, BigDecimal amount, String idempotencyKey) {
        return steps.asExecutive(COMPLIANCE, giver).header("Idempotency-Key", idempotencyKey)
                .body(Map.of("recipients", List.of(Map.of("contactId", contactId)), "giftDate", date, "description", "Gift basket",
                        "category", "BUSINESS_GIFT", "cost", Map.of("amount", amount.toPlainString(), "currency", "USD"),
                        "paidBy", "FIRM", "attestation", true))
                .post("/api/gifts");
    }
}
