package io.accountable.compliance.recipient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * Serializes what is decided about one recipient's allowance: whoever holds a recipient's lock row
 * (until their transaction ends) is the only one summing and adding gifts for that recipient.
 */
@ApplicationScoped
public class RecipientLock {

    @Inject
    EntityManager entityManager;

    /** Creates the recipient's row if it is missing; committed or not, it is locked by nobody afterwards. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ensure(UUID recipientId) {
        entityManager.createNativeQuery("INSERT IGNORE INTO recipient_lock (recipient_id, created_at) VALUES (?1, ?2)")
                .setParameter(1, recipientId.toString())
                .setParameter(2, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    /**
     * Locks the recipients' rows until the transaction ends, in id order so that two gifts to
     * overlapping recipients cannot deadlock. A missing row is created already locked (an insert
     * that meets a duplicate waits for, then takes, the exclusive lock).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(Collection<UUID> recipientIds) {
        recipientIds.stream().distinct().sorted().forEach(id -> {
            boolean exists = !entityManager.createNativeQuery("SELECT recipient_id FROM recipient_lock WHERE recipient_id = ?1 FOR UPDATE")
                    .setParameter(1, id.toString())
                    .getResultList().isEmpty();
            if (!exists) {
                entityManager.createNativeQuery("INSERT INTO recipient_lock (recipient_id, created_at) VALUES (?1, ?2) "
                        + "ON DUPLICATE KEY UPDATE recipient_id = recipient_id")
                        .setParameter(1, id.toString())
                        .setParameter(2, Timestamp.from(Instant.now()))
                        .executeUpdate();
            }
        });
    }
}
