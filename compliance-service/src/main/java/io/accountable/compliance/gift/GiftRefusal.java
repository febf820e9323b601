package io.accountable.compliance.gift;

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

/** An attempt to give a gift that the limit refused (append-only audit trail). */
@Entity
@Table(name = "gift_refusal")
public class GiftRefusal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    /** Comma-separated executive ids. */
    @Column(name = "giver_ids", nullable = false)
    public String giverIds;

    @Column(name = "gift_date", nullable = false)
    public LocalDate giftDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GiftCategory category;

    @Column(nullable = false)
    public String description;

    @Column(name = "value_usd", nullable = false)
    public BigDecimal valueUsd;

    @Column(name = "limit_usd", nullable = false)
    public BigDecimal limitUsd;

    @Column(name = "used_usd", nullable = false)
    public BigDecimal usedUsd;

    @Column(name = "remaining_usd", nullable = false)
    public BigDecimal remainingUsd;

    @Column(name = "attempted_by", nullable = false)
    public String attemptedBy;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;
}
