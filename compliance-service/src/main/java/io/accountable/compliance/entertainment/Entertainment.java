package io.accountable.compliance.entertainment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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

/** A hosted business entertainment event (append-only record). */
@Entity
@Table(name = "entertainment")
public class Entertainment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_date", nullable = false)
    public LocalDate eventDate;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "business_relationship", nullable = false)
    public String businessRelationship;

    @Column(nullable = false)
    public String venue;

    @Column(nullable = false)
    public String currency;

    @Column(name = "total_cost", nullable = false)
    public BigDecimal totalCost;

    @Column(name = "rate_to_usd", nullable = false)
    public BigDecimal rateToUsd;

    @Column(name = "total_cost_usd", nullable = false)
    public BigDecimal totalCostUsd;

    /** The total shared among everyone present, hosts included. */
    @Column(name = "per_person_usd", nullable = false)
    public BigDecimal perPersonUsd;

    /** Why it was flagged for review, if it was. */
    @Column(name = "flag_reason")
    public String flagReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "entertainment_host", joinColumns = @JoinColumn(name = "entertainment_id"))
    @Column(name = "executive_id")
    public Set<UUID> hostIds = new HashSet<>();

    @Column(name = "corrects_entertainment_id")
    public UUID correctsEntertainmentId;

    @Column(name = "correction_reason")
    public String correctionReason;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
