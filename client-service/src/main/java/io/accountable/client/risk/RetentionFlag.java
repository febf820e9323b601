package io.accountable.client.risk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A warning that a client may leave; open until the executive records what they did about it. */
@Entity
@Table(name = "retention_flag")
public class RetentionFlag extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "executive_id", nullable = false)
    public UUID executiveId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "act_by", nullable = false)
    public LocalDate actBy;

    @Column(name = "flagged_by", nullable = false)
    public String flaggedBy;

    @Column(name = "flagged_at", nullable = false)
    public Instant flaggedAt;

    @Column(name = "action_taken")
    public String actionTaken;

    @Column(name = "acted_at")
    public Instant actedAt;

    @Version
    public long version;
}
