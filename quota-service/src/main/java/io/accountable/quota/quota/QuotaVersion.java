package io.accountable.quota.quota;

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
import java.util.List;
import java.util.UUID;

/** The quota's amounts in effect from {@code effectiveFrom} until a version with a later date (or a later sequence on the same date). */
@Entity
@Table(name = "quota_version")
public class QuotaVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "quota_id", nullable = false)
    public UUID quotaId;

    @Column(name = "sequence_no", nullable = false)
    public int sequenceNo;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "annual_amount", nullable = false, precision = 19, scale = 4)
    public BigDecimal annualAmount;

    @Column(name = "q1_amount", nullable = false, precision = 19, scale = 4)
    public BigDecimal q1Amount;

    @Column(name = "q2_amount", nullable = false, precision = 19, scale = 4)
    public BigDecimal q2Amount;

    @Column(name = "q3_amount", nullable = false, precision = 19, scale = 4)
    public BigDecimal q3Amount;

    @Column(name = "q4_amount", nullable = false, precision = 19, scale = 4)
    public BigDecimal q4Amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QuotaSplit split;

    public String reason;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public List<BigDecimal> quarters() {
        return List.of(q1Amount, q2Amount, q3Amount, q4Amount);
    }

    public QuotaSchedule.Step step() {
        return new QuotaSchedule.Step(effectiveFrom, sequenceNo, quarters());
    }
}
