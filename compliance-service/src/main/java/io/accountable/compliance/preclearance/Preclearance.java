package io.accountable.compliance.preclearance;

import io.accountable.compliance.gift.GiftCategory;
import io.accountable.compliance.gift.PaidBy;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A question asked before giving, and the automatic answer (append-only). */
@Entity
@Table(name = "preclearance")
public class Preclearance extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "planned_date", nullable = false)
    public LocalDate plannedDate;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GiftCategory category;

    @Column(nullable = false)
    public String currency;

    @Column(name = "estimated_value", nullable = false)
    public BigDecimal estimatedValue;

    @Column(name = "rate_to_usd", nullable = false)
    public BigDecimal rateToUsd;

    @Column(name = "value_usd", nullable = false)
    public BigDecimal valueUsd;

    @Enumerated(EnumType.STRING)
    @Column(name = "paid_by", nullable = false)
    public PaidBy paidBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PreclearanceDecision decision;

    @Column(nullable = false)
    public String reason;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "preclearance_giver", joinColumns = @JoinColumn(name = "preclearance_id"))
    @Column(name = "executive_id")
    public Set<UUID> giverIds = new HashSet<>();
}
