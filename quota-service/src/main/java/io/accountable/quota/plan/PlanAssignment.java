package io.accountable.quota.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An executive is on a plan from {@code validFrom} to {@code validTo} (both inclusive; open-ended when null). */
@Entity
@Table(name = "plan_assignment")
public class PlanAssignment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "executive_id", nullable = false)
    public UUID executiveId;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public boolean covers(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    /** Whether another assignment of the executive shares a day with [from, to]. */
    public static boolean overlaps(UUID executiveId, LocalDate from, LocalDate to) {
        return to == null
                ? count("executiveId = ?1 and (validTo is null or validTo >= ?2)", executiveId, from) > 0
                : count("executiveId = ?1 and validFrom <= ?3 and (validTo is null or validTo >= ?2)", executiveId, from, to) > 0;
    }
}
