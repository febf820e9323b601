package io.accountable.client.assignment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One executive's holding of a client as its primary, from {@code effectiveFrom} (inclusive) to
 * {@code effectiveTo} (exclusive: the day the next executive took over); open while current.
 */
@Entity
@Table(name = "client_assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "executive_id", nullable = false)
    public UUID executiveId;

    @Column(name = "previous_executive_id")
    public UUID previousExecutiveId;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(nullable = false)
    public String reason;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static Optional<Assignment> current(UUID clientId) {
        return find("clientId = ?1 and effectiveTo is null", clientId).firstResultOptional();
    }

    /** The holding that ended on {@code day}, the day its successor took over. */
    static Optional<Assignment> endingOn(UUID clientId, LocalDate day) {
        return find("clientId = ?1 and effectiveTo = ?2", clientId, day).firstResultOptional();
    }

    static Optional<Assignment> on(UUID clientId, LocalDate day) {
        return find("clientId = ?1 and effectiveFrom <= ?2 and (effectiveTo is null or effectiveTo > ?2)", clientId, day)
                .firstResultOptional();
    }
}
