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

/** A cancellation or refund of part or all of a sale; each credited executive's share is a {@link ReversalCredit}. */
@Entity
@Table(name = "sale_reversal")
public class SaleReversal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "sale_id", nullable = false)
    public UUID saleId;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal amount;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "reversal_date", nullable = false)
    public LocalDate reversalDate;

    public String reason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
