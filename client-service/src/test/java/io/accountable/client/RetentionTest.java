package io.accountable.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.platform.retention.Retention;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

/** The platform's purge of rows kept only to recognise repeats, on client-service's schema (every service has the tables). */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class RetentionTest {

    @Inject
    Retention retention;

    @Inject
    EntityManager entityManager;

    @Test
    void idempotencyAnswersOlderThanSevenDaysAreForgottenBatchAfterBatchAndYoungerOnesKept() {
        String run = UUID.randomUUID().toString();
        Instant now = Instant.now();
        // one more than a batch, so only a purge that goes on after a full batch forgets them all
        insert(1001, i -> answer(run + "-old-" + i, now.minus(Duration.ofDays(8))));
        insert(3, i -> answer(run + "-young-" + i, now.minus(Duration.ofDays(6))));

        retention.purgeIdempotencyAnswers();

        assertEquals(0, count("idempotent_request", "idempotency_key", run + "-old-%"), "older than the 7 days' retention");
        assertEquals(3, count("idempotent_request", "idempotency_key", run + "-young-%"),
                "within the retention, a retry still gets the first answer");
    }

    @Test
    void processedEventIdsOlderThanThirtyDaysAreForgottenAndYoungerOnesKept() {
        String type = "test.retention." + UUID.randomUUID();
        Instant now = Instant.now();
        insert(2, i -> processed(UUID.randomUUID().toString(), type + ".old", now.minus(Duration.ofDays(31))));
        insert(2, i -> processed(UUID.randomUUID().toString(), type + ".young", now.minus(Duration.ofDays(29))));

        retention.purgeProcessedEvents();

        assertEquals(0, count("processed_event", "event_type", type + ".old"), "older than the 30 days' retention");
        assertEquals(2, count("processed_event", "event_type", type + ".young"),
                "an event still within the topics' retention is still recognised when delivered again");
    }

    private void insert(int count, IntConsumer row) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                row.accept(i);
            }
        });
    }

    private void answer(String key, Instant createdAt) {
        entityManager.createNativeQuery("INSERT INTO idempotent_request (id, caller, idempotency_key, request_hash, status, created_at)"
                + " VALUES (:key, 'test', :key, :hash, 201, :createdAt)")
                .setParameter("key", key).setParameter("hash", "0".repeat(64)).setParameter("createdAt", createdAt).executeUpdate();
    }

    private void processed(String eventId, String type, Instant processedAt) {
        entityManager.createNativeQuery("INSERT INTO processed_event (event_id, event_type, processed_at) VALUES (:id, :type, :at)")
                .setParameter("id", eventId).setParameter("type", type).setParameter("at", processedAt).executeUpdate();
    }

    private long count(String table, String column, String pattern) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM " + table + " WHERE " + column + " LIKE :pattern")
                .setParameter("pattern", pattern).getSingleResult()).longValue());
    }
}
