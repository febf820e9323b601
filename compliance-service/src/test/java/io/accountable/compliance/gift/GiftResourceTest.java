package io.accountable.compliance.gift;

import static io.accountable.compliance.Fixtures.as;
import static io.accountable.compliance.Fixtures.asCompliance;
import static io.accountable.compliance.Fixtures.asExecutive;
import static io.accountable.compliance.Fixtures.contact;
import static io.accountable.compliance.Fixtures.executive;
import static io.accountable.compliance.Fixtures.gift;
import static io.accountable.compliance.Fixtures.usd;
import static io.accountable.compliance.Fixtures.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountable.compliance.review.ReviewItem;
import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.EventSchemas;
import io.accountable.devstack.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class GiftResourceTest {

    static final String TOPIC = "accountable.compliance.events";
    static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aUsd250GiftIsRefusedOn2026_03_29AndAcceptedOn2026_03_30() throws Exception {
        UUID giver = executive();
        UUID recipient = contact("Initech");

        asExecutive(giver).body(gift("2026-03-29", "250.00", recipient)).post("/api/gifts")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:gift-over-limit"))
                .body("limit.amount", equalTo("100.00"))
                .body("used.amount", equalTo("0.00"))
                .body("remaining.amount", equalTo("100.00"))
                .body("windowStart", equalTo("2026-01-01"));
        assertEquals(0L, giftsTo(recipient));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> GiftRefusal.count("recipientId", recipient)),
                "the refused attempt is kept although the request rolled back");

        asExecutive(giver).body(gift("2026-03-30", "250.00", recipient)).post("/api/gifts")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("valueUsd.amount", equalTo("250.00"))
                .body("giverIds", contains(giver.toString()))
                .body("recipients[0].employerName", equalTo("Initech"))
                .body("recipients[0].countsTowardLimit", equalTo(true));

        List<ConsumerRecord<String, String>> events = events(recipient, 3);
        assertEquals(List.of(GiftEvents.REFUSED, GiftEvents.RECORDED, GiftEvents.WARNING), events.stream().map(r -> TopicReader.header(r, "ce_type")).toList());
        JsonNode refused = JSON.readTree(events.get(0).value());
        assertEquals("250.00", refused.get("valueUsd").get("amount").asText());
        assertEquals("100.00", refused.get("limit").get("amount").asText());
        assertEquals(giver.toString(), refused.get("giverIds").get(0).asText());
        JsonNode recorded = JSON.readTree(events.get(1).value());
        assertEquals("Initech", recorded.get("employerName").asText());
        assertEquals(true, recorded.get("countsTowardLimit").asBoolean());
    }

    @Test
    void aGiftToSeveralRecipientsIsSplitProRataToTheCent() {
        UUID giver = executive();
        UUID first = contact("Hooli");
        UUID second = contact("Hooli");
        UUID third = contact("Hooli");

        asExecutive(giver).body(gift("2026-05-04", "100.00", first, second, third)).post("/api/gifts")
                .then().statusCode(201)
                .body("recipients.valueUsd.amount", contains("33.34", "33.33", "33.33"));

        asExecutive(giver).queryParam("date", "2026-05-04").get("/api/recipients/" + first + "/allowance")
                .then().statusCode(200)
                .body("used.amount", equalTo("33.34"))
                .body("remaining.amount", equalTo("266.66"))
                .body("limit.amount", equalTo("300.00"));
        asExecutive(giver).queryParam("date", "2026-05-04").get("/api/recipients/" + third + "/allowance")
                .then().statusCode(200).body("used.amount", equalTo("33.33"));
    }

    @Test
    void giftsOutsideTheLimitAreRecordedButNotCountedAndAFirmPaidPersonalGiftCounts() {
        UUID giver = executive();
        UUID recipient = contact("Umbrella");
        record Case(String category, String amount, String paidBy) {
        }
        for (Case outside : List.of(new Case("DE_MINIMIS", "40.00", "FIRM"), new Case("PROMOTIONAL_LOGO_ITEM", "25.00", "FIRM"),
                new Case("COMMEMORATIVE", "50.00", "FIRM"), new Case("BEREAVEMENT", "150.00", "FIRM"),
                new Case("PERSONAL", "400.00", "GIVER"), new Case("DISASTER_DONATION", "500.00", "FIRM"),
                new Case("EMPLOYMENT_AGREEMENT_PAYMENT", "1000.00", "FIRM"))) {
            Map<String, Object> body = with(with(gift("2026-06-01", outside.amount(), recipient), "category", outside.category()),
                    "paidBy", outside.paidBy());
            if (outside.category().equals("BEREAVEMENT")) {
                body = with(body, "deceased", "PARENT_IN_LAW");
            }
            asExecutive(giver).body(body).post("/api/gifts")
                    .then().statusCode(201).body("recipients[0].countsTowardLimit", equalTo(false));
        }
        assertEquals(7L, giftsTo(recipient), "every gift is recorded, whatever its category");
        allowance(giver, recipient, "2026-06-01").body("used.amount", equalTo("0.00"));

        asExecutive(giver).body(with(gift("2026-06-02", "250.00", recipient), "category", "PERSONAL")).post("/api/gifts")
                .then().statusCode(201).body("recipients[0].countsTowardLimit", equalTo(true));
        allowance(giver, recipient, "2026-06-02").body("used.amount", equalTo("250.00"));
        asExecutive(giver).body(with(gift("2026-06-03", "60.00", recipient), "category", "PERSONAL")).post("/api/gifts")
                .then().statusCode(422).body("remaining.amount", equalTo("50.00"));
    }

    @Test
    void aBereavementGiftIsOutsideTheLimitOnlyForTheRecipientOrTheirImmediateFamily() throws Exception {
        UUID giver = executive();
        UUID recipient = contact("Wonka");
        Map<String, Object> bereavement = with(gift("2026-06-01", "160.00", recipient), "category", "BEREAVEMENT");

        asExecutive(giver).body(bereavement).post("/api/gifts")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:deceased-required")).body("field", equalTo("deceased"));
        asExecutive(giver).body(with(bereavement, "deceased", "COUSIN")).post("/api/gifts")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("deceased"));
        asExecutive(giver).body(with(gift("2026-06-01", "10.00", recipient), "deceased", "SPOUSE")).post("/api/gifts")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:deceased-not-applicable"))
                .body("field", equalTo("deceased"));
        assertEquals(0L, giftsTo(recipient), "nothing is written for a refused request");

        asExecutive(giver).body(with(bereavement, "deceased", "SIBLING")).post("/api/gifts")
                .then().statusCode(201).body("deceased", equalTo("SIBLING")).body("recipients[0].countsTowardLimit", equalTo(false));
        allowance(giver, recipient, "2026-06-01").body("used.amount", equalTo("0.00"));

        // the recipient's cousin is not immediate family: the gift counts
        asExecutive(giver).body(with(bereavement, "deceased", "OTHER")).post("/api/gifts")
                .then().statusCode(201).body("deceased", equalTo("OTHER")).body("recipients[0].countsTowardLimit", equalTo(true));
        allowance(giver, recipient, "2026-06-01").body("used.amount", equalTo("160.00"));
        asExecutive(giver).body(with(bereavement, "deceased", "OTHER")).post("/api/gifts")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:gift-over-limit"));

        List<ConsumerRecord<String, String>> events = events(recipient, 2);
        JsonNode other = JSON.readTree(events.get(1).value());
        assertEquals("OTHER", other.get("deceased").asText());
        assertEquals(true, other.get("countsTowardLimit").asBoolean());
    }

    @Test
    void anItemAboveTheNominalCeilingIsNotDeMinimis() {
        UUID giver = executive();
        UUID recipient = contact("Soylent");
        asExecutive(giver).body(with(gift("2026-06-01", "60.00", recipient), "category", "DE_MINIMIS")).post("/api/gifts")
                .then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:nominal-ceiling-exceeded"))
                .body("ceiling.amount", equalTo("50.00"));
        assertEquals(0L, giftsTo(recipient));
    }

    @Test
    void unhostedTicketsAreWorthTheHigherOfCostAndFaceAndCount() {
        UUID giver = executive();
        UUID recipient = contact("Vandelay");
        Map<String, Object> tickets = with(with(gift("2026-07-10", "90.00", recipient), "category", "UNHOSTED_TICKETS"),
                "faceValue", usd("250.00"));
        asExecutive(giver).body(tickets).post("/api/gifts")
                .then().statusCode(201).body("valueUsd.amount", equalTo("250.00")).body("faceValue.amount", equalTo("250.00"));
        asExecutive(giver).body(with(tickets, "faceValue", usd("60.00"))).post("/api/gifts")
                .then().statusCode(422).body("used.amount", equalTo("250.00")).body("remaining.amount", equalTo("50.00"));
    }

    @Test
    void theCalendarYearWindowStartsAfreshOnJanuaryFirstAcrossAllGivers() {
        UUID giver = executive();
        UUID colleague = executive();
        UUID recipient = contact("Stark");
        asExecutive(giver).body(gift("2025-12-31", "100.00", recipient)).post("/api/gifts").then().statusCode(201);
        asExecutive(colleague).body(gift("2026-01-01", "100.00", recipient)).post("/api/gifts").then().statusCode(201);
        asExecutive(colleague).body(gift("2025-12-31", "0.01", recipient)).post("/api/gifts")
                .then().statusCode(422)
                .body("windowStart", equalTo("2025-01-01")).body("windowEnd", equalTo("2025-12-31"))
                .body("used.amount", equalTo("100.00")).body("remaining.amount", equalTo("0.00"));
        asExecutive(giver).body(gift("2026-11-01", "200.00", recipient)).post("/api/gifts").then().statusCode(201);
        asExecutive(giver).body(gift("2026-02-01", "0.01", recipient)).post("/api/gifts").then().statusCode(422)
                .body("used.amount", equalTo("300.00"));
    }

    @Test
    void reachingTheWarningThresholdWarnsOncePerWindow() throws Exception {
        UUID giver = executive();
        UUID colleague = executive();
        UUID recipient = contact("Wonka");
        asExecutive(giver).body(gift("2026-08-01", "200.00", recipient)).post("/api/gifts").then().statusCode(201);
        asExecutive(colleague).body(gift("2026-08-02", "40.00", recipient)).post("/api/gifts").then().statusCode(201);
        asExecutive(giver).body(gift("2026-08-03", "10.00", recipient)).post("/api/gifts").then().statusCode(201);

        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> LimitWarning.count("recipientId", recipient)));
        List<ConsumerRecord<String, String>> warnings = TopicReader.read(bootstrap, TOPIC,
                r -> recipient.toString().equals(r.key()) && GiftEvents.WARNING.equals(TopicReader.header(r, "ce_type")), 1,
                Duration.ofSeconds(30));
        assertEquals(1, warnings.size());
        EventSchemas.assertValid(GiftEvents.WARNING, warnings.get(0).value());
        JsonNode warning = JSON.readTree(warnings.get(0).value());
        assertEquals("240.00", warning.get("used").get("amount").asText());
        assertEquals("60.00", warning.get("remaining").get("amount").asText());
        assertEquals(80, warning.get("percent").asInt());
        assertEquals("2026-01-01", warning.get("windowStart").asText());
        assertEquals(2, warning.get("executiveIds").size());
    }

    @Test
    void aRecipientNotInTheDirectoryGoesToReviewAndIsStillLimited() {
        UUID giver = executive();
        String employer = "Acme " + UUID.randomUUID();
        Map<String, Object> body = with(gift("2026-09-01", "200.00"), "recipients",
                List.of(Map.of("fullName", "Wile E. Coyote", "employerName", employer)));
        String recipientId = asExecutive(giver).body(body).post("/api/gifts")
                .then().statusCode(201)
                .body("recipients[0].contactId", equalTo(null))
                .body("recipients[0].employerName", equalTo(employer))
                .extract().path("recipients[0].recipientId");
        String giftId = asExecutive(giver).body(body).post("/api/gifts").then().statusCode(422).extract().path("recipientId");
        assertEquals(recipientId, giftId, "the same name at the same employer is the same recipient");
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ReviewItem.count("kind = ?1 and executiveId = ?2",
                io.accountable.compliance.review.ReviewKind.UNLISTED_RECIPIENT, giver)));
    }

    @Test
    void aForeignCurrencyGiftIsConvertedAtTheRecordedRate() {
        UUID giver = executive();
        UUID recipient = contact("Tyrell");
        Map<String, Object> body = with(with(gift("2026-09-01", "0", recipient), "cost", Map.of("amount", "100.00", "currency", "EUR")),
                "rateToUsd", "1.08645");
        asExecutive(giver).body(body).post("/api/gifts")
                .then().statusCode(201)
                .body("cost.currency", equalTo("EUR"))
                .body("valueUsd.amount", equalTo("108.65"));
        asExecutive(giver).body(with(body, "rateToUsd", null)).post("/api/gifts")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:rate-required"));
    }

    @Test
    void anIdempotencyKeyRecordsTheGiftOnce() {
        UUID giver = executive();
        UUID recipient = contact("Cyberdyne");
        String key = UUID.randomUUID().toString();
        String id = asExecutive(giver).header("Idempotency-Key", key).body(gift("2026-09-02", "20.00", recipient)).post("/api/gifts")
                .then().statusCode(201).extract().path("id");
        asExecutive(giver).header("Idempotency-Key", key).body(gift("2026-09-02", "20.00", recipient)).post("/api/gifts")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        assertEquals(1L, giftsTo(recipient));
    }

    @Test
    void executivesRecordAndSeeTheirOwnGiftsAndComplianceSeesAll() {
        UUID giver = executive();
        UUID other = executive();
        UUID recipient = contact("Oscorp");
        asExecutive(giver).body(with(gift("2026-09-03", "20.00", recipient), "giverIds", List.of(other.toString())))
                .post("/api/gifts").then().statusCode(403).contentType("application/problem+json");
        String id = asCompliance().body(with(gift("2026-09-03", "20.00", recipient), "giverIds", List.of(other.toString())))
                .post("/api/gifts").then().statusCode(201).extract().path("id");
        String joint = asExecutive(giver).body(with(gift("2026-09-04", "30.00", recipient), "giverIds",
                List.of(giver.toString(), other.toString()))).post("/api/gifts").then().statusCode(201).extract().path("id");

        asExecutive(giver).get("/api/gifts/" + id).then().statusCode(404);
        asExecutive(other).get("/api/gifts/" + id).then().statusCode(200).body("recordedBy", startsWith("compliance-"));
        asCompliance().get("/api/gifts/" + id).then().statusCode(200);
        asExecutive(giver).queryParam("recipientId", recipient.toString()).get("/api/gifts")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(joint));
        asCompliance().queryParam("recipientId", recipient.toString()).get("/api/gifts")
                .then().statusCode(200).body("totalItems", equalTo(2)).body("items.id", contains(joint, id));
        as("admin", "admin").get("/api/gifts").then().statusCode(403);
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        UUID giver = executive();
        UUID recipient = contact("Massive Dynamic");
        long before = QuarkusTransaction.requiringNew().call(() -> Gift.count() + GiftRefusal.count());

        asExecutive(giver).body(Map.of("description", "")).post("/api/gifts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("recipients", "giftDate", "description", "category", "cost", "paidBy", "attestation"));
        asExecutive(giver).body(with(gift("2026-09-01", "-1", recipient), "attestation", false)).post("/api/gifts")
                .then().statusCode(400).body("errors.field", hasItems("cost.amount", "attestation"));
        asExecutive(giver).body(with(gift("2026-09-01", "10", recipient), "recipients", List.of(Map.of("fullName", "No Employer"))))
                .post("/api/gifts").then().statusCode(400);
        asExecutive(giver).body(with(gift("2026-09-01", "10", recipient), "category", "BRIBE")).post("/api/gifts")
                .then().statusCode(400).contentType("application/problem+json");
        asExecutive(giver).body(with(gift("2026-09-01", "10", recipient), "cost", Map.of("amount", "ten", "currency", "usd")))
                .post("/api/gifts").then().statusCode(400);
        asExecutive(giver).body("{not json").post("/api/gifts").then().statusCode(400);
        asExecutive(giver).body(gift("2026-09-01", "10", UUID.randomUUID())).post("/api/gifts")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:unknown-contact"));
        asExecutive(giver).body(gift("2099-01-01", "10", recipient)).post("/api/gifts")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:gift-date-in-future"));
        asExecutive(giver).body(gift("2026-09-01", "10", recipient, recipient)).post("/api/gifts")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:duplicate-recipient"));
        asExecutive(UUID.randomUUID()).body(gift("2026-09-01", "10", recipient)).post("/api/gifts")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:unknown-giver"));
        asExecutive(giver).body(with(gift("2026-09-01", "10", recipient), "marketValue", Map.of("amount", "12", "currency", "EUR")))
                .post("/api/gifts").then().statusCode(422).body("type", equalTo("urn:accountable:problem:mixed-currencies"));
        asExecutive(giver).body(with(gift("2026-09-01", "10", recipient), "rateToUsd", "1.2")).post("/api/gifts")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:usd-rate-not-one"));
        asExecutive(giver).get("/api/gifts/" + UUID.randomUUID()).then().statusCode(404);
        io.restassured.RestAssured.given().contentType("application/json").body(gift("2026-09-01", "10", recipient)).post("/api/gifts")
                .then().statusCode(401);

        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> Gift.count() + GiftRefusal.count()));
    }

    @Test
    void everyEmittedGiftEventMatchesItsSchema() {
        UUID giver = executive();
        UUID recipient = contact("Aperture");
        asExecutive(giver).body(gift("2026-10-01", "290.00", recipient)).post("/api/gifts").then().statusCode(201);
        asExecutive(giver).body(gift("2026-10-02", "20.00", recipient)).post("/api/gifts").then().statusCode(422);
        List<ConsumerRecord<String, String>> events = events(recipient, 3);
        assertEquals(3, events.size());
        events.forEach(r -> {
            assertEquals(recipient.toString(), TopicReader.header(r, "ce_subject"));
            EventSchemas.assertValid(TopicReader.header(r, "ce_type"), r.value());
        });
        assertEquals(List.of(GiftEvents.RECORDED, GiftEvents.WARNING, GiftEvents.REFUSED),
                events.stream().map(r -> TopicReader.header(r, "ce_type")).toList());
    }

    private List<ConsumerRecord<String, String>> events(UUID recipient, int expected) {
        return TopicReader.read(bootstrap, TOPIC, r -> recipient.toString().equals(r.key()), expected, Duration.ofSeconds(30));
    }

    private static long giftsTo(UUID recipient) {
        return QuarkusTransaction.requiringNew().call(() -> GiftShare.count("recipientId", recipient));
    }

    private static io.restassured.response.ValidatableResponse allowance(UUID caller, UUID recipient, String date) {
        return asExecutive(caller).queryParam("date", date).get("/api/recipients/" + recipient + "/allowance").then().statusCode(200);
    }
}
