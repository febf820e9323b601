package io.accountable.quota.sale;

import static io.accountable.quota.Fixtures.QUOTA_TOPIC;
import static io.accountable.quota.Fixtures.as;
import static io.accountable.quota.Fixtures.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.EventSchemas;
import io.accountable.devstack.TopicReader;
import io.accountable.quota.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class SaleResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static Map<String, Object> sale(UUID clientId, String amount, String closeDate) {
        Map<String, Object> sale = new HashMap<>();
        sale.put("clientId", clientId);
        sale.put("amount", Map.of("amount", amount, "currency", "USD"));
        sale.put("productLine", "Advisory");
        sale.put("closeDate", closeDate);
        sale.put("externalReference", "INV-" + UUID.randomUUID());
        return sale;
    }

    static long saleCount() {
        return QuarkusTransaction.requiringNew().call(() -> Sale.count() + SaleCredit.count() * 1_000_000);
    }

    @Test
    void aSaleIsCreditedToWhoeverOwnedTheClientOnTheCloseDateAfterAMidYearReassignment() {
        UUID before = Fixtures.executive(bootstrap, null);
        UUID after = Fixtures.executive(bootstrap, null);
        UUID clientId = Fixtures.client(bootstrap, before, LocalDate.of(2026, 1, 1));
        Fixtures.assign(bootstrap, clientId, after, before, LocalDate.of(2026, 7, 1));

        String june = asAdmin().body(sale(clientId, "1000.00", "2026-06-30")).post("/api/sales")
                .then().statusCode(201)
                .body("credits", hasSize(1))
                .body("credits[0].executiveId", equalTo(before.toString()))
                .body("credits[0].creditedAmount.amount", equalTo("1000.00"))
                .body("source", equalTo("API"))
                .extract().header("Location");
        asAdmin().body(sale(clientId, "2000.00", "2026-07-01")).post("/api/sales")
                .then().statusCode(201).body("credits[0].executiveId", equalTo(after.toString()));

        as("account-executive", before).get(june).then().statusCode(200).body("amount.amount", equalTo("1000.00"));
        as("account-executive", after).get(june).then().statusCode(404);
        as("account-executive", before).queryParam("executiveId", before).get("/api/sales").then().statusCode(200)
                .body("totalItems", equalTo(1));
        as("account-executive", before).queryParam("executiveId", after).get("/api/sales").then().statusCode(403);
    }

    @Test
    void splitCreditDividesTheAmountByPercentToTheCent() throws Exception {
        UUID owner = Fixtures.executive(bootstrap, null);
        UUID a = Fixtures.executive(bootstrap, null);
        UUID b = Fixtures.executive(bootstrap, null);
        UUID clientId = Fixtures.client(bootstrap, owner, LocalDate.of(2026, 1, 1));
        Map<String, Object> body = sale(clientId, "100.00", "2026-03-01");
        body.put("credits", List.of(Map.of("executiveId", a, "percent", "33.3333"), Map.of("executiveId", b, "percent", "66.6667")));

        String saleId = asAdmin().body(body).post("/api/sales").then().statusCode(201)
                .body("credits.creditedAmount.amount", equalTo(List.of("66.67", "33.33")))
                .body("credits.creditPercent", equalTo(List.of(66.6667f, 33.3333f)))
                .extract().path("id");

        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, QUOTA_TOPIC,
                r -> r.value().contains(saleId) && SaleEvents.CREDITED.equals(TopicReader.header(r, "ce_type")), 2, Duration.ofSeconds(30));
        assertEquals(2, records.size(), "one sale-credited event per credited executive");
        records.forEach(r -> EventSchemas.assertValid(SaleEvents.CREDITED, r.value()));
    }

    @Test
    void creditsThatDoNotAddUpTo100AreRefusedAndNothingIsWritten() {
        UUID owner = Fixtures.executive(bootstrap, null);
        UUID clientId = Fixtures.client(bootstrap, owner, LocalDate.of(2026, 1, 1));
        Map<String, Object> body = sale(clientId, "100.00", "2026-03-01");
        body.put("credits", List.of(Map.of("executiveId", owner, "percent", "60"), Map.of("executiveId", UUID.randomUUID(), "percent", "30")));
        long before = saleCount();

        asAdmin().body(body).post("/api/sales").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:credit-split-not-100"))
                .body("percentTotal", equalTo(90));
        body.put("credits", List.of(Map.of("executiveId", owner, "percent", "60"), Map.of("executiveId", UUID.randomUUID(), "percent", "40")));
        asAdmin().body(body).post("/api/sales").then().statusCode(422).body("type", equalTo("urn:accountable:problem:unknown-executive"));
        body.put("credits", List.of(Map.of("executiveId", owner, "percent", "60"), Map.of("executiveId", owner, "percent", "40")));
        asAdmin().body(body).post("/api/sales").then().statusCode(422).body("type", equalTo("urn:accountable:problem:duplicate-credit"));
        body.put("credits", List.of(Map.of("executiveId", owner, "percent", "0"), Map.of("executiveId", owner, "percent", "100")));
        asAdmin().body(body).post("/api/sales").then().statusCode(400).contentType("application/problem+json");

        assertEquals(before, saleCount(), "nothing written");
    }

    @Test
    void anUnknownClientOrNoOwnerOnTheCloseDateIsA422ThatSaysWhich() {
        UUID owner = Fixtures.executive(bootstrap, null);
        UUID clientId = Fixtures.client(bootstrap, owner, LocalDate.of(2026, 4, 1));
        UUID unknown = UUID.randomUUID();
        long before = saleCount();

        asAdmin().body(sale(unknown, "100.00", "2026-05-01")).post("/api/sales").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:unknown-client"))
                .body("clientId", equalTo(unknown.toString()));
        asAdmin().body(sale(clientId, "100.00", "2026-03-31")).post("/api/sales").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:no-owner-on-close-date"))
                .body("clientId", equalTo(clientId.toString()))
                .body("closeDate", equalTo("2026-03-31"));

        assertEquals(before, saleCount(), "nothing written");
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyReturnsTheFirstResult() {
        UUID owner = Fixtures.executive(bootstrap, null);
        UUID clientId = Fixtures.client(bootstrap, owner, LocalDate.of(2026, 1, 1));
        Map<String, Object> body = sale(clientId, "750.00", "2026-02-02");
        String key = UUID.randomUUID().toString();
        String caller = "ops-" + UUID.randomUUID();
        Supplier<RequestSpecification> admin = () -> as("admin", caller).header("Idempotency-Key", key);

        String first = admin.get().body(body).post("/api/sales").then().statusCode(201).extract().path("id");
        long afterFirst = saleCount();
        admin.get().body(body).post("/api/sales").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        assertEquals(afterFirst, saleCount(), "the retry created nothing");

        Map<String, Object> other = new HashMap<>(body);
        other.put("amount", Map.of("amount", "751.00", "currency", "USD"));
        admin.get().body(other).post("/api/sales").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:idempotency-key-reused"));
        asAdmin().body(body).post("/api/sales").then().statusCode(409)
                .body("type", equalTo("urn:accountable:problem:duplicate-sale"));
        assertEquals(afterFirst, saleCount());
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        UUID owner = Fixtures.executive(bootstrap, null);
        UUID clientId = Fixtures.client(bootstrap, owner, LocalDate.of(2026, 1, 1));
        long before = saleCount();

        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>> of(
                Map.entry("amount", Map.of("amount", "0", "currency", "USD")),
                Map.entry("amount", Map.of("amount", "10.001", "currency", "USD")),
                Map.entry("amount", Map.of("amount", "10", "currency", "dollars")),
                Map.entry("amount", "ten"),
                Map.entry("closeDate", "2026-02-30"),
                Map.entry("clientId", "not-a-uuid"),
                Map.entry("productLine", " "),
                Map.entry("sourceSystem", "Has Spaces"))) {
            Map<String, Object> body = sale(clientId, "10.00", "2026-02-02");
            body.put(bad.getKey(), bad.getValue());
            asAdmin().body(body).post("/api/sales").then().statusCode(400).contentType("application/problem+json");
        }
        asAdmin().body("[]").post("/api/sales").then().statusCode(400).contentType("application/problem+json");
        as("account-executive", owner).body(sale(clientId, "10.00", "2026-02-02")).post("/api/sales").then().statusCode(403);

        assertEquals(before, saleCount(), "nothing written");
    }

    @Test
    void aPartialThenFullReversalIsSharedByTheCreditsAndPublished() {
        UUID a = Fixtures.executive(bootstrap, null);
        UUID b = Fixtures.executive(bootstrap, null);
        UUID clientId = Fixtures.client(bootstrap, a, LocalDate.of(2026, 1, 1));
        Map<String, Object> body = sale(clientId, "20000.00", "2026-03-10");
        body.put("credits", List.of(Map.of("executiveId", a, "percent", "75"), Map.of("executiveId", b, "percent", "25")));
        String saleId = asAdmin().body(body).post("/api/sales").then().statusCode(201).extract().path("id");

        asAdmin().body(Map.of("amount", Map.of("amount", "5000.00", "currency", "USD"), "reversalDate", "2026-04-02", "reason", "refund"))
                .post("/api/sales/" + saleId + "/reversals").then().statusCode(201)
                .body("shares.amount.amount", equalTo(List.of("3750.00", "1250.00")));
        asAdmin().body(Map.of("amount", Map.of("amount", "15000.01", "currency", "USD"), "reversalDate", "2026-04-02"))
                .post("/api/sales/" + saleId + "/reversals").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:reversal-exceeds-sale"))
                .body("remaining", equalTo(15000.00f));
        asAdmin().body(Map.of("reversalDate", "2026-03-09")).post("/api/sales/" + saleId + "/reversals").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:reversal-before-close"));
        asAdmin().body(Map.of("reversalDate", "2026-05-01")).post("/api/sales/" + saleId + "/reversals").then().statusCode(201)
                .body("amount.amount", equalTo("15000.00"));
        asAdmin().get("/api/sales/" + saleId).then().statusCode(200).body("reversed.amount", equalTo("20000.00"));
        asAdmin().body(Map.of("reversalDate", "2026-05-02")).post("/api/sales/" + saleId + "/reversals").then().statusCode(422);
        asAdmin().body(Map.of("reversalDate", "2026-05-02")).post("/api/sales/" + UUID.randomUUID() + "/reversals").then().statusCode(404);

        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, QUOTA_TOPIC,
                r -> r.value().contains(saleId) && SaleEvents.REVERSED.equals(TopicReader.header(r, "ce_type")), 4, Duration.ofSeconds(30));
        assertEquals(4, records.size());
        records.forEach(r -> EventSchemas.assertValid(SaleEvents.REVERSED, r.value()));
    }
}
