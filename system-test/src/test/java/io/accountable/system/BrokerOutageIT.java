package io.accountable.system;

import static io.accountable.system.RunningSystem.COMPLIANCE;
import static io.accountable.system.RunningSystem.QUOTA;
import static io.accountable.system.Steps.EVENTUALLY;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.KafkaBroker;
import io.accountable.devstack.TopicReader;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The broker is SIGKILLed for 30 seconds while clients, sales and gifts are written: the outbox keeps
 * every event, so no request fails, every event reaches Kafka after the restart, and every
 * notification arrives exactly once.
 */
class BrokerOutageIT {

    static final Duration OUTAGE = Duration.ofSeconds(30);

    final RunningSystem system = RunningSystem.get();
    final Steps steps = new Steps(system);

    @Test
    void aKilledBrokerFailsNoRequestAndLosesNoEvent() {
        Assumptions.assumeTrue(system.stack.broker().isPresent(), "the dev stack started no broker of its own to kill");
        KafkaBroker broker = system.stack.broker().get();
        Steps.Executive owner = steps.executive(Steps.unique("Olive Outage"), null);
        String account = steps.corporateClient(Steps.unique("Outage Holdings"), null, owner);
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            contacts.add(steps.contact(owner, account, Steps.unique("Recipient " + i)));
        }
        String today = steps.asExecutive(COMPLIANCE, owner).get("/api/policy").then().statusCode(200).extract().path("date");
        // quota- and compliance-service learn of the client and the contacts from events: wait until they have
        await().atMost(EVENTUALLY).until(() -> sale(account, today).statusCode() == 201);
        await().atMost(EVENTUALLY).until(() -> gift(owner, contacts.get(contacts.size() - 1), today).statusCode() == 201);

        SteadyLoad load = new SteadyLoad()
                .writer("clients", 201, Duration.ofMillis(100), i -> outcome(steps.onboard(Steps.unique("Steady Client"), null, owner)))
                .writer("sales", 201, Duration.ofMillis(100), i -> outcome(sale(account, today)))
                .writer("gifts", 201, Duration.ofMillis(100), i -> outcome(gift(owner, contacts.get(i % contacts.size()), today)));
        try (load) {
            SteadyLoad.sleep(Duration.ofSeconds(3));
            broker.kill();
            SteadyLoad.sleep(OUTAGE);
            broker.start();
            SteadyLoad.sleep(Duration.ofSeconds(3));
        }
        assertEquals(List.of(), load.failures(), "no request fails while the broker is down");
        List<String> clients = load.created("clients");
        List<String> sales = load.created("sales");
        List<String> gifts = load.created("gifts");
        System.out.printf("broker outage: %d requests (%d clients, %d sales, %d gifts), 0 failed%n",
                load.sent(), clients.size(), sales.size(), gifts.size());

        assertEquals(Set.copyOf(clients), published(system.stack.kafkaBootstrap(), "accountable.client.events",
                "accountable.client.client-onboarded.v1", "clientId", clients));
        assertEquals(Set.copyOf(sales), published(system.stack.kafkaBootstrap(), "accountable.quota.events",
                "accountable.quota.sale-credited.v1", "saleId", sales));
        assertEquals(Set.copyOf(gifts), published(system.stack.kafkaBootstrap(), "accountable.compliance.events",
                "accountable.compliance.gift-recorded.v1", "giftId", gifts));

        Map<String, Long> assignedNotifications = await().atMost(Duration.ofMinutes(2)).until(
                () -> steps.assignmentNotifications(owner), notified -> notified.keySet().containsAll(clients));
        assertEquals(Set.of(1L), Set.copyOf(assignedNotifications.values()), "every client's assignment notifies exactly once");
    }

    private Response sale(String clientId, String closeDate) {
        return system.asAdmin(QUOTA).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("clientId", clientId, "amount", Map.of("amount", "1000.00", "currency", "USD"), "productLine", "Advisory",
                        "closeDate", closeDate, "externalReference", "OUTAGE-" + UUID.randomUUID()))
                .post("/api/sales");
    }

    private Response gift(Steps.Executive giver, String contactId, String date) {
        return steps.asExecutive(COMPLIANCE, giver).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("recipients", List.of(Map.of("contactId", contactId)), "giftDate", date, "description", "Logo umbrella",
                        "category", "BUSINESS_GIFT", "cost", Map.of("amount", "5.00", "currency", "USD"), "paidBy", "FIRM", "attestation", true))
                .post("/api/gifts");
    }

    private static SteadyLoad.Outcome outcome(Response response) {
        return new SteadyLoad.Outcome(response.statusCode(), response.path("id"), response.asString());
    }

    /** The ids, read from the payloads of {@code type}, that reached the topic. */
    private static Set<String> published(String bootstrap, String topic, String type, String idField, List<String> expected) {
        Set<String> wanted = new HashSet<>(expected);
        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, topic,
                record -> type.equals(TopicReader.header(record, "ce_type")) && wanted.contains(JsonPath.from(record.value()).getString(idField)),
                expected.size(), Duration.ofMinutes(2));
        return records.stream().map(record -> JsonPath.from(record.value()).getString(idField)).collect(Collectors.toSet());
    }
}
