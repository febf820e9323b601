package io.accountable.quota.statement;

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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An issued (locked) statement; never changed after its period closed. */
@Entity
@Table(name = "statement")
public class Statement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "executive_id", nullable = false)
    public UUID executiveId;

    @Column(name = "period_code", nullable = false)
    public String periodCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false)
    public PeriodKind periodKind;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "quota_amount", precision = 19, scale = 4)
    public BigDecimal quotaAmount;

    @Column(name = "credited_amount", nullable = false, precision = 19, scale = 4)
    public BigDecimal creditedAmount;

    @Column(name = "attainment_percent", precision = 9, scale = 2)
    public BigDecimal attainmentPercent;

    @Column(name = "total_compensation", nullable = false, precision = 19, scale = 4)
    public BigDecimal totalCompensation;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    public static Optional<Statement> of(UUID executiveId, String periodCode) {
        return find("executiveId = ?1 and periodCode = ?2", executiveId, periodCode).firstResultOptional();
    }

    public List<StatementLine> lines() {
        return StatementLine.list("statementId = ?1 order by lineNo", id);
    }
}
