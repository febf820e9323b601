package io.accountable.compliance.gift;

import static io.accountable.compliance.Fixtures.asCompliance;
import static io.accountable.compliance.Fixtures.asExecutive;
import static io.accountable.compliance.Fixtures.contact;
import static io.accountable.compliance.Fixtures.executive;
import static io.accountable.compliance.Fixtures.gift;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.EventSchemas;
import io.accountable.devstack.TopicReader;
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
class GiftAmendmentTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aCorrectionIsANewGiftThatReplacesTheOriginalInTheLimitAndTheChainIsReadable() {
        UUID giver = executive();
        UUID recipient = contact("Prestige Worldwide");
        String original = asExecutive(giver).body(gift("2026-05-10", "250.00", recipient)).post("/api/gifts")
                .then().statusCode(201).extract().path("id");

        String correction = asExecutive(giver).body(Map.of("reason", "Market value was USD 290", "gift", gift("2026-05-10", "290.00", recipient)))
                .post("/api/gifts/" + original + "/corrections")
                .then().statusCode(201)
                .body("correctsGiftId", equalTo(original))
                .body("correctionReason", equalTo("Market value was USD 290"))
                .extract().path("id");
        asExecutive(giver).queryParam("date", "2026-05-10").get("/api/recipients/" + recipient + "/allowance")
                .then().statusCode(200).body("used.amount", equalTo("290.00"));

        asExecutive(giver).body(Map.of("reason", "Again", "gift", gift("2026-05-10", "10.00", recipient)))
                .post("/api/gifts/" + original + "/corrections")
                .then().statusCode(409).body("type", equalTo("urn:accountable:problem:already-corrected"));
        asExecutive(giver).body(Map.of("reason", "Too much", "gift", gift("2026-05-10", "300.01", recipient)))
                .post("/api/gifts/" + correction + "/corrections")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:gift-over-limit")).body("used.amount", equalTo("0.00"));
        asExecutive(executive()).body(Map.of("reason", "Not mine", "gift", gift("2026-05-10", "10.00", recipient)))
                .post("/api/gifts/" + correction + "/corrections").then().statusCode(404);
        asCompliance().body(Map.of("reason", "Receipt shows USD 100", "gift", with(gift("2026-05-10", "100.00", recipient), giver)))
                .post("/api/gifts/" + correction + "/corrections").then().statusCode(201);

        asExecutive(giver).get("/api/gifts/" + correction + "/history")
                .then().statusCode(200)
                .body("valueUsd.amount", contains("250.00", "290.00", "100.00"))
                .body("correctionReason", contains(null, "Market value was USD 290", "Receipt shows USD 100"));
        asExecutive(giver).queryParam("date", "2026-05-10").get("/api/recipients/" + recipient + "/allowance")
                .then().statusCode(200).body("used.amount", equalTo("100.00"));

        asCompliance().body(gift("2026-05-10", "1.00", recipient)).put("/api/gifts/" + original).then().statusCode(405);
        asCompliance().delete("/api/gifts/" + original).then().statusCode(405);

        List<ConsumerRecord<String, String>> amendments = TopicReader.read(bootstrap, "accountable.compliance.events",
                r -> recipient.toString().equals(r.key()) && Amendments.RECORDED.equals(TopicReader.header(r, "ce_type")), 2,
                Duration.ofSeconds(30));
        assertEquals(2, amendments.size());
        amendments.forEach(r -> EventSchemas.assertValid(Amendments.RECORDED, r.value()));
        assertEquals(true, amendments.get(0).value().contains(original));
    }

    private static Map<String, Object> with(Map<String, Object> gift, UUID giver) {
        return io.accountable.compliance.Fixtures.with(gift, "giverIds", List.of(giver.toString()));
    }
}
