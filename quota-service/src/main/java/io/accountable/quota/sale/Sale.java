package io.accountable.quota.sale;

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
import java.util.UUID;

/** A closed sale; who gets credit for it is in {@link SaleCredit}. */
@Entity
@Table(name = "sale")
public class Sale extends PanacheEntityBase {

    public static final String OPPORTUNITY_SYSTEM = "opportunity";

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal amount;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "product_line", nullable = false)
    public String productLine;

    @Column(name = "close_date", nullable = false)
    public LocalDate closeDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SaleSource source;

    @Column(name = "source_system", nullable = false)
    public String sourceSystem;

    @Column(name = "external_reference", nullable = false)
    public String externalReference;

    @Column(name = "opportunity_id")
    public UUID opportunityId;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static boolean exists(String sourceSystem, String externalReference) {
        return count("sourceSystem = ?1 and externalReference = ?2", sourceSystem, externalReference) > 0;
    }
}
