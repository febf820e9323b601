package io.accountable.quota.sale;

import static io.accountable.quota.Fixtures.CLIENT_TOPIC;
import static io.accountable.quota.Fixtures.QUOTA_TOPIC;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.EventSchemas;
import io.accountable.devstack.TestEvents;
import io.accountable.devstack.TopicReader;
import io.accountable.quota.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class OpportunityWonTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String won(UUID opportunityId, UUID clientId, UUID executiveId, String amount, String closeDate) {
        return """
                {"opportunityId": "%s", "clientId": "%s", "executiveId": "%s", "productLine": "Advisory", "stage": "WON",
                 "amount": {"amount": "%s", "currency": "USD"}, "closeDate": "%s"}"""
                .formatted(opportunityId, clientId, executiveId, amount, closeDate);
    }

    @Test
    void aWonOpportunityIsCreditedToTheOwnerOnTheCloseDateOnce() throws Exception {
        UUID before = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        UUID clientId = Fixtures.client(bootstrap, before, LocalDate.of(2026, 1, 1));
        Fixtures.assign(bootstrap, clientId, after, before, LocalDate.of(2026, 7, 1));
        UUID opportunityId = UUID.randomUUID();
        String payload = won(opportunityId, clientId, after, "20000.00", "2026-06-30");

        TestEvents.publish(bootstrap, CLIENT_TOPIC, "accountable.client.opportunity-won.v1", clientId.toString(), payload);
        TestEvents.publish(bootstrap, CLIENT_TOPIC, "accountable.client.opportunity-won.v1", clientId.toString(), payload);

        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, QUOTA_TOPIC,
                r -> r.value().contains(opportunityId.toString()), 1, Duration.ofSeconds(30));
        assertEquals(1, records.size());
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals(SaleEvents.CREDITED, TopicReader.header(record, "ce_type"));
        assertEquals(before.toString(), record.key(), "keyed by the executive who owned the client on June 30");
        EventSchemas.assertValid(SaleEvents.CREDITED, record.value());
        JsonNode event = JSON.readTree(record.value());
        assertEquals("OPPORTUNITY", event.get("source").asText());
        assertEquals("20000.00", event.at("/creditedAmount/amount").asText());
        assertEquals(100, event.get("creditPercent").asInt());

        Fixtures.assign(bootstrap, UUID.randomUUID(), UUID.randomUUID(), null, LocalDate.of(2026, 1, 1));
        List<Sale> sales = QuarkusTransaction.requiringNew().call(() -> Sale.<Sale> list("opportunityId", opportunityId));
        assertEquals(1, sales.size(), "a second won event for the same opportunity credits nothing");
        assertEquals(0, new BigDecimal("20000").compareTo(sales.get(0).amount));
        List<SaleCredit> credits = QuarkusTransaction.requiringNew().call(() -> SaleCredit.ofSale(sales.get(0).id));
        assertEquals(List.of(before), credits.stream().map(c -> c.executiveId).toList());
    }

    @Test
    void withoutAKnownOwnerTheExecutiveWhoWonItGetsTheCredit() {
        UUID winner = UUID.randomUUID();
        UUID opportunityId = UUID.randomUUID();
        TestEvents.publish(bootstrap, CLIENT_TOPIC, "accountable.client.opportunity-won.v1", winner.toString(),
                won(opportunityId, UUID.randomUUID(), winner, "1500.50", "2026-02-10"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Sale sale = QuarkusTransaction.requiringNew().call(() -> Sale.<Sale> find("opportunityId", opportunityId).firstResult());
            assertEquals(SaleSource.OPPORTUNITY, sale == null ? null : sale.source);
            assertNull(QuarkusTransaction.requiringNew().call(() -> SaleCredit.<SaleCredit> find("saleId = ?1 and executiveId <> ?2", sale.id, winner).firstResult()));
        });
    }
}
