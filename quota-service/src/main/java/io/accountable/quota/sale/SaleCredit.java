package io.accountable.quota.sale;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** One executive's share of a sale; the close date is repeated so attainment and statements query one table. */
@Entity
@Table(name = "sale_credit")
public class SaleCredit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "sale_id", nullable = false)
    public UUID saleId;

    @Column(name = "executive_id", nullable = false)
    public UUID executiveId;

    @Column(name = "credit_percent", nullable = false, precision = 7, scale = 4)
    public BigDecimal creditPercent;

    @Column(name = "credited_amount", nullable = false, precision = 19, scale = 4)
    public BigDecimal creditedAmount;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "close_date", nullable = false)
    public LocalDate closeDate;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Largest share first, as {@link #ofSale} lists them. */
    public static final Comparator<SaleCredit> ORDER = Comparator.comparing((SaleCredit c) -> c.creditPercent).reversed()
            .thenComparing(c -> c.executiveId.toString());

    public static List<SaleCredit> ofSale(UUID saleId) {
        return list("saleId = ?1 order by creditPercent desc, executiveId", saleId);
    }
}
