package io.accountable.platform.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Forgets the answers {@link Idempotency} keeps for retries once they are older than the retention
 * ({@code accountable.idempotency.retention}, 7 days unless set), as payment APIs do: a retry within
 * it gets the first answer, and the table holds a retention's worth of POSTs instead of every POST
 * ever made. It deletes in short transactions of a batch each, oldest first by the created_at index,
 * so a writer never waits long behind it.
 */
@ApplicationScoped
public class IdempotencyRetention {

    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(IdempotencyRetention.class);

    @ConfigProperty(name = "accountable.idempotency.retention", defaultValue = "P7D")
    Duration retention;

    @Inject
    EntityManager entityManager;

    @Scheduled(identity = "idempotency-retention", every = "${accountable.idempotency.purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        int purged = purge();
        if (purged > 0) {
            LOG.infof("Forgot %d idempotency answers older than %s", purged, retention);
        }
    }

    /** Deletes the answers kept longer than the retention; how many it deleted. */
    public int purge() {
        Instant cutoff = Instant.now().minus(retention);
        int purged = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createNativeQuery("DELETE FROM idempotent_request WHERE created_at < :cutoff ORDER BY created_at LIMIT " + BATCH)
                    .setParameter("cutoff", cutoff).executeUpdate());
            purged += deleted;
        } while (deleted == BATCH);
        return purged;
    }
}
