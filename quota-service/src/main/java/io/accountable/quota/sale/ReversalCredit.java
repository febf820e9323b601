package io.accountable.quota.sale;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One credited executive's share of a reversal, clawed back in the period of {@code reversalDate}. */
@Entity
@Table(name = "reversal_credit")
public class ReversalCredit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "reversal_id", nullable = false)
    public UUID reversalId;

    @Column(name = "sale_credit_id", nullable = false)
    public UUID saleCreditId;

    @Column(name = "executive_id", nullable = false)
    public UUID executiveId;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal amount;

    @Column(name = "reversal_date", nullable = false)
    public LocalDate reversalDate;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
