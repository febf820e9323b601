package io.accountable.client.cadence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stretch of time a client went uncontacted past its tier's cadence: published once, ended by the next interaction. */
@Entity
@Table(name = "contact_overdue_episode")
public class OverdueEpisode extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    /** The client id while open, null once ended: unique, so a client has at most one open episode. */
    @Column(name = "open_client_id")
    public UUID openClientId;

    @Column(name = "executive_id", nullable = false)
    public UUID executiveId;

    @Column(name = "tier_code", nullable = false)
    public String tier;

    @Column(name = "cadence_days", nullable = false)
    public int cadenceDays;

    @Column(name = "last_interaction_date")
    public LocalDate lastInteractionDate;

    @Column(name = "overdue_since", nullable = false)
    public LocalDate overdueSince;

    @Column(name = "detected_at", nullable = false)
    public Instant detectedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "ended_by_interaction")
    public UUID endedByInteraction;
}
