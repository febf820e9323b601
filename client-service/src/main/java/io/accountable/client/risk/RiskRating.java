package io.accountable.client.risk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One rating of a client's risk; ratings are never changed, a new one supersedes the last. */
@Entity
@Table(name = "risk_rating")
public class RiskRating extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "executive_id")
    public UUID executiveId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskLevel rating;

    @Column(nullable = false)
    public String reason;

    @Column(name = "next_review_date", nullable = false)
    public LocalDate nextReviewDate;

    @Column(name = "rated_by", nullable = false)
    public String ratedBy;

    @Column(name = "rated_at", nullable = false)
    public Instant ratedAt;
}
