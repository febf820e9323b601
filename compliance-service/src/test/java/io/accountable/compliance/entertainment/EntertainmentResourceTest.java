package io.accountable.compliance.entertainment;

import static io.accountable.compliance.Fixtures.asCompliance;
import static io.accountable.compliance.Fixtures.asExecutive;
import static io.accountable.compliance.Fixtures.contact;
import static io.accountable.compliance.Fixtures.executive;
import static io.accountable.compliance.Fixtures.usd;
import static io.accountable.compliance.Fixtures.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.compliance.review.ReviewItem;
import io.accountable.compliance.review.ReviewKind;
import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.EventSchemas;
import io.accountable.devstack.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class EntertainmentResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void hostedEntertainmentIsLoggedAndDoesNotCountTowardTheGiftLimit() {
        UUID host = executive();
        UUID first = contact("Bluth Co");
        UUID second = contact("Bluth Co");
        String id = asExecutive(host).body(event("2026-05-04", "600.00", first, second)).post("/api/entertainment")
                .then().statusCode(201)
                .body("perPersonUsd.amount", equalTo("200.00"))
                .body("flagged", equalTo(false))
                .body("attendees[1].employerName", equalTo("Bluth Co"))
                .extract().path("id");
        asExecutive(host).queryParam("date", "2026-05-04").get("/api/recipients/" + first + "/allowance")
                .then().statusCode(200).body("used.amount", equalTo("0.00"));
        asExecutive(executive()).get("/api/entertainment/" + id).then().statusCode(404);
        asCompliance().get("/api/entertainment/" + id).then().statusCode(200).body("venue", equalTo("Steakhouse"));
        asExecutive(host).queryParam("recipientId", second.toString()).get("/api/entertainment")
                .then().statusCode(200).body("totalItems", equalTo(1));

        List<ConsumerRecord<String, String>> logged = TopicReader.read(bootstrap, "accountable.compliance.events",
                r -> first.toString().equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(EntertainmentEvents.LOGGED, TopicReader.header(logged.get(0), "ce_type"));
        EventSchemas.assertValid(EntertainmentEvents.LOGGED, logged.get(0).value());
    }

    @Test
    void tooCostlyOrTooFrequentEntertainmentIsFlaggedForReview() {
        UUID host = executive();
        UUID guest = contact("Sterling Cooper");
        String costly = asExecutive(host).body(event("2026-06-01", "600.00", guest)).post("/api/entertainment")
                .then().statusCode(201)
                .body("flagged", equalTo(true))
                .body("flagReason", startsWith("USD 300.00 per person is above the USD 250.00"))
                .extract().path("id");
        for (int i = 2; i <= 6; i++) {
            asExecutive(host).body(event("2026-06-0" + i, "100.00", guest)).post("/api/entertainment")
                    .then().statusCode(201).body("flagged", equalTo(false));
        }
        asExecutive(host).body(event("2026-06-07", "100.00", guest)).post("/api/entertainment")
                .then().statusCode(201).body("flagged", equalTo(true)).body("flagReason", startsWith("more than 6 events between 2026-01-01"));

        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> ReviewItem.count("kind = ?1 and recipientId = ?2",
                ReviewKind.ENTERTAINMENT, guest)));
        List<ConsumerRecord<String, String>> flagged = TopicReader.read(bootstrap, "accountable.compliance.events",
                r -> guest.toString().equals(r.key()) && EntertainmentEvents.FLAGGED.equals(TopicReader.header(r, "ce_type")), 2,
                Duration.ofSeconds(30));
        assertEquals(2, flagged.size());
        flagged.forEach(r -> EventSchemas.assertValid(EntertainmentEvents.FLAGGED, r.value()));
        assertEquals(true, flagged.get(0).value().contains(costly));
    }

    @Test
    void ticketsWithoutAHostAreAGiftAndBadInputWritesNothing() {
        UUID host = executive();
        UUID guest = contact("Dunder Mifflin");
        long before = QuarkusTransaction.requiringNew().call(() -> Entertainment.count());
        asExecutive(host).body(with(event("2026-06-01", "200.00", guest), "hostAttended", false)).post("/api/entertainment")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:record-as-gift"))
                .body("category", equalTo("UNHOSTED_TICKETS"));
        asExecutive(host).body(Map.of("venue", "")).post("/api/entertainment")
                .then().statusCode(400).contentType("application/problem+json");
        asExecutive(host).body(event("2099-06-01", "200.00", guest)).post("/api/entertainment")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:event-date-in-future"));
        asExecutive(host).body(with(event("2026-06-01", "200.00", guest), "hostIds", List.of(executive().toString())))
                .post("/api/entertainment").then().statusCode(403);
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> Entertainment.count()));
    }

    static Map<String, Object> event(String date, String total, UUID... guests) {
        Map<String, Object> body = new HashMap<>();
        body.put("hostAttended", true);
        body.put("attendees", java.util.Arrays.stream(guests).map(id -> Map.of("contactId", id.toString())).toList());
        body.put("purpose", "Portfolio review");
        body.put("businessRelationship", "Treasury client");
        body.put("venue", "Steakhouse");
        body.put("eventDate", date);
        body.put("totalCost", usd(total));
        return body;
    }
}
