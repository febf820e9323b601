package io.accountable.compliance.gift;

import io.accountable.platform.events.EventPublisher;
import io.accountable.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Corrections of append-only records (gifts, entertainment): a correction is a new record naming
 * the one it corrects; only the latest record of a chain can be corrected, and each correction
 * publishes amendment-recorded.v1.
 */
@ApplicationScoped
public class Amendments {

    public static final String RECORDED = "accountable.compliance.amendment-recorded.v1";

    /** amendmentId is the id of the correcting record; recordId the one it corrects. */
    public record AmendmentPayload(UUID amendmentId, String recordType, UUID recordId, String amendedBy, String reason,
            Instant amendedAt) {
    }

    /** A kind of append-only record: its table and the column that names the record a row corrects. */
    public enum RecordType {
        GIFT("gift", "corrects_gift_id"),
        ENTERTAINMENT("entertainment", "corrects_entertainment_id");

        private final String table;
        private final String correctsColumn;

        RecordType(String table, String correctsColumn) {
            this.table = table;
            this.correctsColumn = correctsColumn;
        }
    }

    @Inject
    EventPublisher publisher;

    @Inject
    EntityManager entityManager;

    /**
     * Takes the row lock of the record about to be corrected, so that two corrections of one record
     * are judged one after the other and cannot fork its chain. Native SQL: Hibernate's MySQL
     * dialect writes FOR UPDATE OF, which MariaDB rejects.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(RecordType type, UUID id) {
        entityManager.createNativeQuery("SELECT id FROM " + type.table + " WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id.toString()).getResultList();
    }

    /** Refuses to correct a record that a later record corrects already: correct the latest one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireLatest(RecordType type, UUID id) {
        List<?> later = entityManager.createNativeQuery("SELECT id FROM " + type.table + " WHERE " + type.correctsColumn + " = ?1")
                .setParameter(1, id.toString()).setMaxResults(1).getResultList();
        if (!later.isEmpty()) {
            throw ProblemException.conflict("already-corrected", "The " + type.table + " record " + id + " was already corrected by "
                    + later.get(0) + "; correct that one");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recorded(UUID amendmentId, RecordType type, UUID recordId, UUID recipientId, String amendedBy, String reason) {
        publisher.publish(RECORDED, recipientId.toString(), new AmendmentPayload(amendmentId, type.name(), recordId, amendedBy, reason,
                Instant.now()));
    }
}
