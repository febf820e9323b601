package io.accountable.platform.events;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The id of an event this service has applied, written in the transaction that applied it. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @Id
    @Column(name = "event_id", length = 36)
    public String eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;

    /** Records the event as applied; false when it was applied before. */
    static boolean firstTime(EntityManager entityManager, String eventId, String eventType) {
        if (entityManager.find(ProcessedEvent.class, eventId) != null) {
            return false;
        }
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = eventId;
        processed.eventType = eventType;
        processed.processedAt = Instant.now();
        entityManager.persist(processed);
        return true;
    }
}
