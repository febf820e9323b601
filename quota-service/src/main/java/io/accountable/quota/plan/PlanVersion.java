package io.accountable.quota.plan;

import io.accountable.quota.commission.BoundaryRule;
import io.accountable.quota.commission.TierBasis;
import io.accountable.quota.commission.TierMode;
import io.accountable.quota.period.PeriodKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A plan's arithmetic from {@code effectiveFrom}; tiers and bonuses are JSON arrays of the commission engine's records. */
@Entity
@Table(name = "commission_plan_version")
public class PlanVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "sequence_no", nullable = false)
    public int sequenceNo;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier_mode", nullable = false)
    public TierMode tierMode;

    @Enumerated(EnumType.STRING)
    @Column(name = "boundary_rule", nullable = false)
    public BoundaryRule boundaryRule;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier_basis", nullable = false)
    public TierBasis tierBasis;

    /** The period whose running total the tiers, cap, bonuses and draw apply to. */
    @Enumerated(EnumType.STRING)
    @Column(name = "commission_period", nullable = false)
    public PeriodKind commissionPeriod;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String tiers;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String bonuses;

    @Column(name = "cap_amount", precision = 19, scale = 4)
    public BigDecimal capAmount;

    @Column(name = "draw_amount", precision = 19, scale = 4)
    public BigDecimal drawAmount;

    @Column(name = "draw_recoverable", nullable = false)
    public boolean drawRecoverable;

    @Column(name = "base_salary", nullable = false, precision = 19, scale = 4)
    public BigDecimal baseSalary;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Of a plan's {@code versions}, the one in effect on {@code date}: the latest effective date not after it, the later one on a tie. */
    public static Optional<PlanVersion> inEffectOn(List<PlanVersion> versions, LocalDate date) {
        return versions.stream().filter(v -> !v.effectiveFrom.isAfter(date))
                .max(Comparator.comparing((PlanVersion v) -> v.effectiveFrom).thenComparingInt(v -> v.sequenceNo));
    }
}
