package io.accountable.platform.retention;

import io.accountable.platform.api.IdempotencyConfig;
import io.accountable.platform.events.EventsConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Forgets, once they are old enough, the rows the platform keeps only to recognise a repeat, so that
 * their tables hold a retention's worth instead of growing forever:
 * <ul>
 * <li>the answers to POSTs sent with an Idempotency-Key ({@link IdempotencyConfig#retention()});</li>
 * <li>the ids of the events the consumers applied ({@link EventsConfig#processedRetention()}).</li>
 * </ul>
 * Each table is purged oldest first by its time index, in short transactions of a batch each, so no
 * writer waits long behind the purge.
 */
@ApplicationScoped
public class Retention {

    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(Retention.class);

    @Inject
    IdempotencyConfig idempotency;

    @Inject
    EventsConfig events;

    @Inject
    EntityManager entityManager;

    @Scheduled(identity = "retention", every = "${accountable.retention.purge-interval}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        int answers = purgeIdempotencyAnswers();
        int eventIds = purgeProcessedEvents();
        if (answers + eventIds > 0) {
            LOG.infof("Forgot %d idempotency answers older than %s and %d processed event ids older than %s", answers,
                    idempotency.retention(), eventIds, events.processedRetention());
        }
    }

    /** Deletes the Idempotency-Key answers kept longer than their retention; how many. */
    public int purgeIdempotencyAnswers() {
        return purge("DELETE FROM idempotent_request WHERE created_at < :cutoff ORDER BY created_at LIMIT " + BATCH,
                idempotency.retention());
    }

    /** Deletes the applied events' ids kept longer than their retention; how many. */
    public int purgeProcessedEvents() {
        return purge("DELETE FROM processed_event WHERE processed_at < :cutoff ORDER BY processed_at LIMIT " + BATCH,
                events.processedRetention());
    }

    private int purge(String deleteBatch, Duration retention) {
        Instant cutoff = Instant.now().minus(retention);
        int purged = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew()
                    .call(() -> entityManager.createNativeQuery(deleteBatch).setParameter("cutoff", cutoff).executeUpdate());
            purged += deleted;
        } while (deleted == BATCH);
        return purged;
    }
}
