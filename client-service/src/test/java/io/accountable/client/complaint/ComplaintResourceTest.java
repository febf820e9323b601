package io.accountable.client.complaint;

import static io.accountable.client.Fixtures.TOPIC;
import static io.accountable.client.Fixtures.as;
import static io.accountable.client.Fixtures.asExecutive;
import static io.accountable.client.Fixtures.client;
import static io.accountable.client.Fixtures.executive;
import static io.accountable.client.Fixtures.json;
import static io.accountable.client.Fixtures.uniqueName;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class ComplaintResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    FirmCalendar calendar;

    @Inject
    ComplaintService complaints;

    @Test
    void aComplaintIsDueBySeverityAcknowledgedAndResolvedOnce() {
        String dana = executive("Dana Complaint");
        String clientId = client(uniqueName("Unhappy Co"), dana, null);
        LocalDate today = calendar.today();
        String location = asExecutive(dana).body(Map.of("severity", "HIGH", "subject", "Wire delayed", "description", "Two days late"))
                .post("/api/clients/" + clientId + "/complaints")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("status", equalTo("OPEN"))
                .body("executiveId", equalTo(dana))
                .body("receivedOn", equalTo(today.toString()))
                .body("dueDate", equalTo(today.plusDays(3).toString()))
                .extract().header("Location");
        as("compliance-officer").get(location).then().statusCode(200).body("subject", equalTo("Wire delayed"));

        asExecutive(dana).body(Map.of("version", 0)).post(location + "/acknowledgement").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED")).body("version", equalTo(1));
        asExecutive(dana).body(Map.of("version", 1)).post(location + "/acknowledgement").then().statusCode(409)
                .body("type", equalTo("urn:accountable:problem:complaint-not-open"));
        asExecutive(dana).body(Map.of("resolution", "Fee refunded", "version", 0)).post(location + "/resolution").then().statusCode(409)
                .body("type", equalTo("urn:accountable:problem:concurrent-modification"));
        asExecutive(dana).body(Map.of("resolution", "Fee refunded", "version", 1)).post(location + "/resolution").then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("resolution", equalTo("Fee refunded"));
        asExecutive(dana).body(Map.of("resolution", "Again", "version", 2)).post(location + "/resolution").then().statusCode(409)
                .body("type", equalTo("urn:accountable:problem:complaint-resolved"));

        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, TOPIC,
                r -> clientId.equals(r.key()) && TopicReader.header(r, "ce_type").contains(".complaint-"), 3, Duration.ofSeconds(30));
        assertEquals(List.of(ComplaintEvents.OPENED, ComplaintEvents.ACKNOWLEDGED, ComplaintEvents.RESOLVED),
                records.stream().map(r -> TopicReader.header(r, "ce_type")).toList());
        records.forEach(r -> EventSchemas.assertValid(TopicReader.header(r, "ce_type"), r.value()));
        JsonNode resolved = json(records.get(2).value());
        assertEquals("RESOLVED", resolved.get("status").asText());
        assertEquals("HIGH", resolved.get("severity").asText());
        assertEquals(today.plusDays(3).toString(), resolved.get("dueDate").asText());
    }

    @Test
    void overdueComplaintsAreListedAndPublishedOnce() {
        String dana = executive("Dana Overdue Complaint");
        String clientId = client(uniqueName("Waiting Co"), dana, null);
        LocalDate received = calendar.today().minusDays(5);
        String late = asExecutive(dana).body(Map.of("severity", "HIGH", "subject", "No answer", "description", "Still waiting",
                "receivedOn", received.toString())).post("/api/clients/" + clientId + "/complaints")
                .then().statusCode(201).body("dueDate", equalTo(received.plusDays(3).toString())).extract().path("id");
        String onTime = asExecutive(dana).body(Map.of("severity", "LOW", "subject", "Typo", "description", "Statement typo",
                "receivedOn", received.toString())).post("/api/clients/" + clientId + "/complaints")
                .then().statusCode(201).extract().path("id");

        asExecutive(dana).get("/api/complaints/overdue").then().statusCode(200)
                .body("id", hasItem(late)).body("id", not(hasItem(onTime)));
        as("compliance-officer").get("/api/complaints/overdue").then().statusCode(200).body("id", hasItem(late));
        asExecutive(executive("Eve Outside")).get("/api/complaints/overdue").then().statusCode(200).body("id", not(hasItem(late)));

        complaints.publishOverdue(calendar.today());
        complaints.publishOverdue(calendar.today());
        List<ConsumerRecord<String, String>> overdue = TopicReader.read(bootstrap, TOPIC,
                r -> clientId.equals(r.key()) && ComplaintEvents.OVERDUE.equals(TopicReader.header(r, "ce_type")), 2, Duration.ofSeconds(10));
        assertEquals(1, overdue.size());
        EventSchemas.assertValid(ComplaintEvents.OVERDUE, overdue.get(0).value());
        assertEquals(late, json(overdue.get(0).value()).get("complaintId").asText());

        asExecutive(dana).body(Map.of("resolution", "Answered", "version", 0)).post("/api/complaints/" + late + "/resolution").then().statusCode(200);
        asExecutive(dana).get("/api/complaints/overdue").then().statusCode(200).body("id", not(hasItem(late)));
    }

    @Test
    void badComplaintsAreProblemsAndWriteNothing() {
        String dana = executive("Dana Bad Complaint");
        String clientId = client(uniqueName("Bad Complaint Co"), dana, null);
        String unowned = client(uniqueName("Unowned Complaint Co"), null, null);
        long before = count();
        asExecutive(dana).body(Map.of("subject", "")).post("/api/clients/" + clientId + "/complaints")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("severity", "subject", "description"));
        asExecutive(dana).body(Map.of("severity", "HIGH", "subject", "x", "description", "y", "receivedOn", calendar.today().plusDays(2).toString()))
                .post("/api/clients/" + clientId + "/complaints")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:future-received-date"));
        as("admin").body(Map.of("severity", "HIGH", "subject", "x", "description", "y")).post("/api/clients/" + unowned + "/complaints")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:primary-executive-required"));
        asExecutive(executive("Eve Nosy")).body(Map.of("severity", "HIGH", "subject", "x", "description", "y"))
                .post("/api/clients/" + clientId + "/complaints").then().statusCode(404);
        as("compliance-officer").body(Map.of("severity", "HIGH", "subject", "x", "description", "y"))
                .post("/api/clients/" + clientId + "/complaints").then().statusCode(403);
        as("admin").get("/api/complaints/" + UUID.randomUUID()).then().statusCode(404);
        assertEquals(before, count());
    }

    private static long count() {
        return QuarkusTransaction.requiringNew().call(() -> Complaint.count());
    }
}
