package io.accountable.platform.retention;

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
 * Forgets, once they are old enough, the rows the platform keeps only to recognise a repeat, so that
 * their tables hold a retention's worth instead of growing forever:
 * <ul>
 * <li>the answers to POSTs sent with an Idempotency-Key ({@code accountable.idempotency.retention},
 * {@link #IDEMPOTENCY_ANSWER_DAYS} days unless set), as payment APIs do: a retry within it gets the first answer;</li>
 * <li>the ids of the events the consumers applied ({@code accountable.events.processed-retention},
 * 30 days unless set), which must outlast the topics' retention (7 days in docker-compose and the dev
 * stack): only an event still on its topic can be delivered again.</li>
 * </ul>
 * Each table is purged oldest first by its time index, in short transactions of a batch each, so no
 * writer waits long behind the purge.
 */
@ApplicationScoped
public class Retention {

    /** How long an Idempotency-Key answer is kept unless the deployment sets otherwise; the API contract says so too. */
    public static final int IDEMPOTENCY_ANSWER_DAYS = 7;
    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(Retention.class);

    @ConfigProperty(name = "accountable.idempotency.retention", defaultValue = "P" + IDEMPOTENCY_ANSWER_DAYS + "D")
    Duration idempotencyAnswers;

    @ConfigProperty(name = "accountable.events.processed-retention", defaultValue = "P30D")
    Duration processedEvents;

    @Inject
    EntityManager entityManager;

    @Scheduled(identity = "retention", every = "${accountable.retention.purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        int answers = purgeIdempotencyAnswers();
        int events = purgeProcessedEvents();
        if (answers + events > 0) {
            LOG.infof("Forgot %d idempotency answers older than %s and %d processed event ids older than %s", answers,
                    idempotencyAnswers, events, processedEvents);
        }
    }

    /** Deletes the Idempotency-Key answers kept longer than their retention; how many. */
    public int purgeIdempotencyAnswers() {
        return purge("DELETE FROM idempotent_request WHERE created_at < :cutoff ORDER BY created_at LIMIT " + BATCH,
                idempotencyAnswers);
    }

    /** Deletes the applied events' ids kept longer than their retention; how many. */
    public int purgeProcessedEvents() {
        return purge("DELETE FROM processed_event WHERE processed_at < :cutoff ORDER BY processed_at LIMIT " + BATCH,
                processedEvents);
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
