package io.accountable.compliance.entertainment;

import static io.accountable.compliance.Fixtures.asCompliance;
import static io.accountable.compliance.Fixtures.asExecutive;
import static io.accountable.compliance.Fixtures.contact;
import static io.accountable.compliance.Fixtures.executive;
import static io.accountable.compliance.Fixtures.with;
import static io.accountable.compliance.entertainment.EntertainmentResourceTest.event;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.compliance.gift.Amendments;
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
class EntertainmentAmendmentTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aCorrectionIsANewRecordReferencingTheOriginalAndTheChainIsReadable() {
        UUID host = executive();
        UUID guest = contact("Employer " + UUID.randomUUID());
        String original = asExecutive(host).body(event("2025-06-01", "100.00", guest)).post("/api/entertainment")
                .then().statusCode(201).extract().path("id");

        String correction = asExecutive(host).body(Map.of("reason", "The bill was USD 120", "entertainment", event("2025-06-01", "120.00", guest)))
                .post("/api/entertainment/" + original + "/corrections")
                .then().statusCode(201)
                .body("correctsEntertainmentId", equalTo(original))
                .body("correctionReason", equalTo("The bill was USD 120"))
                .body("recordedBy", equalTo(host.toString()))
                .body("totalCostUsd.amount", equalTo("120.00"))
                .extract().path("id");
        asExecutive(host).body(Map.of("reason", "Again", "entertainment", event("2025-06-01", "90.00", guest)))
                .post("/api/entertainment/" + original + "/corrections")
                .then().statusCode(409).body("type", equalTo("urn:accountable:problem:already-corrected"));
        asExecutive(executive()).body(Map.of("reason", "Not mine", "entertainment", event("2025-06-01", "90.00", guest)))
                .post("/api/entertainment/" + correction + "/corrections").then().statusCode(404);
        asCompliance().body(Map.of("reason", "Receipt shows USD 110",
                        "entertainment", with(event("2025-06-01", "110.00", guest), "hostIds", List.of(host.toString()))))
                .post("/api/entertainment/" + correction + "/corrections").then().statusCode(201);

        asExecutive(host).get("/api/entertainment/" + original + "/history")
                .then().statusCode(200)
                .body("totalCostUsd.amount", contains("100.00", "120.00", "110.00"))
                .body("correctionReason", contains(null, "The bill was USD 120", "Receipt shows USD 110"));
        asExecutive(executive()).get("/api/entertainment/" + original + "/history").then().statusCode(404);
        asCompliance().body(event("2025-06-01", "1.00", guest)).put("/api/entertainment/" + original).then().statusCode(405);
        asCompliance().delete("/api/entertainment/" + original).then().statusCode(405);

        List<ConsumerRecord<String, String>> amendments = TopicReader.read(bootstrap, "accountable.compliance.events",
                r -> guest.toString().equals(r.key()) && Amendments.RECORDED.equals(TopicReader.header(r, "ce_type")), 2,
                Duration.ofSeconds(30));
        assertEquals(2, amendments.size());
        amendments.forEach(r -> EventSchemas.assertValid(Amendments.RECORDED, r.value()));
        assertTrue(amendments.get(0).value().contains("\"recordType\":\"ENTERTAINMENT\""));
        assertTrue(amendments.get(0).value().contains(original));
    }

    @Test
    void aBadCorrectionIsAProblemAndWritesNothing() {
        UUID host = executive();
        UUID guest = contact("Employer " + UUID.randomUUID());
        String original = asExecutive(host).body(event("2025-06-02", "100.00", guest)).post("/api/entertainment")
                .then().statusCode(201).extract().path("id");
        long before = QuarkusTransaction.requiringNew().call(() -> Entertainment.count());

        asExecutive(host).body(Map.of("reason", " ", "entertainment", event("2025-06-02", "120.00", guest)))
                .post("/api/entertainment/" + original + "/corrections")
                .then().statusCode(400).contentType("application/problem+json");
        asExecutive(host).body(Map.of("reason", "Fix")).post("/api/entertainment/" + original + "/corrections")
                .then().statusCode(400).contentType("application/problem+json");
        asExecutive(host).body(Map.of("reason", "Nobody went", "entertainment", with(event("2025-06-02", "120.00", guest), "hostAttended", false)))
                .post("/api/entertainment/" + original + "/corrections")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:record-as-gift"));
        asExecutive(host).body(Map.of("reason", "Wrong id", "entertainment", event("2025-06-02", "120.00", guest)))
                .post("/api/entertainment/" + UUID.randomUUID() + "/corrections").then().statusCode(404);

        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> Entertainment.count()));
    }
}
