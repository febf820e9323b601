package io.accountable.platform.events;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.hibernate.query.NativeQuery;

/** The ids of the events this service has applied (table processed_event), each written in the transaction that applied it. */
final class ProcessedEvents {

    private static final int MAX_ID_LENGTH = 36;
    private static final int MAX_TYPE_LENGTH = 255;

    private ProcessedEvents() {
    }

    /**
     * Records the event as applied; false when it was applied before. One statement instead of a
     * read and an insert: the duplicate key is what answers, and a consumer applying the same event
     * at the same moment waits on that key and then sees it taken. IGNORE would also shorten a value
     * that does not fit, which is why the lengths are checked first.
     */
    static boolean firstTime(EntityManager entityManager, String eventId, String eventType) {
        if (eventId == null || eventId.isEmpty() || eventId.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("Event id " + eventId + " is not 1 to " + MAX_ID_LENGTH + " characters");
        }
        if (eventType == null || eventType.isEmpty() || eventType.length() > MAX_TYPE_LENGTH) {
            throw new IllegalArgumentException("Event type of " + eventId + " is not 1 to " + MAX_TYPE_LENGTH + " characters");
        }
        return entityManager.createNativeQuery("INSERT IGNORE INTO processed_event (event_id, event_type, processed_at) VALUES (:id, :type, :at)")
                .unwrap(NativeQuery.class)
                // names the one table it writes, so Hibernate need not flush the session's pending changes before it
                .addSynchronizedQuerySpace("processed_event")
                .setParameter("id", eventId)
                .setParameter("type", eventType)
                .setParameter("at", Instant.now())
                .executeUpdate() == 1;
    }
}
