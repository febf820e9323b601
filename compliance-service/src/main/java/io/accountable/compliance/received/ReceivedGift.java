package io.accountable.compliance.received;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A gift an executive received from someone at another firm (append-only record). */
@Entity
@Table(name = "received_gift")
public class ReceivedGift extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "executive_id", nullable = false)
    public UUID executiveId;

    @Column(name = "received_date", nullable = false)
    public LocalDate receivedDate;

    @Column(name = "giver_name", nullable = false)
    public String giverName;

    @Column(name = "giver_employer", nullable = false)
    public String giverEmployer;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String currency;

    @Column(name = "estimated_value", nullable = false)
    public BigDecimal estimatedValue;

    @Column(name = "rate_to_usd", nullable = false)
    public BigDecimal rateToUsd;

    @Column(name = "value_usd", nullable = false)
    public BigDecimal valueUsd;

    @Column(name = "above_threshold", nullable = false)
    public boolean aboveThreshold;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
