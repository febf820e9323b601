package io.accountable.compliance.preclearance;

import static io.accountable.compliance.Fixtures.asCompliance;
import static io.accountable.compliance.Fixtures.asExecutive;
import static io.accountable.compliance.Fixtures.contact;
import static io.accountable.compliance.Fixtures.executive;
import static io.accountable.compliance.Fixtures.gift;
import static io.accountable.compliance.Fixtures.usd;
import static io.accountable.compliance.Fixtures.with;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.compliance.review.ReviewItem;
import io.accountable.compliance.review.ReviewKind;
import io.accountable.compliance.review.Reviews;
import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.EventSchemas;
import io.accountable.devstack.TopicReader;
import io.accountable.platform.time.FirmCalendar;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class PreclearanceResourceTest {

    static final String TOPIC = "accountable.compliance.events";

    @Inject
    FirmCalendar calendar;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void answersByValueBandWithTheRecipientsAllowance() {
        UUID giver = executive();
        UUID recipient = contact("Pied Piper");
        LocalDate today = calendar.today();
        asExecutive(giver).body(gift(today.toString(), "50.00", recipient)).post("/api/gifts").then().statusCode(201);

        asExecutive(giver).body(planned(today, "150.00", recipient)).post("/api/preclearances")
                .then().statusCode(201)
                .body("decision", equalTo("APPROVED"))
                .body("effectiveDecision", equalTo("APPROVED"))
                .body("recipients[0].used.amount", equalTo("50.00"))
                .body("recipients[0].remaining.amount", equalTo("250.00"))
                .body("recipients[0].limit.amount", equalTo("300.00"))
                .body("validUntil", equalTo(today.plusDays(30).toString()));
        asExecutive(giver).body(planned(today, "200.00", recipient)).post("/api/preclearances")
                .then().statusCode(201).body("decision", equalTo("NEEDS_REVIEW"));
        asExecutive(giver).body(planned(today, "250.01", recipient)).post("/api/preclearances")
                .then().statusCode(201).body("decision", equalTo("DENIED")).body("reason", equalTo("would exceed the limit"));
        asExecutive(giver).body(with(planned(today, "20.00", recipient), "category", "DE_MINIMIS")).post("/api/preclearances")
                .then().statusCode(201).body("decision", equalTo("APPROVED"));
        asExecutive(giver).body(with(planned(today, "60.00", recipient), "category", "DE_MINIMIS")).post("/api/preclearances")
                .then().statusCode(201).body("decision", equalTo("DENIED"));
    }

    @Test
    void aGiftCitesAnApprovalAndAReviewedOneOnlyOnceComplianceApprovedIt() throws Exception {
        UUID giver = executive();
        UUID recipient = contact("Raviga");
        LocalDate today = calendar.today();
        String approved = asExecutive(giver).body(planned(today, "100.00", recipient)).post("/api/preclearances")
                .then().statusCode(201).extract().path("id");
        asExecutive(giver).body(with(gift(today.toString(), "100.00", recipient), "preclearanceId", approved)).post("/api/gifts")
                .then().statusCode(201).body("preclearanceId", equalTo(approved));

        String borderline = asExecutive(giver).body(planned(today, "150.00", recipient)).post("/api/preclearances")
                .then().statusCode(201).body("decision", equalTo("NEEDS_REVIEW")).extract().path("id");
        Map<String, Object> citing = with(gift(today.toString(), "150.00", recipient), "preclearanceId", borderline);
        asExecutive(giver).body(citing).post("/api/gifts")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:preclearance-not-approved"));

        String reviewId = QuarkusTransaction.requiringNew().call(() -> ReviewItem.<ReviewItem>find("kind = ?1 and subjectId = ?2",
                ReviewKind.PRECLEARANCE, UUID.fromString(borderline)).firstResult().id.toString());
        asCompliance().body(Map.of("decision", "APPROVED", "comment", "Year-end basket, customary")).post("/api/reviews/" + reviewId + "/decision")
                .then().statusCode(200).body("status", equalTo("DECIDED")).body("decision", equalTo("APPROVED"));
        asExecutive(giver).get("/api/preclearances/" + borderline).then().statusCode(200).body("effectiveDecision", equalTo("APPROVED"));
        asExecutive(giver).body(citing).post("/api/gifts").then().statusCode(201);

        asExecutive(giver).body(with(gift(today.toString(), "1.00", contact("Other")), "preclearanceId", approved)).post("/api/gifts")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:preclearance-other-recipients"));
        asExecutive(executive()).get("/api/preclearances/" + approved).then().statusCode(404);

        List<ConsumerRecord<String, String>> events = TopicReader.read(bootstrap, TOPIC, r -> recipient.toString().equals(r.key()), 7,
                Duration.ofSeconds(30));
        List<String> types = events.stream().map(r -> TopicReader.header(r, "ce_type")).toList();
        assertEquals(List.of(PreclearanceEvents.DECIDED, "accountable.compliance.gift-recorded.v1", PreclearanceEvents.DECIDED,
                Reviews.REQUESTED, Reviews.DECIDED, "accountable.compliance.gift-recorded.v1",
                "accountable.compliance.gift-limit-warning.v1"), types);
        events.forEach(r -> EventSchemas.assertValid(TopicReader.header(r, "ce_type"), r.value()));
    }

    @Test
    void anUnlistedRecipientNeedsReviewAndBadInputWritesNothing() {
        UUID giver = executive();
        LocalDate today = calendar.today();
        Map<String, Object> unlisted = with(planned(today, "10.00", contact("x")), "recipients",
                List.of(Map.of("fullName", "Gavin Belson", "employerName", "Hooli " + UUID.randomUUID())));
        asExecutive(giver).body(unlisted).post("/api/preclearances")
                .then().statusCode(201).body("decision", equalTo("NEEDS_REVIEW"))
                .body("reason", equalTo("the recipient is not in the contact directory"));

        long before = QuarkusTransaction.requiringNew().call(() -> Preclearance.count());
        asExecutive(giver).body(Map.of()).post("/api/preclearances").then().statusCode(400).contentType("application/problem+json");
        asExecutive(giver).body(planned(today.minusDays(1), "10.00", contact("y"))).post("/api/preclearances")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:planned-date-past"));
        asExecutive(giver).body(with(planned(today, "10.00", contact("y")), "giverIds", List.of(executive().toString())))
                .post("/api/preclearances").then().statusCode(403);
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> Preclearance.count()));
    }

    static Map<String, Object> planned(LocalDate date, String amount, UUID recipient) {
        Map<String, Object> body = new HashMap<>();
        body.put("recipients", List.of(Map.of("contactId", recipient.toString())));
        body.put("plannedDate", date.toString());
        body.put("description", "Holiday basket");
        body.put("category", "BUSINESS_GIFT");
        body.put("estimatedValue", usd(amount));
        body.put("paidBy", "FIRM");
        return body;
    }
}
