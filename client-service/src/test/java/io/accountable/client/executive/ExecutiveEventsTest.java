package io.accountable.client.executive;

import static io.accountable.client.executive.ExecutiveResourceTest.as;
import static io.accountable.client.executive.ExecutiveResourceTest.newExecutive;
import static io.accountable.client.executive.ExecutiveResourceTest.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.EventSchemas;
import io.accountable.devstack.KafkaBroker;
import io.accountable.devstack.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class ExecutiveEventsTest {

    static final String TOPIC = "accountable.client.events";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void registrationIsPublishedAsACloudEventKeyedByExecutive() throws Exception {
        String id = register(newExecutive("Kim Kline"));

        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, TOPIC, r -> id.equals(r.key()), 1, Duration.ofSeconds(30));

        assertEquals(1, records.size(), "one executive-registered event");
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals("accountable.client.executive-registered.v1", TopicReader.header(record, "ce_type"));
        assertEquals("/accountable/client-service", TopicReader.header(record, "ce_source"));
        assertEquals("1.0", TopicReader.header(record, "ce_specversion"));
        assertEquals(id, TopicReader.header(record, "ce_subject"));
        assertNotNull(TopicReader.header(record, "ce_id"));
        assertNotNull(TopicReader.header(record, "ce_time"));
        assertEquals("application/json", TopicReader.header(record, "content-type"));
        EventSchemas.assertValid(ExecutiveEvents.REGISTERED, record.value());
        JsonNode payload = JSON.readTree(record.value());
        assertEquals(id, payload.get("executiveId").asText());
        assertEquals("Kim Kline", payload.get("fullName").asText());
        assertEquals("2024-02-01", payload.get("hireDate").asText());
        assertEquals("ACTIVE", payload.get("status").asText());
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownArriveAfterItReturnsInOrderPerExecutive() throws Exception {
        KafkaBroker broker = DevStackTestResource.broker();
        List<String> ids = new ArrayList<>();
        broker.stop();
        try {
            for (String name : new String[] { "Lee Lane", "Mo Marsh", "Nia Noble" }) {
                ids.add(register(newExecutive(name)));
            }
            Map<String, Object> change = new HashMap<>(newExecutive("Lee Lane"));
            change.put("status", "ACTIVE");
            for (int version = 0; version < 2; version++) {
                change.put("version", version);
                as("admin").body(change).put("/api/executives/" + ids.get(0)).then().statusCode(200);
            }
            assertTrue(QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery("select count(e) from OutboxEvent e", Long.class).getSingleResult()) >= 5, "events wait in the outbox");
        } finally {
            broker.start();
        }

        Set<String> keys = Set.copyOf(ids);
        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, TOPIC, r -> keys.contains(r.key()), 5, Duration.ofSeconds(60));

        assertEquals(5, records.size(), "every event arrives after the outage");
        records.forEach(r -> EventSchemas.assertValid(TopicReader.header(r, "ce_type"), r.value()));
        List<String> first = records.stream().filter(r -> r.key().equals(ids.get(0)))
                .map(r -> TopicReader.header(r, "ce_type") + "@" + version(r)).toList();
        assertEquals(List.of("accountable.client.executive-registered.v1@0", "accountable.client.executive-updated.v1@1",
                "accountable.client.executive-updated.v1@2"), first);
    }

    private static long version(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value()).get("version").asLong();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
