package io.accountable.compliance.gift;

import io.accountable.compliance.policy.Deceased;
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

/** A gift given (append-only record): never updated or deleted; a correction is a new gift that names it. */
@Entity
@Table(name = "gift")
public class Gift extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "gift_date", nullable = false)
    public LocalDate giftDate;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GiftCategory category;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public BigDecimal cost;

    @Column(name = "market_value")
    public BigDecimal marketValue;

    @Column(name = "face_value")
    public BigDecimal faceValue;

    @Column(name = "rate_to_usd", nullable = false)
    public BigDecimal rateToUsd;

    @Column(name = "value_usd", nullable = false)
    public BigDecimal valueUsd;

    /** Whose death a BEREAVEMENT gift is for; null for other categories. */
    @Enumerated(EnumType.STRING)
    public Deceased deceased;

    @Enumerated(EnumType.STRING)
    @Column(name = "paid_by", nullable = false)
    public PaidBy paidBy;

    @Column(nullable = false)
    public boolean attested;

    @Column(name = "preclearance_id")
    public UUID preclearanceId;

    @Column(name = "corrects_gift_id")
    public UUID correctsGiftId;

    @Column(name = "correction_reason")
    public String correctionReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "gift_giver", joinColumns = @JoinColumn(name = "gift_id"))
    @Column(name = "executive_id")
    public Set<UUID> giverIds = new HashSet<>();

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
