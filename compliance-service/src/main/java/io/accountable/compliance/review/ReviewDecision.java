package io.accountable.compliance.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Compliance's decision on a review item (append-only; one per item). */
@Entity
@Table(name = "review_decision")
public class ReviewDecision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "review_item_id", nullable = false)
    public UUID reviewItemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewOutcome decision;

    @Column(nullable = false)
    public String comment;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    /** The decision on the review of a subject of a kind, if it has been decided. */
    public static ReviewDecision forSubject(ReviewKind kind, UUID subjectId) {
        return find("reviewItemId in (select r.id from ReviewItem r where r.kind = ?1 and r.subjectId = ?2)", kind, subjectId)
                .firstResult();
    }
}
