package io.accountable.quota.dispute;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An executive's question about one line of an issued statement, and how their manager resolved it. */
@Entity
@Table(name = "dispute")
public class Dispute extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "statement_id", nullable = false)
    public UUID statementId;

    @Column(name = "line_no", nullable = false)
    public int lineNo;

    @Column(name = "executive_id", nullable = false)
    public UUID executiveId;

    @Column(name = "manager_id")
    public UUID managerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisputeStatus status;

    @Column(nullable = false, length = 2000)
    public String comment;

    @Column(name = "resolution_comment", length = 2000)
    public String resolutionComment;

    @Column(name = "adjustment_amount", precision = 19, scale = 4)
    public BigDecimal adjustmentAmount;

    /** The period whose statement pays the accepted adjustment. */
    @Column(name = "applied_period")
    public String appliedPeriod;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Version
    public long version;
}
