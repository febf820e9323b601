package io.accountable.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.platform.api.IdempotencyRetention;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The platform's purge of old Idempotency-Key answers, on client-service's schema (every service has the table). */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class IdempotencyRetentionTest {

    @Inject
    IdempotencyRetention retention;

    @Inject
    EntityManager entityManager;

    @Test
    void answersOlderThanTheRetentionAreForgottenBatchAfterBatchAndYoungerOnesKept() {
        String run = UUID.randomUUID().toString();
        Instant now = Instant.now();
        // one more than a batch, so only a purge that goes on after a full batch forgets them all
        keepAnswers(run + "-old-", 1001, now.minus(Duration.ofDays(8)));
        keepAnswers(run + "-young-", 3, now.minus(Duration.ofDays(6)));

        retention.purge();

        assertEquals(0, answers(run + "-old-"), "older than the 7 days' retention");
        assertEquals(3, answers(run + "-young-"), "within the retention, a retry still gets the first answer");
    }

    private void keepAnswers(String keyPrefix, int count, Instant createdAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                entityManager.createNativeQuery("INSERT INTO idempotent_request (id, caller, idempotency_key, request_hash, status, created_at)"
                        + " VALUES (:id, 'test', :key, :hash, 201, :createdAt)")
                        .setParameter("id", keyPrefix + i).setParameter("key", keyPrefix + i).setParameter("hash", "0".repeat(64))
                        .setParameter("createdAt", createdAt).executeUpdate();
            }
        });
    }

    private long answers(String keyPrefix) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM idempotent_request WHERE idempotency_key LIKE :prefix")
                .setParameter("prefix", keyPrefix + "%").getSingleResult()).longValue());
    }
}
