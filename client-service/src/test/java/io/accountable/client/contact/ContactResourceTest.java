package io.accountable.client.contact;

import static io.accountable.client.Fixtures.TOPIC;
import static io.accountable.client.Fixtures.as;
import static io.accountable.client.Fixtures.asExecutive;
import static io.accountable.client.Fixtures.client;
import static io.accountable.client.Fixtures.executive;
import static io.accountable.client.Fixtures.json;
import static io.accountable.client.Fixtures.uniqueName;
import static io.accountable.client.Fixtures.version;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
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
class ContactResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static Map<String, Object> person(String name) {
        return new HashMap<>(Map.of("fullName", name, "title", "CFO", "email", "jordan@client.example", "phone", "+1 212 555 0100",
                "role", "DECISION_MAKER"));
    }

    @Test
    void theExecutiveAddsAndChangesContactsAndEachIsPublishedWithItsEmployer() {
        String dana = executive("Dana Contacts");
        String legalName = uniqueName("Employer Co");
        String clientId = client(legalName, dana, null);

        String location = asExecutive(dana).body(person("Jordan Reyes")).post("/api/clients/" + clientId + "/contacts")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("active", equalTo(true))
                .body("version", equalTo(0))
                .extract().header("Location");
        String contactId = as("compliance-officer").get(location).then().statusCode(200)
                .body("fullName", equalTo("Jordan Reyes")).extract().path("id");

        Map<String, Object> change = person("Jordan Reyes-Park");
        change.put("active", false);
        change.put("version", 0);
        asExecutive(dana).body(change).put(location).then().statusCode(200)
                .body("fullName", equalTo("Jordan Reyes-Park")).body("active", equalTo(false)).body("version", equalTo(1));
        asExecutive(dana).body(change).put(location).then().statusCode(409)
                .body("type", equalTo("urn:accountable:problem:concurrent-modification"));
        asExecutive(dana).body(person("Avery Stone")).post("/api/clients/" + clientId + "/contacts").then().statusCode(201);

        as("compliance-officer").get("/api/clients/" + clientId + "/contacts")
                .then().statusCode(200).body("fullName", contains("Avery Stone", "Jordan Reyes-Park"));
        asExecutive(dana).queryParam("active", true).get("/api/clients/" + clientId + "/contacts")
                .then().statusCode(200).body("fullName", contains("Avery Stone"));

        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, TOPIC,
                r -> clientId.equals(r.key()) && TopicReader.header(r, "ce_type").contains(".contact-"), 3, Duration.ofSeconds(30));
        assertEquals(List.of(ContactEvents.ADDED, ContactEvents.UPDATED, ContactEvents.ADDED),
                records.stream().map(r -> TopicReader.header(r, "ce_type")).toList());
        records.forEach(r -> EventSchemas.assertValid(TopicReader.header(r, "ce_type"), r.value()));
        JsonNode updated = json(records.get(1).value());
        assertEquals(contactId, updated.get("contactId").asText());
        assertEquals(legalName, updated.get("employerName").asText());
        assertEquals(false, updated.get("active").asBoolean());
        assertEquals(1, updated.get("version").asInt());
    }

    @Test
    void onlyThoseWhoSeeTheClientSeeItsContactsAndComplianceOnlyReads() {
        String dana = executive("Dana Private");
        String other = executive("Otto Other");
        String clientId = client(uniqueName("Private Contacts"), dana, null);
        String contactId = asExecutive(dana).body(person("Sam Secret")).post("/api/clients/" + clientId + "/contacts")
                .then().statusCode(201).extract().path("id");

        asExecutive(other).get("/api/clients/" + clientId + "/contacts").then().statusCode(404).contentType("application/problem+json");
        asExecutive(other).get("/api/clients/" + clientId + "/contacts/" + contactId).then().statusCode(404);
        asExecutive(other).body(person("Intruder")).post("/api/clients/" + clientId + "/contacts").then().statusCode(404);
        as("compliance-officer").body(person("Auditor")).post("/api/clients/" + clientId + "/contacts").then().statusCode(403);
        String elsewhere = client(uniqueName("Elsewhere"), dana, null);
        asExecutive(dana).get("/api/clients/" + elsewhere + "/contacts/" + contactId).then().statusCode(404);
    }

    @Test
    void invalidContactsAreProblemsAndWriteNothing() {
        String dana = executive("Dana Invalid");
        String clientId = client(uniqueName("Strict Co"), dana, null);
        long before = contacts();
        asExecutive(dana).body(Map.of("fullName", "", "email", "not-mail", "phone", "call me", "role", "BOSS"))
                .post("/api/clients/" + clientId + "/contacts")
                .then().statusCode(400).contentType("application/problem+json");
        asExecutive(dana).body(Map.of("fullName", "", "email", "not-mail", "phone", "call me"))
                .post("/api/clients/" + clientId + "/contacts")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("fullName", "email", "phone", "role"));
        as("admin").body(person("Ghost")).post("/api/clients/" + UUID.randomUUID() + "/contacts").then().statusCode(404);
        as("admin").body(Map.of("status", "CLOSED", "version", version(clientId))).post("/api/clients/" + clientId + "/status").then().statusCode(200);
        asExecutive(dana).body(person("Too Late")).post("/api/clients/" + clientId + "/contacts")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:client-closed"));
        assertEquals(before, contacts());
    }

    private static long contacts() {
        return QuarkusTransaction.requiringNew().call(() -> Contact.count());
    }
}
