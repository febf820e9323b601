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

/** Something compliance has to look at: the record it is about (subject) and whose it is. */
@Entity
@Table(name = "review_item")
public class ReviewItem extends PanacheEntityBase {

    public static final String OPEN = "OPEN";
    public static final String DECIDED = "DECIDED";

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewKind kind;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(name = "executive_id")
    public UUID executiveId;

    /** The recipient the review is about, where there is one (the key of its events). */
    @Column(name = "recipient_id")
    public UUID recipientId;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
